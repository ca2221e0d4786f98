import {
  ConnectionCheck,
  type ConnectionMeasured,
  type ConnectionTarget,
  type NotMeasured,
} from '../../../shared/connection-advice';
import type { ZoomEnvironment } from '../zoom/environment';
import { noAnswerCode } from '../zoom/network-failure';
import type { FetchPort } from '../zoom/oauth-endpoints';

/**
 * The connection check before the test meeting (issue 12, part 4): round trips, then receiving
 * and sending speed, between this computer and the Zoom in use. Every request has a time-out;
 * no connection at all is the 'offline' answer, a connection without an answer 'no-answer'.
 *
 * What is measured against what (docs/zoom-facts-wizard.md §2):
 * - Demo mode: the sandbox's speed test (electron/sandbox/speed-routes.ts), all three figures.
 * - Real Zoom: Zoom offers no public speed-test endpoint that a program may call (its Probe SDK
 *   runs inside a web page under the Video SDK terms). So the round trip is timed to
 *   https://zoom.us itself (any answer counts, redirects are not followed), and the receiving
 *   speed is timed on the first part of Zoom's own Linux app download
 *   (https://zoom.us/client/latest/zoom_amd64.deb, cancelled after a few seconds). The sending
 *   speed is not measured: Zoom has nowhere that takes test data. The screen says so.
 */

export interface ConnectionCheckPorts {
  readonly fetch: FetchPort;
  readonly now: () => Date;
  /** A clock for measuring, in milliseconds (performance.now in the app). */
  readonly elapsed?: () => number;
  /** Shorter budgets for tests; the defaults suit a person waiting on the screen. */
  readonly budgets?: Partial<Budgets>;
}

interface Budgets {
  /** How long one round trip may take before ReadyRoom stops waiting. */
  readonly pingTimeoutMs: number;
  readonly pings: number;
  /** How long receiving is timed for (at most). */
  readonly downloadMs: number;
  readonly downloadBytes: number;
  /** How long sending is timed for (at most), over growing bodies. */
  readonly uploadMs: number;
  readonly firstUploadBytes: number;
  readonly maxUploadBytes: number;
}

const defaultBudgets: Budgets = {
  pingTimeoutMs: 5_000,
  pings: 3,
  downloadMs: 3_000,
  downloadBytes: 1024 * 1024,
  uploadMs: 3_000,
  firstUploadBytes: 16 * 1024,
  maxUploadBytes: 1024 * 1024,
};

/** Where the figures are measured to, for the Zoom in use. */
export interface ConnectionEndpoints {
  readonly target: ConnectionTarget;
  readonly host: string;
  readonly ping: string;
  readonly download: (bytes: number) => string;
  /** Null: there is nowhere to send test data to. */
  readonly upload: string | null;
}

/** Zoom's Linux app package, the receiving-speed sample for real Zoom (see above). */
export const zoomDownloadSample = 'https://zoom.us/client/latest/zoom_amd64.deb';

export function connectionEndpoints(
  mode: 'demo' | 'zoom',
  environment: ZoomEnvironment,
): ConnectionEndpoints {
  if (mode === 'zoom')
    return {
      target: 'zoom',
      host: 'zoom.us',
      ping: 'https://zoom.us/',
      download: () => zoomDownloadSample,
      upload: null,
    };
  const base = new URL(environment.oauthBase).origin;
  return {
    target: 'demo-zoom',
    host: new URL(base).host,
    ping: `${base}/speedtest/ping`,
    download: (bytes) => `${base}/speedtest/download?bytes=${bytes}`,
    upload: `${base}/speedtest/upload`,
  };
}

const kbpsCap = 10_000_000;
const toKbps = (bytes: number, ms: number): number =>
  Math.min(kbpsCap, Math.round((bytes * 8) / Math.max(ms, 1)));

type Failure = {
  readonly failed: true;
  readonly how: 'offline' | 'no-answer';
  /** ReadyRoom stopped waiting (as opposed to the connection failing). */
  readonly timedOut: boolean;
};

/** A request with a time-out; a failure says whether it was no connection or no answer. */
async function timed(
  fetchPort: FetchPort,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<{ response: Response; controller: AbortController } | Failure> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchPort(url, { ...init, signal: controller.signal });
    return { response, controller };
  } catch (error) {
    const how = noAnswerCode(error, timedOut) === 'offline' ? 'offline' : 'no-answer';
    return { failed: true, how, timedOut };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a body until it ends, `maxBytes` came, or `maxMs` passed; bytes and time from the first. */
async function readFor(
  response: Response,
  controller: AbortController,
  clock: () => number,
  maxBytes: number,
  maxMs: number,
): Promise<{ bytes: number; ms: number } | null> {
  const reader = response.body?.getReader();
  if (!reader) return null;
  const started = clock();
  const stopper = setTimeout(() => controller.abort(), maxMs);
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes >= maxBytes || clock() - started >= maxMs) break;
    }
  } catch {
    // Cut off by the time limit (or the line went): what came so far still counts.
  } finally {
    clearTimeout(stopper);
  }
  const ms = clock() - started;
  controller.abort();
  return bytes > 0 ? { bytes, ms } : null;
}

/** Measures the connection to the Zoom at `endpoints`. Never throws for network trouble. */
export async function measureConnection(
  endpoints: ConnectionEndpoints,
  ports: ConnectionCheckPorts,
): Promise<ConnectionCheck> {
  const budgets = { ...defaultBudgets, ...ports.budgets };
  const clock = ports.elapsed ?? (() => performance.now());
  const base = { target: endpoints.target, host: endpoints.host };
  const unreached = (how: Failure['how']): ConnectionCheck => ({
    status: how,
    ...base,
    measuredAt: ports.now().toISOString(),
  });

  // Round trips: the quickest of a few (the first also opens the connection).
  const trips: number[] = [];
  let lastFailure: Failure['how'] = 'no-answer';
  for (let i = 0; i < budgets.pings; i += 1) {
    const started = clock();
    const answer = await timed(
      ports.fetch,
      endpoints.ping,
      { method: 'GET', redirect: 'manual', cache: 'no-store' },
      budgets.pingTimeoutMs,
    );
    if ('failed' in answer) {
      if (answer.how === 'offline') return unreached('offline');
      lastFailure = answer.how;
      continue;
    }
    await answer.response.arrayBuffer().catch(() => undefined);
    trips.push(clock() - started);
  }
  if (trips.length === 0) return unreached(lastFailure);
  const roundTripMs = Math.round(Math.min(...trips));

  const notMeasured: { download?: NotMeasured; upload?: NotMeasured } = {};
  const downloadKbps = await measureDownload(endpoints, ports, budgets, clock);
  if (downloadKbps === null) notMeasured.download = 'failed';
  let uploadKbps: number | null = null;
  if (endpoints.upload === null) notMeasured.upload = 'no-endpoint';
  else {
    uploadKbps = await measureUpload(endpoints.upload, roundTripMs, ports, budgets, clock);
    if (uploadKbps === null) notMeasured.upload = 'failed';
  }
  const measured: ConnectionMeasured = {
    status: 'measured',
    ...base,
    measuredAt: ports.now().toISOString(),
    roundTripMs,
    downloadKbps,
    uploadKbps,
    notMeasured,
  };
  return ConnectionCheck.parse(measured);
}

async function measureDownload(
  endpoints: ConnectionEndpoints,
  ports: ConnectionCheckPorts,
  budgets: Budgets,
  clock: () => number,
): Promise<number | null> {
  const answer = await timed(
    ports.fetch,
    endpoints.download(budgets.downloadBytes),
    { method: 'GET', cache: 'no-store' },
    budgets.pingTimeoutMs + budgets.downloadMs,
  );
  if ('failed' in answer) return null;
  if (!answer.response.ok) {
    answer.controller.abort();
    return null;
  }
  const read = await readFor(
    answer.response,
    answer.controller,
    clock,
    budgets.downloadBytes,
    budgets.downloadMs,
  );
  return read ? toKbps(read.bytes, read.ms) : null;
}

/**
 * Sends growing bodies until the time is used; the speed is the largest body over its time,
 * less one round trip (the answer's own way back). A first body that does not get through in
 * time still tells something true: the line is slower than that body over that time.
 */
async function measureUpload(
  url: string,
  roundTripMs: number,
  ports: ConnectionCheckPorts,
  budgets: Budgets,
  clock: () => number,
): Promise<number | null> {
  const started = clock();
  let size = budgets.firstUploadBytes;
  let best: number | null = null;
  for (;;) {
    const body = new Uint8Array(size).fill(0x5a);
    const sent = clock();
    const first = best === null;
    // The first body gets a generous wait; later ones only the time that is left.
    const left = budgets.uploadMs - (sent - started);
    const timeout = first ? Math.max(budgets.uploadMs * 2, 6_000) : Math.max(left, 1);
    const answer = await timed(
      ports.fetch,
      url,
      { method: 'POST', body, headers: { 'Content-Type': 'application/octet-stream' } },
      timeout,
    );
    const took = clock() - sent;
    if ('failed' in answer) {
      // Slower than `size` bytes in `took` ms: say at most that (only when nothing better came).
      if (first && answer.timedOut) return toKbps(size, took);
      return best;
    }
    await answer.response.arrayBuffer().catch(() => undefined);
    if (!answer.response.ok) return best;
    best = toKbps(size, Math.max(took - roundTripMs, 1));
    const used = clock() - started;
    // The next body is twice as large: try it only when it should fit in the time left.
    if (size * 2 > budgets.maxUploadBytes || used + took * 2 > budgets.uploadMs) return best;
    size *= 2;
  }
}
