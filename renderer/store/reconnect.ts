/** What trying again needs from the page: the "back online" event, whether it is online, timers. */
export interface ReconnectPorts {
  /** Calls `listener` when the computer says it is back online; returns the unsubscribe. */
  onOnline(listener: () => void): () => void;
  /** False when the computer knows it is offline (then a timer's try is not worth making). */
  isOnline(): boolean;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The waits between tries while Zoom cannot be reached: soon at first, then every half minute. */
export const retryDelaysMs: ReadonlyArray<number> = [5_000, 10_000, 20_000, 30_000];

/**
 * Work that failed because Zoom gave no answer (offline, say), tried again by itself: at once
 * when the computer says it is back online, and on a gentle timer meanwhile, so it picks up
 * without a restart and without anyone pressing a button.
 */
export interface Reconnect {
  /**
   * Keeps trying `task` until it answers false (no longer waiting for Zoom). Asking again for a
   * key that is already waiting only swaps its task: there is never more than one try per key.
   */
  retry(key: string, task: () => Promise<boolean>): void;
  /** Stops trying `key` (it worked, or failed in a way trying again will not fix). */
  stop(key: string): void;
}

interface Waiting {
  task: () => Promise<boolean>;
  tries: number;
  timer: unknown;
  running: boolean;
}

/** The page's own ports; null where there is no window (nothing is retried there). */
export function windowPorts(): ReconnectPorts | null {
  if (typeof window === 'undefined') return null;
  return {
    onOnline: (listener) => {
      window.addEventListener('online', listener);
      return () => window.removeEventListener('online', listener);
    },
    isOnline: () => window.navigator.onLine !== false,
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  };
}

/** Tries waiting work again when the network is back; `ports` null retries nothing. */
export function createReconnect(
  ports: ReconnectPorts | null,
  delays: ReadonlyArray<number> = retryDelaysMs,
): Reconnect {
  const waiting = new Map<string, Waiting>();
  let unlisten: (() => void) | null = null;

  const settle = () => {
    if (waiting.size === 0 && unlisten) {
      unlisten();
      unlisten = null;
    }
  };
  const schedule = (key: string, entry: Waiting) => {
    if (!ports) return;
    const delay = delays[Math.min(entry.tries, delays.length - 1)] ?? 30_000;
    entry.tries += 1;
    entry.timer = ports.setTimeout(() => {
      entry.timer = null;
      // Known to be offline: no use asking Zoom; the "online" event will come.
      if (ports.isOnline()) void run(key);
      else schedule(key, entry);
    }, delay);
  };
  const run = async (key: string) => {
    const entry = waiting.get(key);
    if (!entry || entry.running) return;
    if (entry.timer !== null) ports?.clearTimeout(entry.timer);
    entry.timer = null;
    entry.running = true;
    let again = true;
    try {
      again = await entry.task();
    } catch {
      again = true;
    }
    entry.running = false;
    if (waiting.get(key) !== entry) return;
    if (again) schedule(key, entry);
    else {
      waiting.delete(key);
      settle();
    }
  };
  const online = () => {
    for (const [key, entry] of waiting) {
      entry.tries = 0;
      void run(key);
    }
  };

  return {
    retry: (key, task) => {
      if (!ports) return;
      const entry = waiting.get(key);
      if (entry) {
        entry.task = task;
        return;
      }
      const fresh: Waiting = { task, tries: 0, timer: null, running: false };
      waiting.set(key, fresh);
      unlisten ??= ports.onOnline(online);
      schedule(key, fresh);
    },
    stop: (key) => {
      const entry = waiting.get(key);
      if (!entry) return;
      if (entry.timer !== null) ports?.clearTimeout(entry.timer);
      waiting.delete(key);
      settle();
    },
  };
}
