import type { Language } from '../../../shared/settings';
import type { ZoomUser } from '../../../shared/zoom';
import type { Logger } from '../log';
import type { SecretStore } from '../secrets/secret-store';
import type { Clock } from './clock';
import type { ZoomEnvironment } from './environment';
import type { AccessTokenSource } from './zoom-http';
import type { AccountCredentials, TokenSet, ZoomOAuthEndpoints } from './oauth-endpoints';
import type { RandomBytes } from './pkce';
import { sessionFromUser, type Session, type SessionListener } from './session';
import { failureCode, startSignInAttempt } from './sign-in-attempt';
import { SingleSignIn } from './single-sign-in';
import { StoredSignIn } from './stored-sign-in';
import { isZoomError, ZoomError, type ZoomErrorCode } from './zoom-errors';

/** How the last sign-in failed, as the connection doctor reads it (no token, no code). */
export interface SignInFailure {
  readonly code: ZoomErrorCode;
  readonly status: number | undefined;
  /** Zoom's own words (e.g. "Invalid client_id or client_secret"), when it answered. */
  readonly zoomMessage: string | undefined;
  /** For 'missing-scopes': the scopes Zoom named as missing. */
  readonly scopes: ReadonlyArray<string>;
  /** When a token came back but could not be used: the scopes it was granted. */
  readonly grantedScope: string | null;
}

/** Opens a URL in the system browser (Electron: shell.openExternal; browser host: a new tab). */
export type OpenBrowser = (url: string) => Promise<void>;

export interface ZoomAuthOptions {
  readonly environment: ZoomEnvironment;
  readonly endpoints: ZoomOAuthEndpoints;
  readonly secrets: SecretStore;
  readonly openBrowser: OpenBrowser;
  /** `GET /users/me` with the tokens this service holds (the Zoom client, wired by the caller). */
  readonly fetchProfile: () => Promise<ZoomUser>;
  readonly clock: Clock;
  readonly log: Logger;
  readonly language: () => Language;
  readonly signInTimeoutMs?: number;
  /** Refresh this long before the access token expires. */
  readonly refreshMarginMs?: number;
  readonly random?: RandomBytes;
}

/**
 * Who is signed in to Zoom, and the tokens that prove it. Tokens never leave this service: the
 * rest of the app sees a Session, and the Zoom client asks here for an access token.
 */
export class ZoomAuth implements AccessTokenSource {
  readonly #o: ZoomAuthOptions;
  readonly #stored: StoredSignIn;
  readonly #listeners = new Set<SessionListener>();
  #tokens: TokenSet | null = null;
  #account: AccountCredentials | null = null;
  #session: Session | null = null;
  #lastSignInFailure: SignInFailure | null = null;
  /** The scopes of a token that came back but could not be used (who signed in was not readable). */
  #unusableScope: string | null = null;
  readonly #signIn: SingleSignIn<Session>;
  #renewing: Promise<TokenSet> | null = null;
  /** Bumped on every sign-out/end, so a refresh that finishes late cannot bring tokens back. */
  #generation = 0;

  constructor(options: ZoomAuthOptions) {
    this.#o = options;
    this.#stored = new StoredSignIn(options.secrets, options.environment, options.log);
    this.#signIn = new SingleSignIn(
      () =>
        startSignInAttempt({
          endpoints: options.endpoints,
          clock: options.clock,
          log: options.log,
          language: options.language,
          timeoutMs: options.signInTimeoutMs,
          random: options.random,
        }),
      (tokens) => this.#install(tokens, 'user', this.#generation, true),
      (error) => {
        const code = failureCode(error);
        options.log.warn('Sign-in did not finish', { code });
        this.#lastSignInFailure = {
          code,
          status: isZoomError(error) ? error.status : undefined,
          zoomMessage: isZoomError(error) ? error.zoomMessage?.slice(0, 300) : undefined,
          scopes: isZoomError(error) ? error.scopes : [],
          grantedScope: this.#unusableScope,
        };
        this.#unusableScope = null;
      },
    );
  }

  /** Who is signed in, or null. */
  get session(): Session | null {
    return this.#session;
  }

  /**
   * The scopes Zoom granted the current token (its `scope`, space-separated), or null when no one
   * is signed in or Zoom did not say. Read by the connection doctor; never a token.
   */
  grantedScope(): string | null {
    return this.#tokens?.scope ?? null;
  }

  /** How the last sign-in through the browser failed, until one succeeds; null otherwise. */
  get lastSignInFailure(): SignInFailure | null {
    return this.#lastSignInFailure;
  }

  /** Calls `listener` whenever the session changes; returns the unsubscribe function. */
  onSessionChange(listener: SessionListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Restores the last session from the SecretStore at start-up; null when there is none. */
  async restore(): Promise<Session | null> {
    const refreshToken = await this.#stored.loadRefreshToken();
    if (refreshToken) {
      const generation = this.#generation;
      let tokens: TokenSet;
      try {
        tokens = await this.#o.endpoints.refresh(refreshToken);
      } catch (error) {
        if (isZoomError(error) && error.code === 'session-expired') {
          await this.#end('The stored Zoom sign-in is no longer valid');
          return null;
        }
        throw error;
      }
      const restored = { ...tokens, refreshToken: tokens.refreshToken ?? refreshToken };
      return this.#install(restored, 'user', generation, false);
    }
    const account = await this.#stored.loadAccount();
    if (!account) return null;
    try {
      return await this.#connect(account, false);
    } catch (error) {
      if (!isZoomError(error) || error.code !== 'account-credentials-rejected') throw error;
      await this.#end('Zoom no longer accepts the stored Server-to-Server credentials');
      return null;
    }
  }

  /**
   * Signs in through the system browser. A second call while one runs returns the same attempt
   * and opens its page again. If no browser opens, this fails with 'browser-not-opened' (carrying
   * the URL to copy) while the attempt keeps waiting until its time-out.
   */
  async signIn(): Promise<Session> {
    const { page, result } = this.beginSignIn();
    await this.openSignInPage(await page);
    return result;
  }

  /**
   * Begins a sign-in, or rejoins the one running: `page` is the Zoom page's address once the
   * loopback listener is ready, `result` who signed in once the person is back.
   */
  beginSignIn(): { readonly page: Promise<string>; readonly result: Promise<Session> } {
    const attempt = this.#signIn.begin();
    return { page: attempt.ready.then((p) => p.authorizeUrl), result: attempt.result };
  }

  /** Opens the Zoom page in the browser; fails with 'browser-not-opened', carrying the link. */
  async openSignInPage(url: string): Promise<void> {
    try {
      await this.#o.openBrowser(url);
    } catch (cause) {
      this.#o.log.warn('The browser could not be opened for sign-in');
      throw new ZoomError('browser-not-opened', { url, cause });
    }
  }

  /** The sign-in in progress (its URL, to show or copy) or null. */
  currentSignIn(): { readonly authorizeUrl: string; readonly result: Promise<Session> } | null {
    const attempt = this.#signIn.current;
    return attempt?.authorizeUrl
      ? { authorizeUrl: attempt.authorizeUrl, result: attempt.result }
      : null;
  }

  /** Stops the sign-in in progress, if any; its promise fails with 'sign-in-cancelled'. */
  cancelSignIn(): void {
    this.#signIn.cancel();
  }

  /** Connects with an admin's Server-to-Server OAuth app; the three values are kept as secrets. */
  connectAccount(credentials: AccountCredentials): Promise<Session> {
    return this.#connect(credentials, true);
  }

  async #connect(credentials: AccountCredentials, fresh: boolean): Promise<Session> {
    const generation = this.#generation;
    const tokens = await this.#o.endpoints.accountCredentials(credentials);
    if (fresh) await this.#stored.saveAccount(credentials);
    this.#account = credentials;
    return this.#install({ ...tokens, refreshToken: undefined }, 'account', generation, fresh);
  }

  /** Revokes the tokens at Zoom, then forgets them here even if Zoom could not be reached. */
  async signOut(): Promise<void> {
    this.cancelSignIn();
    const tokens = this.#tokens;
    const account = this.#account;
    this.#generation += 1;
    this.#tokens = null;
    this.#account = null;
    try {
      if (tokens) {
        // The access token while it is valid; once expired, only the refresh token still means anything.
        const stillValid = this.#o.clock.now() < tokens.expiresAt;
        const token = stillValid || !tokens.refreshToken ? tokens.accessToken : tokens.refreshToken;
        const revoked = await this.#o.endpoints.revoke(token, account ?? undefined);
        if (!revoked)
          this.#o.log.warn('Zoom did not confirm the sign-out; the tokens are forgotten here');
      }
    } finally {
      await this.#end('Signed out');
    }
  }

  /** A valid access token, renewed shortly before it expires (AccessTokenSource). */
  async getAccessToken(): Promise<string> {
    const tokens = this.#tokens;
    if (!tokens) throw new ZoomError('not-signed-in');
    const margin = this.#o.refreshMarginMs ?? 5 * 60 * 1000;
    if (this.#o.clock.now() < tokens.expiresAt - margin) return tokens.accessToken;
    return (await this.#renew()).accessToken;
  }

  /** Zoom refused `rejected` (401 / code 124): renew once, unless someone already did. */
  async handleUnauthorized(rejected: string): Promise<void> {
    const tokens = this.#tokens;
    if (!tokens) throw new ZoomError('not-signed-in');
    if (tokens.accessToken !== rejected) return;
    await this.#renew();
  }

  /** One renewal at a time: concurrent callers share it. */
  #renew(): Promise<TokenSet> {
    this.#renewing ??= this.#renewOnce().finally(() => {
      this.#renewing = null;
    });
    return this.#renewing;
  }

  async #renewOnce(): Promise<TokenSet> {
    const current = this.#tokens;
    if (!current) throw new ZoomError('not-signed-in');
    const generation = this.#generation;
    const account = this.#account;
    let next: TokenSet;
    try {
      if (account) next = await this.#o.endpoints.accountCredentials(account);
      else if (current.refreshToken) next = await this.#o.endpoints.refresh(current.refreshToken);
      else throw new ZoomError('session-expired');
    } catch (error) {
      const dead =
        isZoomError(error) &&
        (error.code === 'session-expired' || error.code === 'account-credentials-rejected');
      // A dead credential ends the session once; nothing retries it.
      if (dead && generation === this.#generation)
        await this.#end('Zoom no longer accepts the sign-in');
      throw error;
    }
    if (!account) {
      next = { ...next, refreshToken: next.refreshToken ?? current.refreshToken };
      if (next.scope === undefined && current.scope !== undefined)
        next = { ...next, scope: current.scope };
      // The old refresh token is dead now: keep the new one before the new access token is used.
      if (next.refreshToken) await this.#stored.saveRefreshToken(next.refreshToken);
    }
    if (generation !== this.#generation) throw new ZoomError('not-signed-in');
    this.#tokens = next;
    return next;
  }

  /**
   * Saves the refresh token, then uses the tokens to learn who signed in. If that fails, a fresh
   * sign-in is forgotten; a restored one stays stored, so a network blip at start-up costs nothing.
   */
  async #install(
    tokens: TokenSet,
    kind: Session['kind'],
    generation: number,
    fresh: boolean,
  ): Promise<Session> {
    if (tokens.refreshToken) await this.#stored.saveRefreshToken(tokens.refreshToken);
    if (kind === 'user') await this.#stored.clearAccount();
    else await this.#stored.clearRefreshToken();
    if (generation !== this.#generation) throw new ZoomError('sign-in-cancelled');
    this.#tokens = tokens;
    try {
      const session = sessionFromUser(await this.#o.fetchProfile(), kind);
      this.#lastSignInFailure = null;
      this.#setSession(session);
      return session;
    } catch (error) {
      this.#tokens = null;
      this.#account = null;
      if (fresh && kind === 'user') this.#unusableScope = tokens.scope ?? null;
      if (fresh && kind === 'user') await this.#stored.clearRefreshToken();
      if (fresh && kind === 'account') await this.#stored.clearAccount();
      throw error;
    }
  }

  async #end(reason: string): Promise<void> {
    this.#generation += 1;
    this.#tokens = null;
    this.#account = null;
    await this.#stored.clearAll();
    this.#o.log.info(reason);
    this.#setSession(null);
  }

  #setSession(session: Session | null): void {
    if (session === null && this.#session === null) return;
    this.#session = session;
    for (const listener of this.#listeners) listener(session);
  }
}
