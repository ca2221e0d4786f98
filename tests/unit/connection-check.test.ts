import {
  connectionEndpoints,
  measureConnection,
  zoomDownloadSample,
  type ConnectionCheckPorts,
} from '../../electron/services/checks/connection-check';
import { demoZoomEnvironment, realZoomEnvironment } from '../../electron/services/zoom/environment';
import { connectionAdvice, type ConnectionCheck } from '../../shared/connection-advice';
import { startTestSandbox, type TestSandbox } from '../contract/sandbox-http';
import { networkSwitch } from '../support/network-switch';

const now = () => new Date('2026-12-03T10:00:00.000Z');
/** Short measuring windows, so each test takes a second or two. */
const budgets = { downloadMs: 800, uploadMs: 800, pingTimeoutMs: 3_000, firstUploadBytes: 4096 };

function measuredOf(check: ConnectionCheck) {
  if (check.status !== 'measured') throw new Error(`Not measured: ${check.status}`);
  return check;
}

describe('the sandbox speed test (the demo Zoom)', () => {
  let z: TestSandbox;
  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
  });
  afterEach(() => z.close());

  it('answers ping, download and upload without the control secret', async () => {
    expect((await fetch(`${z.url}/speedtest/ping`)).status).toBe(204);
    const body = await (await fetch(`${z.url}/speedtest/download?bytes=5000`)).arrayBuffer();
    expect(body.byteLength).toBe(5000);
    const upload = await fetch(`${z.url}/speedtest/upload`, {
      method: 'POST',
      body: new Uint8Array(7000),
    });
    expect(await upload.json()).toEqual({ received: 7000 });
    expect((await fetch(`${z.url}/speedtest/download?bytes=0`)).status).toBe(400);
    expect((await fetch(`${z.url}/speedtest/download?bytes=99999999`)).status).toBe(400);
    expect((await fetch(`${z.url}/speedtest/nothing`)).status).toBe(404);
  });

  it('takes a throughput fault beside the latency fault, and clears it with {}', async () => {
    await z.control('faults', { throughputKbps: 300, latencyMs: 20 });
    const state = (await z.control('state')).json as {
      faults: { throughputKbps: number | null; latencyMs: number };
    };
    expect(state.faults).toMatchObject({ throughputKbps: 300, latencyMs: 20 });
    expect((await z.control('faults', { throughputKbps: 0 })).status).toBe(400);
    await z.control('faults', {});
    const cleared = (await z.control('state')).json as { faults: { throughputKbps: unknown } };
    expect(cleared.faults.throughputKbps).toBeNull();
  });
});

describe('measuring the connection to the demo Zoom', () => {
  let z: TestSandbox;
  let ports: ConnectionCheckPorts;
  const demo = () => connectionEndpoints('demo', demoZoomEnvironment(z.url));
  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
    ports = { fetch: (url, init) => fetch(url, init), now, budgets };
  });
  afterEach(() => z.close());

  it('measures all three figures on a good line: fine', async () => {
    const check = measuredOf(await measureConnection(demo(), ports));
    expect(check).toMatchObject({ target: 'demo-zoom', host: new URL(z.url).host });
    expect(check.measuredAt).toBe('2026-12-03T10:00:00.000Z');
    expect(check.downloadKbps).toBeGreaterThan(5_000);
    expect(check.uploadKbps).toBeGreaterThan(5_000);
    expect(check.roundTripMs).toBeLessThan(300);
    expect(check.notMeasured).toEqual({});
    expect(connectionAdvice(check).advice).toBe('fine');
  });

  it('measures a slow line near its speed: turn off video', async () => {
    await z.control('faults', { throughputKbps: 400 });
    const check = measuredOf(await measureConnection(demo(), ports));
    expect(check.downloadKbps).toBeGreaterThan(250);
    expect(check.downloadKbps).toBeLessThan(600);
    expect(check.uploadKbps).toBeGreaterThan(250);
    expect(check.uploadKbps).toBeLessThan(600);
    expect(connectionAdvice(check)).toEqual({
      advice: 'video-off',
      shortfalls: ['download-video', 'upload-video'],
    });
  });

  it('finds a very slow line too slow for voice: join by phone', async () => {
    await z.control('faults', { throughputKbps: 40 });
    const check = measuredOf(await measureConnection(demo(), ports));
    expect(check.uploadKbps).toBeLessThan(80);
    expect(check.downloadKbps).toBeLessThan(80);
    expect(connectionAdvice(check).advice).toBe('phone');
  });

  it('measures the latency fault as the round trip, not as slowness', async () => {
    await z.control('faults', { latencyMs: 900 });
    const check = measuredOf(
      await measureConnection(demo(), { ...ports, budgets: { ...budgets, pings: 2 } }),
    );
    expect(check.roundTripMs).toBeGreaterThanOrEqual(900);
    expect(check.downloadKbps).toBeGreaterThan(5_000);
    expect(connectionAdvice(check)).toMatchObject({ advice: 'phone' });
    expect(connectionAdvice(check).shortfalls).toContain('round-trip-slow');
  });

  it('says offline with the network gone (refused, or no name), and measures again once back', async () => {
    const network = await networkSwitch();
    const switched = { ...ports, fetch: network.fetch };
    network.set('refused');
    expect(await measureConnection(demo(), switched)).toEqual({
      status: 'offline',
      target: 'demo-zoom',
      host: new URL(z.url).host,
      measuredAt: '2026-12-03T10:00:00.000Z',
    });
    network.set('not-found');
    expect((await measureConnection(demo(), switched)).status).toBe('offline');
    expect(network.failed).toBe(2);
    network.set(null);
    expect((await measureConnection(demo(), switched)).status).toBe('measured');
  });

  it('says no answer when Zoom drops every connection, and marks a failed figure', async () => {
    await z.control('faults', { dropConnections: true, dropPathPrefix: '/speedtest' });
    expect((await measureConnection(demo(), ports)).status).toBe('no-answer');
    await z.control('faults', { dropConnections: true, dropPathPrefix: '/speedtest/upload' });
    const check = measuredOf(await measureConnection(demo(), ports));
    expect(check.uploadKbps).toBeNull();
    expect(check.notMeasured).toEqual({ upload: 'failed' });
    expect(check.downloadKbps).not.toBeNull();
  });
});

describe('measuring the connection to real Zoom', () => {
  it('times zoom.us and Zoom’s app download, and says sending cannot be measured', async () => {
    const endpoints = connectionEndpoints('zoom', realZoomEnvironment('orgClientId'));
    expect(endpoints).toMatchObject({
      target: 'zoom',
      host: 'zoom.us',
      ping: 'https://zoom.us/',
      upload: null,
    });
    expect(endpoints.download(1024)).toBe(zoomDownloadSample);

    // Zoom played by a sandbox on this computer: the same requests, a known line.
    const z = await startTestSandbox({ scenario: 'nonprofit' });
    try {
      await z.control('faults', { throughputKbps: 500 });
      const asked: string[] = [];
      const check = measuredOf(
        await measureConnection(endpoints, {
          now,
          budgets,
          fetch: (url, init) => {
            asked.push(`${init.method ?? 'GET'} ${url}`);
            const local =
              url === zoomDownloadSample
                ? `${z.url}/speedtest/download?bytes=1048576`
                : `${z.url}/speedtest/ping`;
            return fetch(local, init);
          },
        }),
      );
      expect(new Set(asked)).toEqual(
        new Set([`GET https://zoom.us/`, `GET ${zoomDownloadSample}`]),
      );
      expect(check.uploadKbps).toBeNull();
      expect(check.notMeasured).toEqual({ upload: 'no-endpoint' });
      expect(check.downloadKbps).toBeLessThan(700);
      expect(connectionAdvice(check).advice).toBe('video-off');
    } finally {
      await z.close();
    }
  });
});
