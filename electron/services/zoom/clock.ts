/**
 * Time as the Zoom services see it. Every wait (rate limits, back-off, time-outs, token expiry)
 * goes through this port so tests can move time by hand instead of sleeping.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `fn` after `ms`; returns the function that cancels it. */
  setTimeout(fn: () => void, ms: number): () => void;
}

/** The real clock. Timers are unref'd so a pending wait never keeps the process alive. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const timer = setTimeout(fn, ms);
    timer.unref?.();
    return () => clearTimeout(timer);
  },
};

/** Waits `ms` on the given clock; an aborted signal ends the wait early with its reason. */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      cancel();
      reject(signal?.reason);
    };
    const cancel = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

interface ManualTimer {
  readonly at: number;
  readonly seq: number;
  readonly fn: () => void;
}

/** Lets pending promise callbacks and I/O callbacks run before time moves on. */
async function letCallbacksRun(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * A clock that only moves when told to (tests and benchmarks). `settle` drives it: it lets work
 * run, and whenever everything is waiting on a timer, jumps to the next one.
 */
export class ManualClock implements Clock {
  #now: number;
  #seq = 0;
  #timers: ManualTimer[] = [];

  constructor(start = Date.UTC(2025, 0, 6, 9, 0, 0)) {
    this.#now = start;
  }

  /** The current fake time. */
  now(): number {
    return this.#now;
  }

  /** Schedules a callback at now + ms. */
  setTimeout(fn: () => void, ms: number): () => void {
    const timer: ManualTimer = { at: this.#now + Math.max(0, ms), seq: (this.#seq += 1), fn };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((t) => t !== timer);
    };
  }

  /** How many timers are waiting. */
  get pendingTimers(): number {
    return this.#timers.length;
  }

  /** Sets the time without running timers (e.g. "an hour later, the app starts again"). */
  set(time: number): void {
    this.#now = time;
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way, in order. */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    await letCallbacksRun();
    for (let next = this.#nextTimer(); next && next.at <= target; next = this.#nextTimer()) {
      this.#fire(next);
      await letCallbacksRun();
    }
    this.#now = target;
    await letCallbacksRun();
  }

  /**
   * Drives the clock until `promise` settles. Use it for work that waits on time and in-process
   * fakes: a timer pending while real I/O is in flight would be fired early.
   */
  async settle<T>(promise: Promise<T>, maxSteps = 100_000): Promise<T> {
    let settled = false;
    const tracked = promise.finally(() => {
      settled = true;
    });
    tracked.catch(() => undefined);
    for (let step = 0; step < maxSteps; step += 1) {
      await letCallbacksRun();
      if (settled) return tracked;
      const next = this.#nextTimer();
      if (next) this.#fire(next);
      // Nothing waits on time: give real I/O (a local test server) a moment.
      else await new Promise<void>((resolve) => setTimeout(resolve, 2));
    }
    throw new Error('ManualClock.settle: too many steps');
  }

  #nextTimer(): ManualTimer | undefined {
    let best: ManualTimer | undefined;
    for (const t of this.#timers) {
      if (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t;
    }
    return best;
  }

  #fire(timer: ManualTimer): void {
    this.#timers = this.#timers.filter((t) => t !== timer);
    if (timer.at > this.#now) this.#now = timer.at;
    timer.fn();
  }
}
