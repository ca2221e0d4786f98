import { z } from 'zod';
import { seededRandom, type SeededRandom } from './random';

/** What `POST /_sandbox/faults` accepts; `{}` clears every fault. */
export const FaultRequest = z
  .object({
    /**
     * How long every answer takes, in real milliseconds. Zoom's API and OAuth answers come this
     * long after their request arrived, the sandbox's own work included (server.ts); other
     * answers wait this long first.
     */
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    /**
     * The speed of the line, in kilobits per second, for the speed-test bodies (speed-routes.ts):
     * their bytes are paced to this rate each way. Unset: as fast as the computer goes.
     */
    throughputKbps: z.number().int().min(1).max(10_000_000).optional(),
    /** Answer a share of requests under a path prefix with an error status. */
    errors: z
      .array(
        z
          .object({
            pathPrefix: z.string().startsWith('/'),
            rate: z.number().min(0).max(1),
            status: z.number().int().min(400).max(599),
          })
          .strict(),
      )
      .max(20)
      .optional(),
    /** Close the connection without answering, for a share of requests (0..1, or true = all). */
    dropConnections: z.union([z.boolean(), z.number().min(0).max(1)]).optional(),
    /** Only drop connections under this prefix (default: everything but /_sandbox). */
    dropPathPrefix: z.string().startsWith('/').optional(),
    /** One-off: every access token handed out so far is expired now. */
    expireAllTokens: z.boolean().optional(),
    /** One-off: every refresh token handed out so far stops working. */
    revokeAllRefreshTokens: z.boolean().optional(),
  })
  .strict();
export type FaultRequest = z.infer<typeof FaultRequest>;

export type FaultDecision =
  | { readonly kind: 'none'; readonly latencyMs: number }
  | { readonly kind: 'drop'; readonly latencyMs: number }
  | { readonly kind: 'error'; readonly latencyMs: number; readonly status: number };

export interface FaultSummary {
  readonly latencyMs: number;
  readonly errors: ReadonlyArray<{ pathPrefix: string; rate: number; status: number }>;
  readonly dropRate: number;
  readonly throughputKbps: number | null;
}

/** Latency, injected errors and dropped connections; never applied to /_sandbox itself. */
export class FaultInjector {
  private latencyMs = 0;
  private errors: FaultSummary['errors'] = [];
  private dropRate = 0;
  private dropPathPrefix = '/';
  private throughput: number | null = null;
  private random: SeededRandom = seededRandom(7);

  /** Replaces the standing faults (one-off actions are handled by the caller). */
  configure(request: FaultRequest): void {
    this.latencyMs = request.latencyMs ?? 0;
    this.throughput = request.throughputKbps ?? null;
    this.errors = request.errors ?? [];
    const drop = request.dropConnections;
    this.dropRate = drop === true ? 1 : drop === false || drop === undefined ? 0 : drop;
    this.dropPathPrefix = request.dropPathPrefix ?? '/';
    this.random = seededRandom(7);
  }

  clear(): void {
    this.configure({});
  }

  /** Decides what happens to a request for `pathname`. */
  decide(pathname: string): FaultDecision {
    const latencyMs = this.latencyMs;
    if (pathname.startsWith('/_sandbox')) return { kind: 'none', latencyMs: 0 };
    if (
      this.dropRate > 0 &&
      pathname.startsWith(this.dropPathPrefix) &&
      this.random.next() < this.dropRate
    )
      return { kind: 'drop', latencyMs };
    for (const rule of this.errors) {
      if (pathname.startsWith(rule.pathPrefix) && this.random.next() < rule.rate)
        return { kind: 'error', latencyMs, status: rule.status };
    }
    return { kind: 'none', latencyMs };
  }

  summary(): FaultSummary {
    return {
      latencyMs: this.latencyMs,
      errors: this.errors,
      dropRate: this.dropRate,
      throughputKbps: this.throughput,
    };
  }

  /** The paced line speed for speed-test bodies, or null for no pacing. */
  throughputKbps(): number | null {
    return this.throughput;
  }
}
