import { createMemoryLogger } from '../../electron/services/log';
import { ManualClock } from '../../electron/services/zoom/clock';
import { RateLimiter, zoomPlanRateLimits } from '../../electron/services/zoom/rate-limiter';
import { ZoomClient } from '../../electron/services/zoom/zoom-client';
import { ZoomHttp } from '../../electron/services/zoom/zoom-http';
import { scriptedFetch, type ScriptedAnswer, type ScriptedCall } from './fake-zoom';

/**
 * A real ZoomClient (limiter, retries, parsing) over scripted answers and a manual clock, so
 * waits take no real time. `run` settles a call by moving the clock forward as needed.
 */
export function scriptedClient(
  script: (call: ScriptedCall, index: number) => ScriptedAnswer,
  plan: 'pro' | 'business' = 'pro',
) {
  const clock = new ManualClock();
  const scripted = scriptedFetch(() => clock.now(), script);
  const zoom = new ZoomClient(
    new ZoomHttp({
      apiBase: 'https://api.zoom.test/v2',
      fetch: scripted.fetch,
      clock,
      tokens: { getAccessToken: async () => 'token-1', handleUnauthorized: async () => undefined },
      limiter: new RateLimiter(clock, zoomPlanRateLimits[plan]),
      log: createMemoryLogger(),
      random: () => 0.5,
    }),
  );
  const run = <T>(work: Promise<T>) => clock.settle(work);
  return { zoom, clock, run, calls: scripted.calls };
}
