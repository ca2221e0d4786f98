import type {
  ConnectionCheck,
  ConnectionCheckId,
  ConnectionDiagnosis,
  ConnectionProblem,
  ConnectionProblemCode,
  ConnectionPurpose,
  MarketplacePage,
} from '../../shared/connection-doctor';
import { isNoAnswer } from '../../shared/errors';
import { isAdminScopeName, missingScopes, parseGrantedScopes } from '../../shared/zoom-scopes';
import type { Logger } from './log';
import type { ZoomEnvironment } from './zoom/environment';
import type { FetchPort } from './zoom/oauth-endpoints';
import { ZoomOAuthEndpoints } from './zoom/oauth-endpoints';
import { systemClock } from './zoom/clock';
import type { Session } from './zoom/session';
import type { SignInFailure } from './zoom/zoom-auth';
import { isZoomError, type ZoomErrorCode } from './zoom/zoom-errors';

/**
 * The connection doctor (issue 13): after a sign-in, or when a team call fails for want of a
 * scope, a role or a licence, it names what is missing and where the fix is made. Each check says
 * where its answer came from: Zoom's answer, or this computer's settings. Zoom facts:
 * docs/zoom-app-setup.md.
 */

/** What Zoom's authorize page answered for the client ID (see probeAuthorizePage). */
export type AuthorizeProbe =
  'accepted' | 'client-id-unknown' | 'redirect-not-allowed' | 'app-not-activated' | 'unreachable';

/** What the doctor reads; every port is a plain value or a call, so tests give fakes. */
export interface ConnectionDoctorPorts {
  /** The client ID in use (null: none set). */
  readonly clientId: () => string | null;
  /** Who is signed in now. */
  readonly session: () => Session | null;
  /** The current token's `scope`, or null (no token, or Zoom sent none). */
  readonly grantedScope: () => string | null;
  /** How the last browser sign-in failed, if it did. */
  readonly lastSignInFailure: () => SignInFailure | null;
  /** Asks Zoom's authorize page whether it takes this client ID and redirect. */
  readonly probeAuthorize: () => Promise<AuthorizeProbe>;
  readonly now: () => Date;
}

/** What the team calls ran into since the last sign-in (fed by observeTeamFailures). */
export interface ConnectionNotes {
  /** Scopes Zoom named as missing in a refusal. */
  readonly refusedScopes: ReadonlySet<string>;
  /** Zoom said 'no-privilege' (code 200) to a team call. */
  readonly noPrivilege: boolean;
  /** Zoom refused a licence: 'no-licences-left' (codes 2033, 2034, 3412). */
  readonly noLicences: boolean;
}

const problem = (
  code: ConnectionProblemCode,
  page: MarketplacePage | null,
  scopes: ReadonlyArray<string> = [],
): ConnectionProblem => ({ code, page, scopes: [...scopes] });

const checksFor: Readonly<Record<ConnectionPurpose, ReadonlyArray<ConnectionCheckId>>> = {
  admin: ['client-id', 'sign-in', 'scopes', 'role', 'licences'],
  invitee: ['client-id', 'sign-in', 'scopes'],
};

/** "Invalid client_id or client_secret" at the token endpoint (docs/zoom-app-setup.md §8). */
function isInvalidClient(failure: SignInFailure): boolean {
  return /invalid[ _]client/i.test(failure.zoomMessage ?? '');
}

/**
 * The doctor's verdict, from what Zoom and this computer say. Pure apart from its ports: each
 * check is passed or failed only when someone answered; otherwise not-checked.
 */
export async function diagnose(
  purpose: ConnectionPurpose,
  ports: ConnectionDoctorPorts,
  notes: ConnectionNotes = emptyNotes(),
): Promise<ConnectionDiagnosis> {
  const state = new Map<ConnectionCheckId, ConnectionCheck>();
  const problems: ConnectionProblem[] = [];
  const set = (
    id: ConnectionCheckId,
    s: ConnectionCheck['state'],
    source: ConnectionCheck['source'],
  ) => state.set(id, { id, state: s, source });
  const session = ports.session();
  const clientId = ports.clientId();
  const granted = parseGrantedScopes(
    session ? ports.grantedScope() : (ports.lastSignInFailure()?.grantedScope ?? null),
  );

  if (!clientId) {
    set('client-id', 'failed', 'this-computer');
    problems.push(problem('client-id-missing', 'basic-info'));
  } else if (session) {
    // Zoom issued a token for this client ID, so it knows it and the sign-in worked.
    set('client-id', 'passed', 'zoom');
    set('sign-in', 'passed', 'zoom');
  } else {
    const failure = ports.lastSignInFailure();
    const probe = await ports.probeAuthorize();
    if (probe === 'unreachable') {
      problems.push(problem('zoom-unreachable', null));
    } else if (probe === 'client-id-unknown') {
      set('client-id', 'failed', 'zoom');
      problems.push(problem('client-id-unknown', 'basic-info'));
    } else {
      set('client-id', 'passed', 'zoom');
      if (probe === 'redirect-not-allowed') {
        set('sign-in', 'failed', 'zoom');
        problems.push(problem('redirect-not-allowed', 'basic-info'));
      } else if (probe === 'app-not-activated') {
        set('sign-in', 'failed', 'zoom');
        problems.push(problem('app-not-activated', 'activation'));
      } else if (failure && failure.code === 'sign-in-code-rejected' && isInvalidClient(failure)) {
        // The page took the client ID, yet the token request without a secret was refused.
        set('sign-in', 'failed', 'zoom');
        problems.push(problem('public-client-off', 'basic-info'));
      } else if (failure && failure.code === 'missing-scopes') {
        // A token came back, but Zoom would not say who signed in (GET /users/me): a scope.
        set('sign-in', 'passed', 'zoom');
        set('scopes', 'failed', 'zoom');
        // From the token's own list; else the first scope Zoom named (its message names the
        // user-level and :admin pair, either of which is enough).
        const fromToken = failure.grantedScope ? missingScopes(purpose, failure.grantedScope) : [];
        const named = failure.scopes.slice(0, 1);
        problems.push(problem('scopes-missing', 'scopes', fromToken.length ? fromToken : named));
      } else if (failure && isNoAnswer(failure.code)) {
        problems.push(problem('zoom-unreachable', null));
      }
      // Otherwise nobody has signed in yet (or they stopped): sign-in is not checked.
    }
  }

  if (session) {
    const missing = new Set([...missingScopes(purpose, granted), ...notes.refusedScopes]);
    const knowsScopes = granted.length > 0 || notes.refusedScopes.size > 0;
    if (knowsScopes) set('scopes', missing.size === 0 ? 'passed' : 'failed', 'zoom');
    if (purpose === 'admin' && granted.length > 0 && !granted.some(isAdminScopeName)) {
      // Only user-level scopes: a user-managed app, which cannot hold admin scopes (docs §2).
      problems.push(problem('wrong-app-type', 'basic-info'));
    }
    if (missing.size > 0) problems.push(problem('scopes-missing', 'scopes', [...missing]));

    if (purpose === 'admin') {
      // Session.role comes from Zoom's GET /users/me: role_name, else the built-in role_id.
      const admin = session.role === 'owner' || session.role === 'admin';
      set('role', admin && !notes.noPrivilege ? 'passed' : 'failed', 'zoom');
      if (!admin || notes.noPrivilege) problems.push(problem('not-admin', 'user-management'));
      // No call ReadyRoom makes tells how many paid licences the account has left: GET
      // /users/summary (Spec-2025 op userSummary) counts licensed users, not seats bought. So this
      // is checked at the first assign Zoom refuses ('no-licences-left'), and not-checked before.
      if (notes.noLicences) {
        set('licences', 'failed', 'zoom');
        problems.push(problem('no-paid-licences', 'plans-billing'));
      }
    }
  }

  const checks = checksFor[purpose].map(
    (id): ConnectionCheck =>
      state.get(id) ?? {
        id,
        state: 'not-checked',
        source: id === 'client-id' && !clientId ? 'this-computer' : 'zoom',
      },
  );
  return {
    purpose,
    checkedAt: ports.now().toISOString(),
    checks,
    problems,
    grantedScopes: granted,
  };
}

export function emptyNotes(): ConnectionNotes {
  return { refusedScopes: new Set(), noPrivilege: false, noLicences: false };
}

/**
 * Asks Zoom's authorize page about the client ID, as the browser would open it, without signing
 * in: an unknown client ID, a redirect not on the allow list and a disabled app each get an error
 * page with Zoom's code, "(4,702)", "(4,709)", "(4,717)" (docs/zoom-app-setup.md §8; the exact page
 * text of today's Zoom is not confirmed there, so only the codes are looked for). Anything else
 * (Zoom's sign-in page, or a redirect to it) means the client ID and redirect were taken.
 */
export async function probeAuthorizePage(
  environment: ZoomEnvironment,
  fetchPort: FetchPort,
  timeoutMs = 15_000,
): Promise<AuthorizeProbe> {
  const endpoints = new ZoomOAuthEndpoints({ environment, fetch: fetchPort, clock: systemClock });
  // Zoom ignores the port of a loopback redirect (docs §5), so any port stands for ReadyRoom's.
  const url = endpoints.authorizeUrl({
    redirectUri: 'http://127.0.0.1:50000/callback',
    challenge: 'readyroom-connection-check-000000000000000000',
    state: 'connection-check',
  });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchPort(url, {
      method: 'GET',
      redirect: 'manual',
      signal: controller.signal,
    });
    if (response.status >= 300 && response.status < 400) return 'accepted';
    const text = (await response.text()).slice(0, 20_000);
    if (/4,?702/.test(text)) return 'client-id-unknown';
    if (/4,?709/.test(text) || /invalid redirect/i.test(text)) return 'redirect-not-allowed';
    if (/4,?717/.test(text)) return 'app-not-activated';
    if (response.status >= 500) return 'unreachable';
    return 'accepted';
  } catch {
    return 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}

/** Keeps what team calls ran into, so the doctor can name it (reset on every new session). */
export class ConnectionNotebook {
  #refusedScopes = new Set<string>();
  #noPrivilege = false;
  #noLicences = false;

  get notes(): ConnectionNotes {
    return {
      refusedScopes: new Set(this.#refusedScopes),
      noPrivilege: this.#noPrivilege,
      noLicences: this.#noLicences,
    };
  }

  /** Notes a failure; true when it is one the doctor explains. */
  note(error: unknown): boolean {
    if (!isZoomError(error)) return false;
    const code: ZoomErrorCode = error.code;
    if (code === 'missing-scopes') {
      for (const scope of error.scopes) this.#refusedScopes.add(scope);
      return true;
    }
    if (code === 'no-privilege') this.#noPrivilege = true;
    else if (code === 'no-licences-left') this.#noLicences = true;
    else return false;
    return true;
  }

  clear(): void {
    this.#refusedScopes = new Set();
    this.#noPrivilege = false;
    this.#noLicences = false;
  }
}

/**
 * Wraps a group of handlers so a failure the doctor explains is noted (and `onNoted` told), then
 * rethrown unchanged: the caller still gets Zoom's error.
 */
export function observeFailures<H extends Record<string, (args: never) => Promise<unknown>>>(
  handlers: H,
  notebook: ConnectionNotebook,
  onNoted: () => void,
  log: Logger,
): H {
  const wrapped: Record<string, (args: never) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    wrapped[name] = async (args: never) => {
      try {
        return await handler(args);
      } catch (error) {
        if (notebook.note(error)) {
          log.info('A team call ran into something the connection doctor explains', { name });
          onNoted();
        }
        throw error;
      }
    };
  }
  return wrapped as H;
}
