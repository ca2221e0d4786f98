import type http from 'node:http';
import type { SandboxContext } from './context';
import { sendEmpty, sendJson } from './http';

/**
 * The demo Zoom's speed test, for ReadyRoom's connection check (issue 12, part 4). Real Zoom has
 * no such public endpoints (see docs/zoom-facts-wizard.md §2): these exist only in the sandbox,
 * so the check can be shown and tested with a slow line. They go through the standing faults like
 * every Zoom path (latency, dropped connections), need no control secret (the app calls them),
 * and with the `throughputKbps` fault their bodies are paced to that line speed each way.
 *
 * - `GET /speedtest/ping`: an empty answer, for round-trip times.
 * - `GET /speedtest/download?bytes=N`: N bytes (at most 8 MiB).
 * - `POST /speedtest/upload`: reads the body (at most 8 MiB), answers `{ received }`.
 */
export const speedTestPath = '/speedtest';

const maxBytes = 8 * 1024 * 1024;
/** Small pieces when paced, so a slow line looks like a slow line and not like bursts. */
const pacedChunkBytes = 2 * 1024;
const fastChunkBytes = 64 * 1024;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long `bytes` take on a line of `kbps` kilobits per second, in milliseconds. */
function lineTimeMs(bytes: number, kbps: number): number {
  return (bytes * 8) / kbps;
}

async function sendBody(sandbox: SandboxContext, res: http.ServerResponse, bytes: number) {
  const kbps = sandbox.faults.throughputKbps();
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(bytes),
    'Cache-Control': 'no-store',
  });
  let closed = false;
  res.on('close', () => {
    closed = true;
  });
  const chunkSize = kbps === null ? fastChunkBytes : pacedChunkBytes;
  const chunk = Buffer.alloc(chunkSize, 0x5a);
  const started = Date.now();
  let sent = 0;
  while (sent < bytes && !closed) {
    const size = Math.min(chunkSize, bytes - sent);
    const more = res.write(size === chunkSize ? chunk : chunk.subarray(0, size));
    sent += size;
    if (kbps !== null) {
      const wait = started + lineTimeMs(sent, kbps) - Date.now();
      if (wait > 0) await sleep(wait);
    } else if (!more) await new Promise<void>((resolve) => res.once('drain', () => resolve()));
  }
  if (!closed) res.end();
}

async function receiveBody(
  sandbox: SandboxContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const started = Date.now();
  let received = 0;
  let tooLarge = false;
  await new Promise<void>((resolve, reject) => {
    req.on('data', (piece: Buffer) => {
      received += piece.length;
      if (received > maxBytes) tooLarge = true;
    });
    req.on('end', () => resolve());
    req.on('error', reject);
  });
  if (tooLarge) {
    sendJson(res, 413, { code: 413, message: 'The speed test takes at most 8 MiB.' });
    return;
  }
  // A slow line: the answer comes once the bytes could have crossed it.
  const kbps = sandbox.faults.throughputKbps();
  if (kbps !== null) {
    const wait = started + lineTimeMs(received, kbps) - Date.now();
    if (wait > 0) await sleep(wait);
  }
  sendJson(res, 200, { received });
}

/** Answers a request under /speedtest. */
export async function handleSpeedTest(
  sandbox: SandboxContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): Promise<void> {
  const path = url.pathname;
  if (path === `${speedTestPath}/ping` && (req.method === 'GET' || req.method === 'HEAD'))
    return sendEmpty(res, 204);
  if (path === `${speedTestPath}/download` && req.method === 'GET') {
    const bytes = Number(url.searchParams.get('bytes') ?? '0');
    if (!Number.isInteger(bytes) || bytes < 1 || bytes > maxBytes)
      return sendJson(res, 400, { code: 300, message: 'bytes must be 1 to 8388608.' });
    return sendBody(sandbox, res, bytes);
  }
  if (path === `${speedTestPath}/upload` && req.method === 'POST')
    return receiveBody(sandbox, req, res);
  sendJson(res, 404, { code: 404, message: 'The speed test has no such address.' });
}
