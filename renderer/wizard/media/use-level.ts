import { useEffect, useState } from 'react';
import { createVoiceDetector } from './voice-detector';

/**
 * The microphone's loudness for the meter (0–100 on a dB scale), updated several times a second,
 * and whether it has ever heard something that comes and goes above the room's own sound (see
 * {@link createVoiceDetector}).
 */
export function useLevel(stream: MediaStream | null): { level: number; heard: boolean } {
  const [level, setLevel] = useState(0);
  const [heard, setHeard] = useState(false);

  useEffect(() => {
    if (!stream) return undefined;
    const context = new AudioContext();
    const source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    // About 85 ms of sound, read every 50 ms: the windows overlap, so even a short sound is seen.
    analyser.fftSize = 4096;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const detector = createVoiceDetector(context.sampleRate);
    const timer = window.setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      const reading = detector.push(samples, performance.now());
      setLevel(reading.meter);
      if (reading.heardNow) setHeard(true);
    }, 50);
    return () => {
      window.clearInterval(timer);
      source.disconnect();
      void context.close();
    };
  }, [stream]);

  return { level: stream ? level : 0, heard };
}

/** Plays a short, gentle tone so the person can check their speakers. */
export async function playTestTone(): Promise<void> {
  const context = new AudioContext();
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = 660;
  gain.gain.setValueAtTime(0.0001, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.3, context.currentTime + 0.05);
  gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + 1.2);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  oscillator.stop(context.currentTime + 1.25);
  await new Promise((resolve) => {
    oscillator.onended = resolve;
  });
  await context.close();
}
