import type { AccountCheck, MeetingDetails, SessionInfo } from '../../shared/api';
import type { InvitationPack } from '../../shared/invitation-pack';
import { assessReadiness } from '../../shared/readiness';
import type { Language } from '../../shared/settings';
import { parseAlternativeHosts } from '../../shared/zoom';
import type { ErrorCode } from '../../shared/errors';
import type { EventHub } from './events';
import type { Logger } from './log';
import type { SecretStore } from './secrets/secret-store';
import type { ZoomEnvironment } from './zoom/environment';
import type { FetchPort } from './zoom/oauth-endpoints';
import type { Session } from './zoom/session';
import { createZoomConnection, type ZoomConnection } from './zoom/zoom-connection';
import { isZoomError, ZoomError } from './zoom/zoom-errors';

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
  readonly now: () => Date;
  readonly fetch?: FetchPort;
}

/** Zoom's login_types numbers, as the wizard names them. */
const loginTypeNames: Readonly<Record<number, string>> = {
  0: 'facebook',
  1: 'google',
  24: 'apple',
  27: 'microsoft',
  100: 'email',
  101: 'sso',
};

const upcomingMeetingsLimit = 30;

/** Sign-in state for the UI, the live account check and meeting details, over one Zoom connection. */
export class ZoomService {
  #connection: ZoomConnection;
  #environment: ZoomEnvironment;
  readonly #ports: ZoomServicePorts;
  #signInUrl: string | null = null;
  #signingIn = false;
  #error: ErrorCode | null = null;
  /** Resolves the pending start with the sign-in page's address once the browser was asked. */
  #pageOpened: ((url: string) => void) | null = null;
  #hadSession = false;
  #signingOut = false;

  constructor(ports: ZoomServicePorts) {
    this.#ports = ports;
    this.#environment = ports.environment;
    this.#connection = this.#connect(ports.environment);
  }

  /** The connection to the current Zoom (real, or the sandbox in demo mode). */
  get connection(): ZoomConnection {
    return this.#connection;
  }

  /** The Zoom ReadyRoom talks to now. */
  get environment(): ZoomEnvironment {
    return this.#environment;
  }

  /** demo: the sandbox; zoom: a real Zoom account. */
  get mode(): 'demo' | 'zoom' {
    return this.#environment.clientId === 'readyroom-demo' ? 'demo' : 'zoom';
  }

  /**
   * Points ReadyRoom at another Zoom (the organisation's app, or back to the demo): any sign-in in
   * progress stops, and a sign-in stored for that Zoom is restored.
   */
  async switchEnvironment(environment: ZoomEnvironment): Promise<void> {
    this.#connection.auth.cancelSignIn();
    this.#signingIn = false;
    this.#error = null;
    this.#hadSession = false;
    this.#environment = environment;
    this.#connection = this.#connect(environment);
    await this.restore();
  }

  #connect(environment: ZoomEnvironment): ZoomConnection {
    const ports = this.#ports;
    const connection = createZoomConnection({
      environment,
      secrets: ports.secrets,
      openBrowser: (url) => {
        this.#signInUrl = url;
        this.#pageOpened?.(url);
        return ports.openBrowser(url);
      },
      log: ports.log,
      language: ports.language,
      ...(ports.fetch ? { fetch: ports.fetch } : {}),
    });
    connection.auth.onSessionChange((session) => {
      if (connection !== this.#connection) return;
      // Ended by Zoom (refresh token refused), not by the person: ask them to sign in again.
      if (!session && this.#hadSession && !this.#signingOut) this.#error = 'session-expired';
      this.#hadSession = session !== null;
      this.#changed();
    });
    return connection;
  }

  /** Restores a stored sign-in at start-up; a failure leaves the person signed out, not stuck. */
  async restore(): Promise<void> {
    try {
      await this.connection.auth.restore();
    } catch (error) {
      this.#ports.log.warn('Could not restore the Zoom sign-in', { error: String(error) });
    }
    this.#changed();
  }

  /** What the UI may know about the session. */
  info(): SessionInfo {
    const session = this.connection.auth.session;
    return {
      state: session ? 'signed-in' : this.#signingIn ? 'signing-in' : 'signed-out',
      person: session ? personOf(session) : null,
      signInUrl: this.#signingIn ? this.#signInUrl : null,
      error: session ? null : this.#error,
      secretBackend: this.#ports.secrets.backend,
    };
  }

  /**
   * Starts signing in (or brings the running sign-in forward) and answers as soon as the Zoom page
   * is open; the outcome arrives later as a `sessionChanged` event.
   */
  async startSignIn(): Promise<{ session: SessionInfo; openInTab: string | null }> {
    this.#error = null;
    this.#signingIn = true;
    const opened = new Promise<string>((resolve) => {
      this.#pageOpened = resolve;
    });
    const result = this.connection.auth.signIn();
    result.then(
      () => this.#finished(null),
      (error: unknown) => {
        if (isZoomError(error) && error.code === 'browser-not-opened') {
          // The listener keeps waiting: the person can copy the link into a browser.
          this.#signInUrl = error.url ?? this.#signInUrl;
          this.#error = 'browser-not-opened';
          this.#changed();
          void this.connection.auth.currentSignIn()?.result.then(
            () => this.#finished(null),
            (later: unknown) => this.#finished(later),
          );
          return;
        }
        this.#finished(error);
      },
    );
    // Answer once the sign-in page is open (or the attempt failed before getting there).
    await Promise.race([
      opened,
      result.then(
        () => undefined,
        () => undefined,
      ),
    ]);
    this.#pageOpened = null;
    this.#signInUrl = this.connection.auth.currentSignIn()?.authorizeUrl ?? this.#signInUrl;
    this.#changed();
    const openInTab = this.#ports.opensInTab && this.#signingIn ? this.#signInUrl : null;
    return { session: this.info(), openInTab };
  }

  /** Stops the sign-in in progress. */
  cancelSignIn(): SessionInfo {
    this.connection.auth.cancelSignIn();
    this.#signingIn = false;
    this.#signInUrl = null;
    this.#error = null;
    this.#changed();
    return this.info();
  }

  /** Revokes and forgets the sign-in. */
  async signOut(): Promise<SessionInfo> {
    this.#signingIn = false;
    this.#error = null;
    this.#signingOut = true;
    try {
      await this.connection.auth.signOut();
    } finally {
      this.#signingOut = false;
    }
    this.#changed();
    return this.info();
  }

  /** Connects with an admin's Server-to-Server app. */
  async connectAccount(credentials: {
    accountId: string;
    clientId: string;
    clientSecret: string;
  }): Promise<SessionInfo> {
    await this.connection.auth.connectAccount(credentials);
    return this.info();
  }

  /** The live check of the signed-in person's own account, through the readiness model. */
  async checkMyAccount(context: {
    pack: InvitationPack | null;
    minimumVersion: string;
  }): Promise<AccountCheck> {
    const user = await this.#client().getMe();
    const orgAccount = context.pack?.organisation.zoomAccountId ?? null;
    const readiness = assessReadiness(
      { user, ...(context.pack ? { role: context.pack.invitee.role } : {}) },
      {
        now: this.#ports.now(),
        minimumAppVersion: context.minimumVersion,
        viewer: 'invitee',
        ...(orgAccount ? { accountId: orgAccount } : {}),
      },
    );
    const name = [user.first_name, user.last_name].filter(Boolean).join(' ') || user.email;
    return {
      checkedAt: this.#ports.now().toISOString(),
      email: user.email,
      name: user.display_name || name,
      accountId: user.account_id ?? null,
      onOrganisationAccount: orgAccount && user.account_id ? user.account_id === orgAccount : null,
      userType: user.type,
      lastClientVersion: user.last_client_version || null,
      signInMethods: (user.login_types ?? [])
        .map((n) => loginTypeNames[n])
        .filter((n): n is string => n !== undefined),
      readiness,
    };
  }

  /** The person's own meeting room, and the host's meetings they may start as alternative host. */
  async getMeetingDetails(pack: InvitationPack | null): Promise<MeetingDetails> {
    const client = this.#client();
    const me = await client.getMe();
    let alternativeHostMeetings: MeetingDetails['alternativeHostMeetings'] = null;
    const hostEmail = pack && pack.invitee.role !== 'member' ? pack.admin.email : null;
    if (hostEmail && hostEmail.toLowerCase() !== me.email.toLowerCase()) {
      try {
        const list = await client.listMeetings(hostEmail, {
          type: 'upcoming',
          pageSize: upcomingMeetingsLimit,
        });
        const meetings = await Promise.all(list.meetings.map((m) => client.getMeeting(m.id)));
        alternativeHostMeetings = meetings
          .filter((m) =>
            parseAlternativeHosts(m.settings?.alternative_hosts).includes(me.email.toLowerCase()),
          )
          .map((m) => ({
            id: m.id,
            topic: m.topic ?? '',
            startTime: m.start_time ?? null,
            joinUrl: m.join_url ?? null,
            hostEmail,
          }));
      } catch (error) {
        // A member's token may not read the host's meetings: the step then explains instead.
        if (
          !isZoomError(error) ||
          !['no-privilege', 'missing-scopes', 'user-not-found'].includes(error.code)
        )
          throw error;
      }
    }
    return {
      pmi: me.pmi !== undefined ? String(me.pmi) : null,
      personalMeetingUrl: me.personal_meeting_url ?? null,
      alternativeHostMeetings,
    };
  }

  #client() {
    if (!this.connection.auth.session) throw new ZoomError('not-signed-in');
    return this.connection.client;
  }

  #finished(error: unknown): void {
    this.#signingIn = false;
    this.#error = error === null ? null : isZoomError(error) ? error.code : 'sign-in-failed';
    if (error !== null) this.#ports.log.warn('Sign-in did not finish', { code: this.#error });
    this.#changed();
  }

  #changed(): void {
    this.#ports.events.emit('sessionChanged', this.info());
  }
}

function personOf(session: Session): SessionInfo['person'] {
  return {
    name: session.name,
    email: session.email,
    accountId: session.accountId,
    role: session.role,
    kind: session.kind,
  };
}
