import type { Language } from '../../../shared/settings';
import type { Logger } from '../log';
import type { SecretStore } from '../secrets/secret-store';
import { systemClock, type Clock } from './clock';
import type { ZoomEnvironment } from './environment';
import { ZoomOAuthEndpoints, type FetchPort } from './oauth-endpoints';
import type { RandomBytes } from './pkce';
import { RateLimiter, zoomPlanRateLimits, type ZoomPlan } from './rate-limiter';
import { ZoomAuth, type OpenBrowser } from './zoom-auth';
import { ZoomClient } from './zoom-client';
import { ZoomHttp } from './zoom-http';

export interface ZoomConnectionPorts {
  readonly environment: ZoomEnvironment;
  readonly secrets: SecretStore;
  readonly openBrowser: OpenBrowser;
  readonly log: Logger;
  readonly language: () => Language;
  readonly fetch?: FetchPort;
  readonly clock?: Clock;
  /** The account's plan sets the rate limits (default Pro, the lowest). */
  readonly plan?: ZoomPlan;
  readonly random?: () => number;
  readonly randomBytes?: RandomBytes;
  readonly signInTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
}

/** Everything the app needs to talk to Zoom, wired together. */
export interface ZoomConnection {
  readonly auth: ZoomAuth;
  readonly client: ZoomClient;
  readonly limiter: RateLimiter;
}

/** Builds the sign-in service and the REST client for one environment (real Zoom or the sandbox). */
export function createZoomConnection(ports: ZoomConnectionPorts): ZoomConnection {
  const fetchPort: FetchPort = ports.fetch ?? ((url, init) => fetch(url, init));
  const clock = ports.clock ?? systemClock;
  const endpoints = new ZoomOAuthEndpoints({
    environment: ports.environment,
    fetch: fetchPort,
    clock,
    timeoutMs: ports.requestTimeoutMs,
  });
  const limiter = new RateLimiter(clock, zoomPlanRateLimits[ports.plan ?? 'pro']);
  // The client asks the sign-in service for tokens, and the sign-in service asks the client who
  // signed in: the late binding below closes that loop.
  let auth: ZoomAuth | null = null;
  const wired = (): ZoomAuth => {
    if (!auth) throw new Error('The Zoom connection is not wired yet');
    return auth;
  };
  const tokens = {
    getAccessToken: () => wired().getAccessToken(),
    handleUnauthorized: (rejected: string) => wired().handleUnauthorized(rejected),
  };
  const client = new ZoomClient(
    new ZoomHttp({
      apiBase: ports.environment.apiBase,
      fetch: fetchPort,
      clock,
      tokens,
      limiter,
      log: ports.log,
      random: ports.random,
      timeoutMs: ports.requestTimeoutMs,
    }),
  );
  auth = new ZoomAuth({
    environment: ports.environment,
    endpoints,
    secrets: ports.secrets,
    openBrowser: ports.openBrowser,
    fetchProfile: () => client.getMe(),
    clock,
    log: ports.log,
    language: ports.language,
    signInTimeoutMs: ports.signInTimeoutMs,
    random: ports.randomBytes,
  });
  return { auth, client, limiter };
}
