import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import {
  decodedPath,
  isClientGone,
  isOwnHost,
  listenOnLoopback,
  readBody,
} from '../net/loopback-server';
import { MESSAGE_MAX_BYTES } from '../../shared/limits';
import { languageOf, renderDoorPage } from './door-page';
import { createLaunchCodes, type LaunchCodes } from './launch-codes';
import type { Backend } from '../services/backend';
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
  /** The address to open: `http://127.0.0.1:<port>/?code=<one-time code>`. */
  readonly url: string;
  /** `http://127.0.0.1:<port>/`, which only a browser that opened a launch address may use. */
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  /** Another one-time address (for a second browser; each opens once). */
  newLaunchUrl(): string;
  close(): Promise<void>;
}

/**
 * The largest call body (1 MiB). Well above any argument the contract accepts: a pasted link of
 * MESSAGE_MAX_BYTES characters can take several times that as JSON (UTF-8, escapes), and it must
 * reach the handler to get its own plain "too big" answer, not fail here as a request nobody
 * understood.
 */
const maxBodyBytes = 16 * MESSAGE_MAX_BYTES;
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

/**
 * The browser host: the built renderer and the same backend as Electron, over HTTP on 127.0.0.1.
 * The page and every call need the cookie a launch address gives (so other people on this computer
 * cannot use it, see launch-codes.ts); calls also need the per-run token in a header (so other web
 * pages cannot post to it); requests whose Host is not our loopback address are refused (so DNS
 * rebinding cannot reach it).
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
  let doors: LaunchCodes | null = null;
  const allowedOrigins = () => [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (isClientGone(error)) {
        log.info('A browser went away before the host answered');
      } else {
        log.error('The browser host failed to answer a request', { error: String(error) });
      }
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal' } });
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isOwnHost(req, port)) {
      log.warn('Refused a request with a foreign Host header', {
        host: String(req.headers.host).slice(0, 100),
      });
      return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const admitted = doors?.admits(req) === true;

    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!admitted || !sameToken(url.searchParams.get('token'), token))
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
      if (origin !== undefined && !allowedOrigins().includes(origin)) {
        log.warn('Refused a call from another origin', { origin: origin.slice(0, 100) });
        return sendJson(res, 403, { ok: false, error: { code: 'untrusted-sender' } });
      }
      const given = req.headers['x-readyroom-token'];
      if (!admitted || !sameToken(typeof given === 'string' ? given : null, token)) {
        log.warn('Refused a call without the right cookie and token', {
          path: url.pathname.slice(0, 100),
        });
        return sendJson(res, 401, { ok: false, error: { code: 'untrusted-sender' } });
      }
      const body = await readBody(req, maxBodyBytes);
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
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const code = url.searchParams.get('code');
      const cookie = code === null ? null : (doors?.redeem(code) ?? null);
      if (cookie !== null || (code !== null && admitted)) {
        // Drop the code from the address bar (and from the browser's history).
        res.writeHead(303, {
          ...securityHeaders,
          Location: '/',
          ...(cookie ? { 'Set-Cookie': cookie } : {}),
        });
        return void res.end();
      }
      if (admitted) return send(res, 200, contentTypes['.html']!, page);
      log.warn('Refused the page to a browser that did not open a launch address');
      return send(
        res,
        403,
        contentTypes['.html']!,
        renderDoorPage(languageOf(req.headers['accept-language'])),
      );
    }

    const decoded = decodedPath(url);
    if (decoded === null) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
    const file = path.resolve(rendererDir, `.${decoded}`);
    if (!file.startsWith(rendererDir + path.sep))
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    try {
      const data = await fs.readFile(file);
      return send(res, 200, contentTypes[path.extname(file)] ?? 'application/octet-stream', data);
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  }

  const listening = await listenOnLoopback(server, options.port);
  port = listening.port;
  const launchCodes = createLaunchCodes(port);
  doors = launchCodes;
  const origin = `http://127.0.0.1:${port}/`;
  const newLaunchUrl = () => `${origin}?code=${launchCodes.issue()}`;

  return {
    url: newLaunchUrl(),
    origin,
    port,
    token,
    newLaunchUrl,
    close: () => listening.close(),
  };
}
