import { sleep, type Clock } from './clock';

/** Zoom's rate-limit labels; each operation's label is in Zoom's API description. */
export type RateCategory = 'light' | 'medium' | 'heavy';

/** Requests per second per category. */
export type RateLimits = Readonly<Record<RateCategory, number>>;

/** Zoom's per-account limits (shared by every app on the account). */
export const zoomPlanRateLimits = {
  pro: { light: 30, medium: 20, heavy: 10 },
  business: { light: 80, medium: 60, heavy: 40 },
} as const satisfies Record<string, RateLimits>;

export type ZoomPlan = keyof typeof zoomPlanRateLimits;

interface Lane {
  /** When the last `limit` requests in this category started, oldest first. */
  readonly starts: number[];
  pausedUntil: number;
  /** Waiters go one at a time, in arrival order. */
  queue: Promise<void>;
}

/**
 * A sliding-window limiter per category: in any window of `windowMs`, at most the plan's number
 * of requests start. After a 429, `pause` holds the whole category until Zoom says it may go on.
 */
export class RateLimiter {
  readonly #clock: Clock;
  readonly #limits: RateLimits;
  readonly #windowMs: number;
  readonly #lanes = new Map<RateCategory, Lane>();

  constructor(clock: Clock, limits: RateLimits = zoomPlanRateLimits.pro, windowMs = 1000) {
    this.#clock = clock;
    this.#limits = limits;
    this.#windowMs = windowMs;
  }

  /** Waits until one more request in `category` may start, and counts it. */
  acquire(category: RateCategory): Promise<void> {
    const lane = this.#lane(category);
    const turn = lane.queue.then(() => this.#waitForSlot(lane, this.#limits[category]));
    lane.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Holds every request in `category` until `until` (epoch ms), e.g. after a 429. */
  pause(category: RateCategory, until: number): void {
    const lane = this.#lane(category);
    lane.pausedUntil = Math.max(lane.pausedUntil, until);
  }

  async #waitForSlot(lane: Lane, limit: number): Promise<void> {
    for (;;) {
      const now = this.#clock.now();
      if (lane.pausedUntil > now) {
        await sleep(this.#clock, lane.pausedUntil - now);
        continue;
      }
      while (lane.starts.length > 0 && (lane.starts[0] ?? 0) + this.#windowMs <= now) {
        lane.starts.shift();
      }
      if (lane.starts.length < limit) {
        lane.starts.push(now);
        return;
      }
      await sleep(this.#clock, (lane.starts[0] ?? now) + this.#windowMs - now);
    }
  }

  #lane(category: RateCategory): Lane {
    let lane = this.#lanes.get(category);
    if (!lane) {
      lane = { starts: [], pausedUntil: 0, queue: Promise.resolve() };
      this.#lanes.set(category, lane);
    }
    return lane;
  }
}

/**
 * The least time any client could take to make `calls` requests per category under `limits`,
 * each answer taking `latencyMs`. In any one-second window at most `limit` requests may start, so
 * the first `limit` go at once (the burst) and each further group of `limit` one second later:
 * the last request starts at `floor((n - 1) / limit)` seconds and ends `latencyMs` after that.
 * Categories run side by side, so the slowest category decides.
 *
 * Worked examples (Pro, Light 30/s, latency 80 ms): 30 calls → 80 ms (all in the burst);
 * 31 calls → 1,080 ms; 0 calls → 0 ms.
 */
export function leastTimeMs(
  calls: Readonly<Partial<Record<RateCategory, number>>>,
  limits: RateLimits,
  latencyMs: number,
): number {
  let slowest = -1;
  for (const category of Object.keys(limits) as RateCategory[]) {
    const n = calls[category] ?? 0;
    if (n <= 0) continue;
    const lastStartMs = Math.floor((n - 1) / limits[category]) * 1000;
    slowest = Math.max(slowest, lastStartMs);
  }
  return slowest < 0 ? 0 : slowest + latencyMs;
}

/**
 * The same floor for calls that must follow one another: a list's next page can only be asked
 * for with the `next_page_token` of the page before, so `longestChain` pages of one list take at
 * least `longestChain × latencyMs` whatever the limits allow. The larger of the two is the floor.
 *
 * Worked examples (Pro, Medium 20/s, latency 80 ms): 7 Medium calls with the longest list
 * 5 pages → 400 ms (the chain; the burst alone would allow 80 ms); 41 Medium calls in chains of
 * 1 → 2,080 ms (the rate).
 */
export function leastChainedTimeMs(
  calls: Readonly<Partial<Record<RateCategory, number>>>,
  limits: RateLimits,
  latencyMs: number,
  longestChain: number,
): number {
  return Math.max(leastTimeMs(calls, limits, latencyMs), Math.max(0, longestChain) * latencyMs);
}
