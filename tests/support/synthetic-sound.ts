/**
 * Synthetic sound for the microphone check: the unit test feeds it to the detector, and the
 * end-to-end tests play it to Chromium as its fake microphone (a WAV file), so no test depends on
 * the beep that one Chromium build happens to make.
 */
export const SAMPLE_RATE = 48_000;

export const amplitudeOf = (dbfs: number): number => 10 ** (dbfs / 20);

/** A small seeded noise source (−1…1), so every run hears exactly the same sound. */
export function noise(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return (x / 2 ** 31) * 2 - 1;
  };
}

export function signal(seconds: number, sample: (t: number) => number): Float32Array {
  const out = new Float32Array(Math.round(SAMPLE_RATE * seconds));
  for (let i = 0; i < out.length; i += 1) out[i] = sample(i / SAMPLE_RATE);
  return out;
}

/** Mains hum: 60 Hz with a third harmonic, steady, at about the given RMS. */
export function hum(dbfs: number, seconds = 4): Float32Array {
  const a = amplitudeOf(dbfs) * Math.SQRT2 * 0.95;
  return signal(
    seconds,
    (t) => a * Math.sin(2 * Math.PI * 60 * t) + 0.3 * a * Math.sin(2 * Math.PI * 180 * t),
  );
}

/** Hiss at the given RMS (uniform noise). */
export function hiss(dbfs: number, seconds = 4, seed = 3): Float32Array {
  const next = noise(seed);
  const a = amplitudeOf(dbfs) * Math.sqrt(3);
  return signal(seconds, () => a * next());
}

/**
 * Speech-like bursts: "syllables" of 220 ms (a 140 Hz voice with harmonics, a smooth rise and
 * fall) with 160 ms between them, over a quiet room at −70 dBFS. `dbfs` is each syllable's RMS.
 */
export function speech(dbfs: number, seconds = 4): Float32Array {
  const harmonics = [1, 0.6, 0.45, 0.3, 0.2, 0.12];
  const norm = Math.sqrt(harmonics.reduce((sum, h) => sum + (h * h) / 2, 0));
  // The Hann envelope keeps 3/8 of a steady tone's power: scale so the syllable's RMS is `dbfs`.
  const gain = amplitudeOf(dbfs) / norm / Math.sqrt(3 / 8);
  const room = noise(7);
  const roomLevel = amplitudeOf(-70) * Math.sqrt(3);
  return signal(seconds, (t) => {
    const phase = t % 0.38;
    const envelope = phase < 0.22 ? 0.5 - 0.5 * Math.cos((2 * Math.PI * phase) / 0.22) : 0;
    let voice = 0;
    harmonics.forEach((h, k) => (voice += h * Math.sin(2 * Math.PI * 140 * (k + 1) * t)));
    return gain * envelope * voice + roomLevel * room();
  });
}

/** Shaped like Chromium's fake microphone: a 400 Hz square beep of 20 ms, twice a second. */
export function chromiumFakeBeep(rms: number, seconds = 4): Float32Array {
  return signal(seconds, (t) => {
    if (t % 0.5 >= 0.02) return 0;
    return Math.sin(2 * Math.PI * 400 * t) >= 0 ? rms : -rms;
  });
}

/** A mono 16-bit PCM WAV file of the samples. */
export function wavFile(samples: Float32Array, rate = SAMPLE_RATE): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => {
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32_767), i * 2);
  });
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
