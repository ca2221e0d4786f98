import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { isOwnHost, listenOnLoopback } from '../net/loopback-server';
import type { Logger } from '../../shared/logger';
import { handleActivation } from './activation';
import { handleApi } from './api';
import { createSandboxClock, type SandboxClock } from './clock';
import type { RateLimitTier, SandboxScenarioName } from './constants';
import { SandboxContext } from './context';
import { handleControl } from './control-routes';
import { answerNoSoonerThan, sendHtml, sendJson } from './http';
import { handleOAuth } from './oauth-routes';
import { handleMarketplace, marketplacePath } from './marketplace-pages';
import { messagePage } from './pages';
import type { ZoomApiVersion } from './pagination';
import { handleHome, handleMeetingLink } from './site-pages';
import { handleSpeedTest, speedTestPath } from './speed-routes';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly scenario?: SandboxScenarioName;
  /** How many users the large scenario has (default 1,000). */
  readonly users?: number;
  readonly rateLimits?: RateLimitTier;
  readonly log?: Logger;
  /** Sandbox time (tests pass a frozen clock). */
  readonly clock?: SandboxClock;
  /** The secret its control endpoints ask for (default: a random one for this run). */
  readonly controlSecret?: string;
  /** Zoom's 2023 API file (the default) or its 2025 User API file; see pagination.ts. */
  readonly apiVersion?: ZoomApiVersion;
  /** Where the apps built on its Marketplace pages are kept between runs (demo mode). */
  readonly appsFile?: string;
}

export interface RunningSandbox {
  /** http://127.0.0.1:<port>, no trailing slash. */
  readonly url: string;
  readonly port: number;
  /**
   * What the `X-Sandbox-Control` header must carry for a /_sandbox control endpoint (reset,
   * tokens, faults, clock…): only the tests, the bench and whoever started the sandbox know it, so
   * no other web page or local user can hand out tokens or move the clock. The app never needs it.
   */
  readonly controlSecret: string;
  close(): Promise<void>;
}

const silentLog: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function route(
  sandbox: SandboxContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  controlSecret: string,
): Promise<void> {
  const path = url.pathname;
  if (path.startsWith('/_sandbox/')) return handleControl(sandbox, req, res, url, controlSecret);

  const fault = sandbox.faults.decide(path);
  // Zoom's answers (its API and OAuth) come the latency after the request arrived, the work
  // included; everything else (the speed test streams its bytes) waits the latency first.
  const answersInOnePiece = path === '/v2' || path.startsWith('/v2/') || path.startsWith('/oauth/');
  if (fault.latencyMs > 0 && fault.kind !== 'drop' && answersInOnePiece)
    answerNoSoonerThan(res, performance.now() + fault.latencyMs);
  else if (fault.latencyMs > 0) await sleep(fault.latencyMs);
  if (fault.kind === 'drop') {
    req.socket.destroy();
    return;
  }
  if (fault.kind === 'error') {
    const headers: Record<string, string> = fault.status === 429 ? { 'Retry-After': '1' } : {};
    return sendJson(
      res,
      fault.status,
      { code: fault.status, message: 'Injected by the Zoom sandbox.' },
      headers,
    );
  }

  if (path === '/v2' || path.startsWith('/v2/')) return handleApi(sandbox, req, res, url);
  if (path.startsWith('/oauth/')) return handleOAuth(sandbox, req, res, url);
  if (path.startsWith(`${speedTestPath}/`)) return handleSpeedTest(sandbox, req, res, url);
  const activation = /^\/activate\/([^/]+)$/.exec(path);
  if (activation?.[1] && (req.method === 'GET' || req.method === 'POST'))
    return handleActivation(sandbox, req, res, activation[1]);
  const meetingLink = /^\/(j|s)\/([^/]+)$/.exec(path);
  if (meetingLink?.[2] && req.method === 'GET')
    return handleMeetingLink(sandbox, res, meetingLink[1] === 's' ? 's' : 'j', meetingLink[2]);
  if (path === marketplacePath || path.startsWith(`${marketplacePath}/`))
    return handleMarketplace(sandbox, req, res, path);
  if (path === '/' && req.method === 'GET') return handleHome(sandbox, res);
  sendHtml(res, 404, messagePage('Not found', ['The Zoom sandbox has no page at this address.']));
}

/**
 * Starts the Zoom sandbox on 127.0.0.1: OAuth, REST v2, the mailbox and activation pages, and
 * the /_sandbox control endpoints, all over one scenario and one sandbox clock.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const log = options.log ?? silentLog;
  const sandbox = new SandboxContext(
    options.clock ?? createSandboxClock(),
    log,
    options.scenario ?? 'nonprofit',
    options.users,
    options.rateLimits ?? 'pro',
    options.appsFile ?? null,
  );
  if (options.apiVersion) sandbox.apiVersion = options.apiVersion;
  const controlSecret = options.controlSecret ?? randomBytes(24).toString('base64url');
  let port = 0;

  const server = http.createServer((req, res) => {
    // Other web pages could reach a loopback server through DNS rebinding; a foreign Host stops that.
    if (!isOwnHost(req, port)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Forbidden');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    route(sandbox, req, res, url, controlSecret).catch((error: unknown) => {
      log.error('The Zoom sandbox failed to answer a request', {
        path: url.pathname.slice(0, 200),
        error: String(error),
      });
      if (!res.headersSent)
        sendJson(res, 500, { code: 500, message: 'Internal error in the Zoom sandbox.' });
      else res.end();
    });
  });

  const listening = await listenOnLoopback(server, options.port ?? 0);
  port = listening.port;
  const url = `http://127.0.0.1:${port}`;
  sandbox.baseUrl = url;
  log.info('Zoom sandbox started', { url, scenario: sandbox.state.scenario });

  return { url, port, controlSecret, close: () => listening.close() };
}
