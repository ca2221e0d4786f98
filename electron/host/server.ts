import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../services/api';
import { contentSecurityPolicy } from '../services/csp';
import { dispatchCall } from '../services/dispatch';
import type { Logger } from '../services/log';

export interface HostOptions {
  /** 0 picks any free port. */
  readonly port: number;
  /** The built renderer (dist/renderer). */
  readonly rendererDir: string;
  readonly backend: Backend;
  readonly log: Logger;
  /** Fixed token for tests; a random one otherwise. */
  readonly token?: string;
}

export interface RunningHost {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const maxBodyBytes = 64 * 1024;
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > maxBodyBytes) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser host: the built renderer and the same backend as Electron, over HTTP on 127.0.0.1.
 * Calls need the per-run token in a header (so other web pages cannot post to it), and requests
 * whose Host is not our loopback address are refused (so DNS rebinding cannot reach it).
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const { backend, log } = options;
  const rendererDir = path.resolve(options.rendererDir);
  const indexHtml = await fs.readFile(path.join(rendererDir, 'index.html'), 'utf8');
  const page = indexHtml.replace(
    '</head>',
    `<meta name="readyroom-host-token" content="${token}"></head>`,
  );
  let port = 0;

  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('The browser host failed to answer a request', { error: String(error) });
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal' } });
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      log.warn('Refused a request with a foreign Host header', {
        host: String(req.headers.host).slice(0, 100),
      });
      return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!sameToken(url.searchParams.get('token'), token))
        return sendJson(res, 401, { ok: false, error: { code: 'untrusted-sender' } });
      res.writeHead(200, {
        ...securityHeaders,
        'Content-Type': 'text/event-stream',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      const unsubscribe = backend.events.subscribe((event) => {
        res.write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': still here\n\n'), 25_000);
      req.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST')
        return sendJson(res, 405, { ok: false, error: { code: 'unknown-call' } });
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) {
        log.warn('Refused a call from another origin', { origin: origin.slice(0, 100) });
        return sendJson(res, 403, { ok: false, error: { code: 'untrusted-sender' } });
      }
      const given = req.headers['x-readyroom-token'];
      if (!sameToken(typeof given === 'string' ? given : null, token)) {
        log.warn('Refused a call without the right token', { path: url.pathname.slice(0, 100) });
        return sendJson(res, 401, { ok: false, error: { code: 'untrusted-sender' } });
      }
      const body = await readBody(req);
      if (body === null)
        return sendJson(res, 413, {
          ok: false,
          error: { code: 'invalid-arguments', detail: 'Too large' },
        });
      let args: unknown = {};
      if (body.trim() !== '') {
        try {
          args = JSON.parse(body);
        } catch {
          return sendJson(res, 400, {
            ok: false,
            error: { code: 'invalid-arguments', detail: 'Not JSON' },
          });
        }
      }
      const envelope = await dispatchCall(
        backend.handlers,
        url.pathname.slice('/api/'.length),
        args,
        log,
      );
      return sendJson(res, 200, envelope);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (url.pathname === '/' || url.pathname === '/index.html')
      return send(res, 200, contentTypes['.html']!, page);

    const file = path.resolve(rendererDir, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(rendererDir + path.sep))
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    try {
      const data = await fs.readFile(file);
      return send(res, 200, contentTypes[path.extname(file)] ?? 'application/octet-stream', data);
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
