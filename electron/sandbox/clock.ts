/** The one notion of "now" inside the sandbox: real time (or a frozen instant) plus an offset. */
export interface SandboxClock {
  /** Milliseconds since the epoch, in sandbox time. */
  now(): number;
  /** Moves sandbox time forward (tokens, codes, page tokens and invitations age with it). */
  advance(seconds: number): void;
}

export interface SandboxClockOptions {
  /** Where sandbox time starts (defaults to the real time). */
  readonly start?: number;
  /** When true, time only moves through `advance` (deterministic tests). */
  readonly frozen?: boolean;
  /** The real clock (injectable for tests). */
  readonly realNow?: () => number;
}

/** Creates a sandbox clock that follows real time, or stands still when frozen. */
export function createSandboxClock(options: SandboxClockOptions = {}): SandboxClock {
  const realNow = options.realNow ?? Date.now;
  const realStart = realNow();
  const start = options.start ?? realStart;
  let offset = 0;
  return {
    now: () => (options.frozen ? start : start + (realNow() - realStart)) + offset,
    advance: (seconds) => {
      offset += Math.round(seconds * 1000);
    },
  };
}

const zoomTimes = new Map<number, string>();

/** Zoom writes times as ISO 8601 without milliseconds, e.g. 2023-07-10T12:00:00Z. */
export function zoomTime(ms: number): string {
  const second = Math.floor(ms / 1000);
  let text = zoomTimes.get(second);
  if (text === undefined) {
    text = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
    // A big team's pages name the same few thousand times again and again; the cache stays small.
    if (zoomTimes.size >= 100_000) zoomTimes.clear();
    zoomTimes.set(second, text);
  }
  return text;
}

export const secondMs = 1000;
export const dayMs = 24 * 3600 * 1000;
