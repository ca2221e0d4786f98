import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ZoomEnvironment } from '../../electron/services/zoom/environment';
import type { ZoomUser, ZoomUserSummary } from '../../shared/zoom';

/**
 * A small stand-in for Zoom's OAuth endpoints and a few REST routes, on 127.0.0.1, for the Zoom
 * service's unit tests. (The full, spec-faithful sandbox lives in electron/sandbox.)
 */

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly form: Readonly<Record<string, string>>;
  readonly authorization: string | undefined;
}

type Answer = { status: number; body?: unknown; raw?: string; headers?: Record<string, string> };
type Route = (request: RecordedRequest) => Answer;

export interface FakeZoom {
  readonly url: string;
  readonly environment: ZoomEnvironment;
  readonly requests: RecordedRequest[];
  /** `issued <access> <refresh>` and `api <method> <path> <bearer>`, in the order they happened. */
  readonly events: string[];
  me: ZoomUser;
  users: ZoomUserSummary[];
  /** Authorize answers error=access_denied (the person clicked Deny). */
  deny: boolean;
  /** The token endpoint refuses every authorization code. */
  rejectCodes: boolean;
  /** The Server-to-Server OAuth app the fake accepts. */
  accountCredentials: { accountId: string; clientId: string; clientSecret: string };
  /** Adds or replaces a REST route, e.g. `route('GET', '/v2/meetings/1', ...)`. */
  route(method: string, path: string, answer: Route): void;
  /** Makes every access token issued so far invalid (Zoom answers 401 / 124). */
  expireAccessTokens(): void;
  /** Makes every refresh token issued so far invalid (invalid_grant). */
  revokeRefreshTokens(): void;
  /** Plays the browser on the authorize page: returns where Zoom redirects the person. */
  authorize(authorizeUrl: string): Promise<string>;
  tokenRequests(grant?: string): RecordedRequest[];
  close(): Promise<void>;
}

const json = (status: number, body: unknown): Answer => ({ status, body });
const token = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;

/** Starts a fake Zoom for one public client id. */
export async function startFakeZoom(clientId = 'readyroom-demo'): Promise<FakeZoom> {
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const accessTokens = new Set<string>();
  const refreshTokens = new Set<string>();
  const routes = new Map<string, Route>();
  const requests: RecordedRequest[] = [];
  const events: string[] = [];

  const issue = (withRefresh = true): Answer => {
    const access = token('access');
    const refresh = withRefresh ? token('refresh') : undefined;
    accessTokens.add(access);
    if (refresh) refreshTokens.add(refresh);
    events.push(`issued ${access} ${refresh ?? '-'}`);
    return json(200, {
      access_token: access,
      token_type: 'bearer',
      refresh_token: refresh,
      expires_in: 3600,
      scope: 'user:read',
    });
  };

  const tokenRoute: Route = (r) => {
    if (r.form.grant_type === 'account_credentials') {
      const c = fake.accountCredentials;
      const basic = `Basic ${Buffer.from(`${c.clientId}:${c.clientSecret}`).toString('base64')}`;
      if (r.authorization !== basic || r.form.account_id !== c.accountId) {
        return json(400, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
      }
      return issue(false);
    }
    if (r.form.client_id !== clientId || r.authorization) {
      return json(401, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
    }
    if (r.form.grant_type === 'authorization_code') {
      const grant = codes.get(r.form.code ?? '');
      codes.delete(r.form.code ?? '');
      const verifier = r.form.code_verifier ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (
        fake.rejectCodes ||
        !grant ||
        grant.challenge !== challenge ||
        grant.redirectUri !== r.form.redirect_uri
      ) {
        return json(400, { reason: 'Invalid authorization code', error: 'invalid_request' });
      }
      return issue();
    }
    if (r.form.grant_type === 'refresh_token') {
      const old = r.form.refresh_token ?? '';
      if (!refreshTokens.delete(old))
        return json(400, { reason: 'Invalid Token!', error: 'invalid_grant' });
      return issue();
    }
    return json(400, { reason: 'Unsupported grant type', error: 'unsupported_grant_type' });
  };

  routes.set('POST /oauth/token', tokenRoute);
  routes.set('POST /oauth/revoke', (r) => {
    accessTokens.delete(r.form.token ?? '');
    refreshTokens.delete(r.form.token ?? '');
    return json(200, { status: 'success' });
  });
  routes.set('GET /v2/users/me', () => json(200, fake.me));
  routes.set('GET /v2/users', (r) => {
    const size = Number(r.query.page_size ?? 30);
    const start = r.query.next_page_token ? Number(r.query.next_page_token.slice(1)) : 0;
    const page = fake.users.slice(start, start + size);
    const next = start + size < fake.users.length ? `p${start + size}` : '';
    return json(200, {
      page_count: Math.ceil(fake.users.length / size),
      page_size: size,
      total_records: fake.users.length,
      next_page_token: next,
      users: page,
    });
  });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        form: req.headers['content-type']?.includes('urlencoded')
          ? Object.fromEntries(new URLSearchParams(text))
          : {},
        authorization: req.headers.authorization,
      };
      requests.push(recorded);
      if (recorded.method === 'GET' && url.pathname === '/oauth/authorize') {
        const q = recorded.query;
        const target = new URL(q.redirect_uri ?? '');
        if (fake.deny) target.searchParams.set('error', 'access_denied');
        else {
          const code = token('code');
          codes.set(code, { challenge: q.code_challenge ?? '', redirectUri: q.redirect_uri ?? '' });
          target.searchParams.set('code', code);
        }
        target.searchParams.set('state', q.state ?? '');
        res.writeHead(302, { Location: target.toString() }).end();
        return;
      }
      let answer: Answer;
      if (url.pathname.startsWith('/v2/')) {
        const bearer = recorded.authorization?.replace(/^Bearer /, '') ?? '';
        events.push(`api ${recorded.method} ${url.pathname} ${bearer}`);
        answer = accessTokens.has(bearer)
          ? (routes.get(`${recorded.method} ${url.pathname}`)?.(recorded) ??
            json(404, { code: 1001, message: 'User does not exist.' }))
          : json(401, { code: 124, message: 'Invalid access token.' });
      } else {
        answer = routes.get(`${recorded.method} ${url.pathname}`)?.(recorded) ?? json(404, {});
      }
      const body = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
      res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeZoom = {
    url: base,
    environment: { oauthBase: base, apiBase: `${base}/v2`, clientId },
    requests,
    events,
    me: {
      id: 'owner-1',
      email: 'maria@riverside.example',
      first_name: 'Maria',
      last_name: 'Lopez',
      type: 2,
      role_name: 'Owner',
      role_id: '0',
      account_id: 'acct-1',
    },
    users: [],
    deny: false,
    rejectCodes: false,
    accountCredentials: { accountId: 'acct-1', clientId: 's2s-client', clientSecret: 's2s-secret' },
    route: (method, path, answer) => routes.set(`${method} ${path}`, answer),
    expireAccessTokens: () => accessTokens.clear(),
    revokeRefreshTokens: () => refreshTokens.clear(),
    authorize: async (authorizeUrl) => {
      const answer = await fetch(authorizeUrl, { redirect: 'manual' });
      await answer.arrayBuffer();
      return answer.headers.get('location') ?? '';
    },
    tokenRequests: (grant) =>
      requests.filter(
        (r) => r.path === '/oauth/token' && (grant === undefined || r.form.grant_type === grant),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return fake;
}

/** The person's browser, as the sign-in tests play it. */
export interface FakeBrowser {
  /** The port handed to the sign-in service (Electron: shell.openExternal). */
  readonly openBrowser: (url: string) => Promise<void>;
  readonly opened: string[];
  /** The final page each opening ended on (the loopback listener's answer). */
  readonly pages: Array<Promise<string>>;
}

/**
 * A browser that, when `follow` is true, goes to the authorize page, follows Zoom's redirect to the
 * loopback callback and reads the page ReadyRoom answers there.
 */
export function fakeBrowser(fake: FakeZoom, follow = true): FakeBrowser {
  const browser: FakeBrowser = {
    opened: [],
    pages: [],
    openBrowser: async (url) => {
      browser.opened.push(url);
      if (!follow) return;
      const page = fake.authorize(url).then(async (callback) => (await fetch(callback)).text());
      page.catch(() => undefined);
      browser.pages.push(page);
    },
  };
  return browser;
}

/** One request as the scripted fetch saw it, with the fake time it was sent at. */
export interface ScriptedCall {
  readonly at: number;
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: unknown;
}

/** What a script answers: a Response, 'hang' (never answers), or 'network-error'. */
export type ScriptedAnswer = Response | 'hang' | 'network-error';

/**
 * A fetch that answers from a script, in process, so tests can drive time with a ManualClock.
 * `hang` waits until the request is aborted, like a server that never answers.
 */
export function scriptedFetch(
  now: () => number,
  script: (call: ScriptedCall, index: number) => ScriptedAnswer | Promise<ScriptedAnswer>,
) {
  const calls: ScriptedCall[] = [];
  const fetchPort = async (url: string, init: RequestInit): Promise<Response> => {
    const call: ScriptedCall = {
      at: now(),
      method: init.method ?? 'GET',
      url: new URL(url),
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const answer = await script(call, calls.length - 1);
    if (answer === 'network-error') throw new TypeError('fetch failed');
    if (answer !== 'hang') return answer;
    return new Promise<Response>((_resolve, reject) => {
      const signal = init.signal;
      if (signal?.aborted) reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  return { fetch: fetchPort, calls };
}

/** A JSON Response, optionally from raw text (to keep 64-bit numbers as Zoom writes them). */
export function zoomAnswer(
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): Response {
  const text = typeof body === 'string' ? body : body === undefined ? null : JSON.stringify(body);
  return new Response(status === 204 ? null : text, {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}
