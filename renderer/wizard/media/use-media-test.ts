import { useCallback, useEffect, useRef, useState } from 'react';

/** Why a device test could not start, in terms the step can explain. */
export type MediaProblem = 'blocked' | 'no-device' | 'busy' | 'unsupported';

export type MediaTestState =
  | { readonly status: 'off' }
  | { readonly status: 'starting' }
  | { readonly status: 'on'; readonly stream: MediaStream }
  | { readonly status: 'problem'; readonly problem: MediaProblem };

/** Maps getUserMedia's errors to what the person can do about them. */
export function mediaProblemOf(error: unknown): MediaProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'blocked';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-device';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'unsupported';
}

/** Starts and stops one device (microphone or camera), and lists the devices of that kind. */
export function useMediaTest(kind: 'audioinput' | 'videoinput') {
  const [state, setState] = useState<MediaTestState>({ status: 'off' });
  const [devices, setDevices] = useState<ReadonlyArray<MediaDeviceInfo>>([]);
  const [deviceId, setDeviceId] = useState<string>('');
  const streamRef = useRef<MediaStream | null>(null);

  const stop = useCallback(() => {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    setState({ status: 'off' });
  }, []);

  const start = useCallback(
    async (id: string = deviceId) => {
      streamRef.current?.getTracks().forEach((track) => track.stop());
      if (!navigator.mediaDevices?.getUserMedia) {
        setState({ status: 'problem', problem: 'unsupported' });
        return;
      }
      setState({ status: 'starting' });
      const constraint = id ? { deviceId: { exact: id } } : true;
      try {
        const stream = await navigator.mediaDevices.getUserMedia(
          kind === 'audioinput' ? { audio: constraint } : { video: constraint },
        );
        streamRef.current = stream;
        setState({ status: 'on', stream });
        const all = await navigator.mediaDevices.enumerateDevices();
        setDevices(all.filter((d) => d.kind === kind));
      } catch (error) {
        setState({ status: 'problem', problem: mediaProblemOf(error) });
      }
    },
    [deviceId, kind],
  );

  const choose = useCallback(
    (id: string) => {
      setDeviceId(id);
      if (streamRef.current) void start(id);
    },
    [start],
  );

  useEffect(() => stop, [stop]);

  return { state, devices, deviceId, start, stop, choose };
}
