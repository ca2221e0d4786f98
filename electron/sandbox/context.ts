import type { Logger } from '../../shared/logger';
import { SandboxAppRegistry } from './apps';
import type { SandboxClock } from './clock';
import type { RateLimitTier, SandboxScenarioName } from './constants';
import { FaultInjector } from './faults';
import { OAuthStore } from './oauth-store';
import { PageTokenStore, type ZoomApiVersion } from './pagination';
import { RateLimiter } from './rate-limit';
import { buildScenario } from './scenarios';
import type { SandboxState } from './state';

/** Everything a sandbox handler may touch; `reset` swaps in a fresh scenario. */
export class SandboxContext {
  state: SandboxState;
  oauth: OAuthStore;
  pageTokens: PageTokenStore;
  readonly limiter: RateLimiter;
  readonly faults = new FaultInjector();
  /** The Marketplace apps built in this run (see apps.ts). */
  apps: SandboxAppRegistry;
  /** http://127.0.0.1:<port>, known once the server listens. */
  baseUrl = 'http://127.0.0.1';
  users: number | undefined;
  /** Which of Zoom's API files the answers follow (kept across resets, like the rate limits). */
  apiVersion: ZoomApiVersion = '2023';

  constructor(
    readonly clock: SandboxClock,
    readonly log: Logger,
    scenario: SandboxScenarioName,
    users: number | undefined,
    rateLimits: RateLimitTier,
    appsFile: string | null = null,
  ) {
    this.apps = new SandboxAppRegistry(appsFile);
    const now = () => clock.now();
    this.users = users;
    this.state = buildScenario(scenario, { now: clock.now(), users });
    this.oauth = new OAuthStore(now);
    this.pageTokens = new PageTokenStore(now);
    this.limiter = new RateLimiter(rateLimits, now);
  }

  /** Loads a scenario from scratch: users, tokens, page tokens, counters and faults. */
  reset(scenario: SandboxScenarioName, users?: number): void {
    const now = () => this.clock.now();
    this.users = users;
    this.state = buildScenario(scenario, { now: this.clock.now(), users });
    this.oauth = new OAuthStore(now);
    this.pageTokens = new PageTokenStore(now);
    this.limiter.reset();
    this.faults.clear();
    this.apps.clear();
  }

  now(): number {
    return this.clock.now();
  }
}
