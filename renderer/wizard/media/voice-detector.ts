/**
 * Does the microphone hear a person? A pure detector, fed the newest samples from the microphone
 * (floats, −1…1) several times a second. It measures in dBFS (decibels below the loudest sound a
 * microphone can give): the peak, and the RMS (average power) of short blocks of about 10 ms.
 *
 * "Heard" needs two things at once, so that a soft voice counts and silence or a hum do not:
 * - a block at least as loud as {@link HEARD_RMS_DBFS}; a soft voice at arm's length from a laptop
 *   microphone gives about −45 to −35 dBFS (Chromium's own fake microphone, a 20 ms beep, about
 *   −36 dBFS), while a quiet room, a muted or unplugged microphone give −60 dBFS or less;
 * - that block stands at least {@link ABOVE_FLOOR_DB} above the quietest block of the last few
 *   seconds (the "floor"): a voice comes and goes, a fan, a hum or a buzzing cable stays, so a
 *   steady sound, however loud, is not taken for a person.
 */

/** The quietest level we show or compare; digital silence (−∞ dBFS) is held here. */
export const MIN_DBFS = -100;
/** A block this loud (RMS, dBFS) or louder may be a voice. */
export const HEARD_RMS_DBFS = -50;
/** …when it stands this many dB above the floor of the last few seconds. */
export const ABOVE_FLOOR_DB = 10;
/** The meter's scale: −60 dBFS is an empty bar, 0 dBFS a full one. */
export const METER_FLOOR_DBFS = -60;

const FLOOR_MEMORY_MS = 3000;
const BLOCK_MS = 10;

/** Decibels relative to full scale of an amplitude (0…1), never below {@link MIN_DBFS}. */
export function toDbfs(amplitude: number): number {
  if (!(amplitude > 0)) return MIN_DBFS;
  return Math.max(MIN_DBFS, 20 * Math.log10(amplitude));
}

export type FrameMeasure = {
  /** Loudest sample of the frame, dBFS. */
  peakDb: number;
  /** RMS of the loudest short block, dBFS. */
  loudestBlockDb: number;
  /** RMS of the quietest short block, dBFS. */
  quietestBlockDb: number;
};

/** Peak and short-block RMS of one frame of samples. */
export function measureFrame(samples: ArrayLike<number>, blockSize: number): FrameMeasure {
  let peak = 0;
  let loudest = MIN_DBFS;
  let quietest = Number.POSITIVE_INFINITY;
  const size = Math.max(1, Math.floor(blockSize));
  for (let start = 0; start < samples.length; start += size) {
    const end = Math.min(samples.length, start + size);
    // A short tail block is not a fair measure of anything; fold it into the frame only if alone.
    if (end - start < size / 2 && start > 0) break;
    let sum = 0;
    for (let i = start; i < end; i += 1) {
      const s = samples[i] ?? 0;
      sum += s * s;
      const a = Math.abs(s);
      if (a > peak) peak = a;
    }
    const db = toDbfs(Math.sqrt(sum / (end - start)));
    if (db > loudest) loudest = db;
    if (db < quietest) quietest = db;
  }
  if (quietest === Number.POSITIVE_INFINITY) quietest = MIN_DBFS;
  return { peakDb: toDbfs(peak), loudestBlockDb: loudest, quietestBlockDb: quietest };
}

export type VoiceReading = FrameMeasure & {
  /** Quietest block of the last few seconds, dBFS. */
  floorDb: number;
  /** This frame sounds like someone (or something that comes and goes) at the microphone. */
  heardNow: boolean;
  /** The meter's fill, 0–100, on a dB scale. */
  meter: number;
};

/** The meter's fill (0–100) for a level in dBFS: a dB scale, so a quiet voice moves it visibly. */
export function meterPercent(db: number): number {
  const share = (db - METER_FLOOR_DBFS) / -METER_FLOOR_DBFS;
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}

export type VoiceDetector = {
  /** Feed the newest samples; `atMs` is when they were read (a clock of the caller's). */
  push(samples: ArrayLike<number>, atMs: number): VoiceReading;
};

export function createVoiceDetector(sampleRate: number): VoiceDetector {
  const blockSize = Math.max(32, Math.round((sampleRate * BLOCK_MS) / 1000));
  const recent: Array<{ atMs: number; quietestDb: number }> = [];
  return {
    push(samples, atMs) {
      const frame = measureFrame(samples, blockSize);
      recent.push({ atMs, quietestDb: frame.quietestBlockDb });
      while (recent.length > 1 && atMs - (recent[0]?.atMs ?? atMs) > FLOOR_MEMORY_MS) {
        recent.shift();
      }
      const floorDb = Math.min(...recent.map((r) => r.quietestDb));
      const heardNow =
        frame.loudestBlockDb >= HEARD_RMS_DBFS && frame.loudestBlockDb - floorDb >= ABOVE_FLOOR_DB;
      return { ...frame, floorDb, heardNow, meter: meterPercent(frame.loudestBlockDb) };
    },
  };
}
