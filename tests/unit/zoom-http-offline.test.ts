import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SessionInfo } from '../../shared/api';
import { EventHub } from '../../electron/services/events';
import { createMemoryLogger } from '../../electron/services/log';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { ZoomService } from '../../electron/services/zoom-service';
import { systemClock, type Clock } from '../../electron/services/zoom/clock';
import { noAnswerCode } from '../../electron/services/zoom/network-failure';
import { RateLimiter, zoomPlanRateLimits } from '../../electron/services/zoom/rate-limiter';
import { ZoomClient } from '../../electron/services/zoom/zoom-client';
import { createZoomConnection } from '../../electron/services/zoom/zoom-connection';
import { ZoomHttp } from '../../electron/services/zoom/zoom-http';
import type { FetchPort } from '../../electron/services/zoom/oauth-endpoints';
import { fakeBrowser, startFakeZoom, type FakeZoom } from '../support/fake-zoom';
import { networkSwitch, type NetworkSwitch } from '../support/network-switch';

/** What fetch throws when it cannot connect: `TypeError: fetch failed`, the reason as its cause. */
const fetchFailed = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause });
const systemError = (code: string, syscall: string) =>
  Object.assign(new Error(`${syscall} ${code}`), { code, syscall });

/** The real REST client over `fetchPort`, with quick back-off so retries take no time. */
function restClient(apiBase: string, fetchPort: FetchPort) {
  return new ZoomClient(
    new ZoomHttp({
      apiBase,
      fetch: fetchPort,
      clock: systemClock,
      tokens: { getAccessToken: async () => 'token-1', handleUnauthorized: async () => undefined },
      limiter: new RateLimiter(systemClock, zoomPlanRateLimits.pro),
      log: createMemoryLogger(),
      backoffBaseMs: 1,
    }),
  );
}

/** A local server that answers every request with `handle`. */
async function localServer(handle: http.RequestListener) {
  const server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('telling "offline" apart from Zoom answering badly', () => {
  let network: NetworkSwitch;
  beforeEach(async () => {
    network = await networkSwitch();
  });

  it('says "offline" when no connection can be made: refused, or a name not found', async () => {
    const zoom = restClient('https://api.zoom.us/v2', network.fetch);
    network.set('refused');
    await expect(zoom.getMe()).rejects.toMatchObject({ name: 'ZoomError', code: 'offline' });
    // A GET is safe to send again, so a short blip is retried before anyone is told.
    expect(network.failed).toBe(4);

    network.set('not-found');
    await expect(zoom.getMe()).rejects.toMatchObject({ code: 'offline' });
    expect(network.failed).toBe(8);
  });

  it('keeps "could not reach Zoom" for a connection Zoom dropped, and HTTP errors as they are', async () => {
    const dropping = await localServer((req) => req.socket.destroy());
    const failing = await localServer((_req, res) => {
      res.writeHead(503, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ code: 503, message: 'Service unavailable' }));
    });
    try {
      await expect(
        restClient(`${dropping.url}/v2`, (u, i) => fetch(u, i)).getMe(),
      ).rejects.toMatchObject({
        code: 'zoom-unreachable',
      });
      await expect(
        restClient(`${failing.url}/v2`, (u, i) => fetch(u, i)).getMe(),
      ).rejects.toMatchObject({
        code: 'zoom-unavailable',
        status: 503,
      });
    } finally {
      await dropping.close();
      await failing.close();
    }
  });

  it('reads the reason from fetch’s chain of causes', () => {
    expect(noAnswerCode(fetchFailed(systemError('ECONNREFUSED', 'connect')), false)).toBe(
      'offline',
    );
    expect(noAnswerCode(fetchFailed(systemError('EAI_AGAIN', 'getaddrinfo')), false)).toBe(
      'offline',
    );
    // Several addresses tried at once (IPv4 and IPv6): all refused.
    const all = Object.assign(new AggregateError([systemError('ECONNREFUSED', 'connect')]), {});
    expect(noAnswerCode(fetchFailed(all), false)).toBe('offline');
    // A reset while connecting is no connection; a reset mid-answer is Zoom dropping it.
    expect(noAnswerCode(fetchFailed(systemError('ECONNRESET', 'connect')), false)).toBe('offline');
    expect(noAnswerCode(fetchFailed(systemError('ECONNRESET', 'read')), false)).toBe(
      'zoom-unreachable',
    );
    expect(noAnswerCode(new TypeError('fetch failed'), false)).toBe('zoom-unreachable');
    expect(noAnswerCode(fetchFailed(systemError('ECONNREFUSED', 'connect')), true)).toBe(
      'zoom-timed-out',
    );
  });
});

describe('a Zoom sign-in while the network is gone', () => {
  let fake: FakeZoom;
  let network: NetworkSwitch;
  beforeEach(async () => {
    fake = await startFakeZoom();
    network = await networkSwitch();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('keeps the sign-in when its token cannot be renewed offline, and goes on once back', async () => {
    let later = 0;
    const clock: Clock = { now: () => Date.now() + later, setTimeout: systemClock.setTimeout };
    const { auth, client } = createZoomConnection({
      environment: fake.environment,
      secrets: new MemorySecretStore(),
      openBrowser: fakeBrowser(fake).openBrowser,
      log: createMemoryLogger(),
      language: () => 'en',
      clock,
      fetch: network.fetch,
    });
    await auth.signIn();
    const ended: unknown[] = [];
    auth.onSessionChange((session) => ended.push(session));

    later = 2 * 60 * 60 * 1000; // two hours on: the access token needs renewing
    network.set('refused');
    await expect(client.getMe()).rejects.toMatchObject({ code: 'offline' });
    expect(auth.session?.email).toBe('maria@riverside.example');
    expect(ended).toEqual([]);

    network.set(null);
    await expect(client.getMe()).resolves.toMatchObject({ email: 'maria@riverside.example' });
    expect(fake.tokenRequests('refresh_token')).toHaveLength(1);
  });

  it('says "offline" at start-up, keeps the stored sign-in, and restores it once back', async () => {
    const secrets = new MemorySecretStore();
    const service = () => {
      const events = new EventHub();
      const announced: SessionInfo[] = [];
      events.subscribe((e) => {
        if (e.name === 'sessionChanged') announced.push(e.payload);
      });
      const zoom = new ZoomService({
        environment: fake.environment,
        secrets,
        openBrowser: fakeBrowser(fake).openBrowser,
        opensInTab: false,
        events,
        log: createMemoryLogger(),
        language: () => 'en',
        fetch: network.fetch,
      });
      return { zoom, announced };
    };
    const first = service().zoom;
    await first.startSignIn();
    await vi.waitFor(() => expect(first.info().state).toBe('signed-in'));

    // The next start, on a train with no signal.
    network.set('not-found');
    const { zoom, announced } = service();
    await zoom.restore();
    expect(zoom.info()).toMatchObject({ state: 'signed-out', person: null, error: 'offline' });
    await zoom.resume();
    expect(zoom.info()).toMatchObject({ state: 'signed-out', error: 'offline' });

    network.set(null);
    await zoom.resume();
    expect(zoom.info()).toMatchObject({
      state: 'signed-in',
      error: null,
      person: { email: 'maria@riverside.example' },
    });
    expect(announced.at(-1)).toMatchObject({ state: 'signed-in' });
    expect(fake.tokenRequests('authorization_code')).toHaveLength(1);
  });

  it('has nothing to resume after a start with no stored sign-in', async () => {
    const zoom = new ZoomService({
      environment: fake.environment,
      secrets: new MemorySecretStore(),
      openBrowser: fakeBrowser(fake).openBrowser,
      opensInTab: false,
      events: new EventHub(),
      log: createMemoryLogger(),
      language: () => 'en',
      fetch: network.fetch,
    });
    network.set('refused');
    await zoom.restore();
    expect(zoom.info()).toMatchObject({ state: 'signed-out', error: null });
    network.set(null);
    await zoom.resume();
    expect(zoom.info()).toMatchObject({ state: 'signed-out', error: null });
    expect(fake.requests).toHaveLength(0);
  });
});
