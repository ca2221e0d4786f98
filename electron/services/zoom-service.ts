import type { SessionInfo } from '../../shared/api';
import { isNoAnswer, type ErrorCode } from '../../shared/errors';
import type { Language } from '../../shared/settings';
import type { EventHub } from './events';
import type { Logger } from './log';
import type { SecretStore } from './secrets/secret-store';
import type { ZoomEnvironment } from './zoom/environment';
import type { FetchPort } from './zoom/oauth-endpoints';
import type { Session } from './zoom/session';
import { failureCode } from './zoom/sign-in-attempt';
import { follows, sessionInfo, withSession, type SignInState } from './zoom/sign-in-state';
import type { SignedInZoom } from './zoom/signed-in-zoom';
import type { SignInFailure } from './zoom/zoom-auth';
import type { ZoomClient } from './zoom/zoom-client';
import { createZoomConnection, type ZoomConnection } from './zoom/zoom-connection';

export interface ZoomServicePorts {
  readonly environment: ZoomEnvironment;
  readonly secrets: SecretStore;
  /** Opens the sign-in page: Electron's shell, or nothing in the browser host (the page opens a tab). */
  readonly openBrowser: (url: string) => Promise<void>;
  /** True in the browser host: the page must open the sign-in page itself. */
  readonly opensInTab: boolean;
  readonly events: EventHub;
  readonly log: Logger;
  readonly language: () => Language;
  readonly fetch?: FetchPort;
}

/**
 * The person's Zoom sign-in as one state (see sign-in-state.ts), over one Zoom connection that can
 * be pointed at another Zoom. Every change of state is announced as `sessionChanged`.
 */
export class ZoomService implements SignedInZoom {
  readonly #ports: ZoomServicePorts;
  #environment: ZoomEnvironment;
  #connection: ZoomConnection;
  #state: SignInState = { kind: 'idle' };
  /** A stored sign-in that could not be restored for want of Zoom: `resume` tries it again. */
  #restorePending = false;
  #resuming: Promise<void> | null = null;

  constructor(ports: ZoomServicePorts) {
    this.#ports = ports;
    this.#environment = ports.environment;
    this.#connection = this.#connect(ports.environment);
  }

  /** The Zoom ReadyRoom talks to now. */
  get environment(): ZoomEnvironment {
    return this.#environment;
  }

  /** demo: the sandbox; zoom: a real Zoom account. */
  /**
   * demo: the demo Zoom this copy started (its own app, or an app built on its Marketplace pages,
   * which signs in there too), so every screen says it is the demo; zoom: a real Zoom account.
   */
  get mode(): 'demo' | 'zoom' {
    const environment = this.#environment;
    return environment.clientId === 'readyroom-demo' || environment.demo ? 'demo' : 'zoom';
  }

  /** Who is signed in now, or null. */
  signedIn(): Session | null {
    return this.#state.kind === 'signed-in' ? this.#state.session : null;
  }

  /** What the connection doctor reads about the current sign-in: granted scopes, last failure. */
  connectionFacts(): {
    readonly grantedScope: string | null;
    readonly lastSignInFailure: SignInFailure | null;
  } {
    const auth = this.#connection.auth;
    return { grantedScope: auth.grantedScope(), lastSignInFailure: auth.lastSignInFailure };
  }

  /** The REST client for the current Zoom. */
  client(): ZoomClient {
    return this.#connection.client;
  }

  /** What the UI may know about the session. */
  info(): SessionInfo {
    return sessionInfo(this.#state, this.#ports.secrets.backend);
  }

  /**
   * Points ReadyRoom at another Zoom (the organisation's app, or back to the demo): any sign-in in
   * progress stops, and a sign-in stored for that Zoom is restored.
   */
  async switchEnvironment(environment: ZoomEnvironment): Promise<void> {
    this.#connection.auth.cancelSignIn();
    // Nothing carries over to the other Zoom; `restore` announces what it finds there.
    this.#state = { kind: 'idle' };
    this.#environment = environment;
    this.#connection = this.#connect(environment);
    await this.restore();
  }

  /**
   * Restores a stored sign-in at start-up. If Zoom could not be asked (offline, say), the stored
   * sign-in is kept, the reason is the state, and `resume` tries again later; never stuck.
   */
  async restore(): Promise<void> {
    this.#restorePending = false;
    const connection = this.#connection;
    try {
      await connection.auth.restore();
    } catch (error) {
      this.#ports.log.warn('Could not restore the Zoom sign-in', { error: String(error) });
      const reason = failureCode(error);
      const settled = this.#state.kind === 'idle' || this.#state.kind === 'failed';
      if (connection === this.#connection && settled && couldNotAsk(reason)) {
        this.#restorePending = true;
        this.#state = { kind: 'failed', reason };
      }
    }
    this.#announce();
  }

  /** Tries a start-up restore again when the last one could not reach Zoom; else does nothing. */
  async resume(): Promise<void> {
    if (!this.#restorePending || this.#state.kind !== 'failed') return;
    this.#resuming ??= this.restore().finally(() => {
      this.#resuming = null;
    });
    await this.#resuming;
  }

  /**
   * Starts signing in (or brings the running sign-in forward) and answers as soon as the Zoom page
   * was asked to open; the outcome arrives later as a `sessionChanged` event.
   */
  async startSignIn(): Promise<{ session: SessionInfo; openInTab: string | null }> {
    const auth = this.#connection.auth;
    const { page, result } = auth.beginSignIn();
    this.#restorePending = false;
    if (!follows(this.#state, result)) {
      this.#set({ kind: 'opening', attempt: result });
      // Success arrives as the new session (see #connect); only a failure is handled here.
      void result.catch((error: unknown) => {
        if (follows(this.#state, result)) this.#set(this.#signedInOr(failed(error)));
      });
    }
    const url = await page.catch(() => null);
    if (url === null) {
      // No page at all (no loopback port, say): answer once the failure is the state.
      await result.catch(() => undefined);
    } else if (follows(this.#state, result)) {
      this.#set({ kind: 'waiting', attempt: result, url, browserOpened: true });
      void auth.openSignInPage(url).catch(() => {
        // The listener keeps waiting: the person can copy the link into a browser.
        const state = this.#state;
        if (state.kind === 'waiting' && state.attempt === result)
          this.#set({ ...state, browserOpened: false });
      });
    }
    const state = this.#state;
    const openInTab = this.#ports.opensInTab && state.kind === 'waiting' ? state.url : null;
    return { session: this.info(), openInTab };
  }

  /** Stops the sign-in in progress. */
  cancelSignIn(): SessionInfo {
    this.#connection.auth.cancelSignIn();
    this.#set(this.#signedInOr({ kind: 'idle' }));
    return this.info();
  }

  /** Revokes and forgets the sign-in. */
  async signOut(): Promise<SessionInfo> {
    // Idle first, so that the session's end that follows reads as the person's, not Zoom's.
    this.#restorePending = false;
    this.#set({ kind: 'idle' });
    await this.#connection.auth.signOut();
    this.#announce();
    return this.info();
  }

  /** Connects with an admin's Server-to-Server app. */
  async connectAccount(credentials: {
    accountId: string;
    clientId: string;
    clientSecret: string;
  }): Promise<SessionInfo> {
    await this.#connection.auth.connectAccount(credentials);
    return this.info();
  }

  #connect(environment: ZoomEnvironment): ZoomConnection {
    const ports = this.#ports;
    const connection = createZoomConnection({
      environment,
      secrets: ports.secrets,
      openBrowser: ports.openBrowser,
      log: ports.log,
      language: ports.language,
      ...(ports.fetch ? { fetch: ports.fetch } : {}),
    });
    connection.auth.onSessionChange((session) => {
      if (connection === this.#connection) this.#set(withSession(this.#state, session));
    });
    return connection;
  }

  /** `otherwise`, unless a session is still there (a sign-in begun while signed in ended). */
  #signedInOr(otherwise: SignInState): SignInState {
    const session = this.#connection.auth.session;
    return session ? { kind: 'signed-in', session } : otherwise;
  }

  #set(state: SignInState): void {
    this.#state = state;
    this.#announce();
  }

  #announce(): void {
    this.#ports.events.emit('sessionChanged', this.info());
  }
}

/** Zoom could not be asked (no connection, no answer, trouble at Zoom): asking later may work. */
function couldNotAsk(reason: ErrorCode): boolean {
  return isNoAnswer(reason) || reason === 'zoom-unavailable';
}

function failed(error: unknown): SignInState {
  return { kind: 'failed', reason: failureCode(error) };
}
