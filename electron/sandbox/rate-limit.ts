import type { RateLimitTier } from './constants';

/** Zoom's rate-limit labels; each API operation has one. */
export type RateLimitCategory = 'Light' | 'Medium' | 'Heavy';

/** Requests per second per account, by tier (Zoom's published numbers). */
export const perSecondLimits: Readonly<
  Record<Exclude<RateLimitTier, 'off'>, Readonly<Record<RateLimitCategory, number>>>
> = {
  pro: { Light: 30, Medium: 20, Heavy: 10 },
  business: { Light: 80, Medium: 60, Heavy: 40 },
};

/** Invitations (`POST /users` with action create) per account per UTC day. */
export const dailyInviteLimits: Readonly<Record<Exclude<RateLimitTier, 'off'>, number>> = {
  pro: 1500,
  business: 10000,
};

export type RateDecision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly limit: number;
      readonly retryAfterSeconds: number;
    };

/**
 * Per-account, per-category counters over one-second windows of sandbox time. The clock is
 * injected, so a test can freeze it and know exactly which call is over the limit.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { second: number; count: number }>();
  private inviteLimitOverride: number | undefined;

  constructor(
    private tier: RateLimitTier,
    private readonly now: () => number,
  ) {}

  get currentTier(): RateLimitTier {
    return this.tier;
  }

  /** Changes the tier (and, for tests, the daily invite limit) and forgets the counts. */
  setTier(tier: RateLimitTier, dailyInviteLimit?: number): void {
    this.tier = tier;
    this.inviteLimitOverride = dailyInviteLimit;
    this.windows.clear();
  }

  /** Counts one request and says whether it is within the limit. */
  take(accountId: string, category: RateLimitCategory): RateDecision {
    if (this.tier === 'off') return { allowed: true };
    const limit = perSecondLimits[this.tier][category];
    const nowMs = this.now();
    const second = Math.floor(nowMs / 1000);
    const key = `${accountId}:${category}`;
    const window = this.windows.get(key);
    if (!window || window.second !== second) {
      this.windows.set(key, { second, count: 1 });
      return { allowed: true };
    }
    if (window.count >= limit) return { allowed: false, limit, retryAfterSeconds: 1 };
    window.count += 1;
    return { allowed: true };
  }

  /** The daily invitation limit for the current tier (undefined when limits are off). */
  dailyInviteLimit(): number | undefined {
    if (this.tier === 'off') return undefined;
    return this.inviteLimitOverride ?? dailyInviteLimits[this.tier];
  }

  reset(): void {
    this.windows.clear();
  }
}
