import {
  createVoiceDetector,
  measureFrame,
  meterPercent,
  toDbfs,
} from '../../renderer/wizard/media/voice-detector';
import { SAMPLE_RATE, chromiumFakeBeep, hiss, hum, speech } from '../support/synthetic-sound';

/**
 * The microphone check of step 7, driven with synthetic sound the way the wizard drives it: the
 * newest 4,096 samples (about 85 ms at 48 kHz), read every 50 ms, for four seconds.
 */
const RATE = SAMPLE_RATE;
const SECONDS = 4;
const WINDOW = 4096;

function listen(sound: Float32Array): { heard: boolean; loudestMeter: number } {
  const detector = createVoiceDetector(RATE);
  let heard = false;
  let loudestMeter = 0;
  for (let end = WINDOW; end <= sound.length; end += RATE / 20) {
    const reading = detector.push(sound.subarray(end - WINDOW, end), (end / RATE) * 1000);
    heard ||= reading.heardNow;
    loudestMeter = Math.max(loudestMeter, reading.meter);
  }
  return { heard, loudestMeter };
}

describe('the microphone check hears a quiet voice, and not silence or a hum', () => {
  it.each([
    ['digital silence (a muted microphone)', new Float32Array(RATE * SECONDS), false],
    ['a muted microphone that still hisses at −90 dBFS', hiss(-90), false],
    ['a −60 dBFS hum', hum(-60), false],
    ['a noisy microphone’s steady hiss at −45 dBFS', hiss(-45), false],
    ['a loud steady hum at −35 dBFS (a fan, a buzzing cable)', hum(-35), false],
    ['a voice too far away, −56 dBFS bursts', speech(-56), false],
    ['a soft voice at arm’s length, −45 dBFS bursts', speech(-45), true],
    ['−40 dBFS speech-like bursts', speech(-40), true],
    ['−30 dBFS speech-like bursts', speech(-30), true],
    ['Chromium’s fake microphone (20 ms beeps, RMS 0.015)', chromiumFakeBeep(0.015), true],
  ])('%s → heard: %s', (_name, sound, expected) => {
    expect(listen(sound).heard).toBe(expected);
  });

  it('moves the meter visibly for a quiet voice (a dB scale, not a linear one)', () => {
    // A −40 dBFS voice fills a third of the bar or more; a linear scale would fill about 3%.
    expect(listen(speech(-40)).loudestMeter).toBeGreaterThanOrEqual(30);
    expect(listen(speech(-30)).loudestMeter).toBeGreaterThan(listen(speech(-40)).loudestMeter);
    expect(listen(new Float32Array(RATE * SECONDS)).loudestMeter).toBe(0);
  });

  it('measures in dBFS: full scale is 0, silence is held at the bottom of the scale', () => {
    expect(toDbfs(1)).toBe(0);
    expect(toDbfs(0.1)).toBeCloseTo(-20, 6);
    expect(toDbfs(0)).toBe(-100);
    const frame = measureFrame(
      Float32Array.from({ length: 960 }, (_, i) => (i < 480 ? 0.5 : 0)),
      480,
    );
    expect(frame.peakDb).toBeCloseTo(toDbfs(0.5), 6);
    expect(frame.loudestBlockDb).toBeCloseTo(toDbfs(0.5), 6);
    expect(frame.quietestBlockDb).toBe(-100);
    expect(meterPercent(-60)).toBe(0);
    expect(meterPercent(-30)).toBe(50);
    expect(meterPercent(3)).toBe(100);
  });
});
