/** Where a secret ends up: the OS keychain, Electron's safeStorage file, or only this run's memory. */
export type SecretBackend = 'keychain' | 'safe-storage' | 'memory';

/** The service name secrets are filed under in the OS keychain. */
export const secretServiceName = 'ReadyRoom';

/** Small strings (tokens, credentials) kept safe between runs where the computer allows it. */
export interface SecretStore {
  readonly backend: SecretBackend;
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Schedules a callback; returns the function that cancels it (a Clock's setTimeout fits). */
export type SetTimer = (fn: () => void, ms: number) => () => void;

/** Real timers, unref'd so a pending time-out never keeps the process alive. */
export const realTimer: SetTimer = (fn, ms) => {
  const timer = setTimeout(fn, ms);
  timer.unref?.();
  return () => clearTimeout(timer);
};

/** Thrown when a backend cannot be used here; `reason` says why, for the log. */
export class SecretStoreUnavailable extends Error {
  constructor(
    readonly backend: SecretBackend,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${backend} unavailable: ${reason}`, options);
    this.name = 'SecretStoreUnavailable';
  }
}

/** Rejects with `onTimeout()` if `work` has not settled after `ms`: a keychain may never answer. */
export function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  timer: SetTimer,
  onTimeout: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cancel = timer(() => reject(onTimeout()), ms);
    work.then(
      (value) => {
        cancel();
        resolve(value);
      },
      (error: unknown) => {
        cancel();
        reject(error);
      },
    );
  });
}
