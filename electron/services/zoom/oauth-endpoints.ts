import type { Clock } from './clock';
import type { ZoomEnvironment } from './environment';
import { noAnswerCode } from './network-failure';
import { ZoomError, type ZoomErrorCode } from './zoom-errors';
import { ZoomTokenAnswer, ZoomTokenError } from './zoom-schemas';

/** The fetch the services use (global fetch in production, a fake in tests). */
export type FetchPort = (url: string, init: RequestInit) => Promise<Response>;

/** Tokens as the services keep them: never outside the main process. */
export interface TokenSet {
  readonly accessToken: string;
  /** Absent for Server-to-Server OAuth. */
  readonly refreshToken: string | undefined;
  /** Epoch ms at which Zoom stops accepting the access token. */
  readonly expiresAt: number;
  /**
   * The scopes Zoom granted (the answer's `scope`: space-separated names); undefined when Zoom
   * sent none. Not a secret (they are the app's settings), so the connection doctor may show them.
   */
  readonly scope?: string;
}

export interface AccountCredentials {
  readonly accountId: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface OAuthEndpointsOptions {
  readonly environment: ZoomEnvironment;
  readonly fetch: FetchPort;
  readonly clock: Clock;
  readonly timeoutMs?: number;
}

interface RawAnswer {
  readonly status: number;
  readonly json: unknown;
}

const basic = (id: string, secret: string): string =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

/** Whether a token-endpoint refusal means the refresh token is dead (revoked, used, expired). */
function isInvalidGrant(status: number, json: unknown): boolean {
  if (status !== 400 && status !== 401) return false;
  const body = ZoomTokenError.safeParse(json);
  if (!body.success) return false;
  const { error, code, reason } = body.data;
  return error === 'invalid_grant' || code === 4711 || /invalid token/i.test(reason ?? '');
}

/** Zoom's OAuth endpoints (authorize URL, token, revoke) for one environment. */
export class ZoomOAuthEndpoints {
  readonly #env: ZoomEnvironment;
  readonly #fetch: FetchPort;
  readonly #clock: Clock;
  readonly #timeoutMs: number;

  constructor(options: OAuthEndpointsOptions) {
    this.#env = options.environment;
    this.#fetch = options.fetch;
    this.#clock = options.clock;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** The page the system browser opens (authorization code + PKCE S256). */
  authorizeUrl(p: { redirectUri: string; challenge: string; state: string }): string {
    const url = new URL('/oauth/authorize', this.#env.oauthBase);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.#env.clientId,
      redirect_uri: p.redirectUri,
      code_challenge: p.challenge,
      code_challenge_method: 'S256',
      state: p.state,
    }).toString();
    return url.toString();
  }

  /** Trades the authorization code for tokens (public client: client_id in the body, no secret). */
  async exchangeCode(p: {
    code: string;
    redirectUri: string;
    verifier: string;
  }): Promise<TokenSet> {
    const answer = await this.#post('/oauth/token', {
      grant_type: 'authorization_code',
      code: p.code,
      redirect_uri: p.redirectUri,
      code_verifier: p.verifier,
      client_id: this.#env.clientId,
    });
    return this.#tokens(answer, 'sign-in-code-rejected');
  }

  /** Trades a refresh token for new tokens; a dead refresh token fails with 'session-expired'. */
  async refresh(refreshToken: string): Promise<TokenSet> {
    const answer = await this.#post('/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: this.#env.clientId,
    });
    if (isInvalidGrant(answer.status, answer.json)) {
      throw new ZoomError('session-expired', { status: answer.status });
    }
    return this.#tokens(answer, 'zoom-error');
  }

  /** Server-to-Server OAuth: an account token from the admin's own app credentials. */
  async accountCredentials(c: AccountCredentials): Promise<TokenSet> {
    const answer = await this.#post(
      '/oauth/token',
      { grant_type: 'account_credentials', account_id: c.accountId },
      { Authorization: basic(c.clientId, c.clientSecret) },
    );
    return this.#tokens(answer, 'account-credentials-rejected');
  }

  /** Asks Zoom to forget a token; resolves either way and reports whether Zoom agreed. */
  async revoke(token: string, credentials?: AccountCredentials): Promise<boolean> {
    const form: Record<string, string> = { token };
    const headers: Record<string, string> = {};
    if (credentials) headers.Authorization = basic(credentials.clientId, credentials.clientSecret);
    else form.client_id = this.#env.clientId;
    try {
      const answer = await this.#post('/oauth/revoke', form, headers);
      return answer.status >= 200 && answer.status < 300;
    } catch {
      return false;
    }
  }

  #tokens(answer: RawAnswer, refusal: ZoomErrorCode): TokenSet {
    if (answer.status >= 500) throw new ZoomError('zoom-unavailable', { status: answer.status });
    if (answer.status < 200 || answer.status >= 300) {
      const body = ZoomTokenError.safeParse(answer.json);
      const reason = body.success
        ? (body.data.reason ?? body.data.error_description ?? body.data.message ?? body.data.error)
        : undefined;
      throw new ZoomError(refusal, {
        status: answer.status,
        zoomCode: body.success ? body.data.code : undefined,
        zoomMessage: reason,
      });
    }
    const parsed = ZoomTokenAnswer.safeParse(answer.json);
    if (!parsed.success) throw new ZoomError('zoom-answer-invalid', { status: answer.status });
    return {
      accessToken: parsed.data.access_token,
      refreshToken: parsed.data.refresh_token,
      expiresAt: this.#clock.now() + parsed.data.expires_in * 1000,
      ...(parsed.data.scope === undefined ? {} : { scope: parsed.data.scope }),
    };
  }

  async #post(
    path: string,
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<RawAnswer> {
    const controller = new AbortController();
    const cancelTimer = this.#clock.setTimeout(() => controller.abort(), this.#timeoutMs);
    try {
      const response = await this.#fetch(new URL(path, this.#env.oauthBase).toString(), {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
          ...headers,
        },
        body: new URLSearchParams(form).toString(),
        signal: controller.signal,
        redirect: 'error',
      });
      const text = await response.text();
      let json: unknown = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = null;
      }
      return { status: response.status, json };
    } catch (error) {
      throw new ZoomError(noAnswerCode(error, controller.signal.aborted), { cause: error });
    } finally {
      cancelTimer();
    }
  }
}
