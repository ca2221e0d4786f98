import type { SessionInfo } from '../../../shared/api';
import type { ErrorCode } from '../../../shared/errors';
import type { Session } from './session';

/**
 * Where the person's Zoom sign-in stands. An attempt in progress carries the outcome it waits for,
 * so that an older attempt (cancelled, or from before a switch of Zoom) cannot change a newer state.
 */
export type SignInState =
  | { readonly kind: 'idle' }
  /** The loopback listener is starting; the Zoom page's address is not known yet. */
  | { readonly kind: 'opening'; readonly attempt: Promise<Session> }
  /** The Zoom page is open (or, if no browser opened, its link is there to copy). */
  | {
      readonly kind: 'waiting';
      readonly attempt: Promise<Session>;
      readonly url: string;
      readonly browserOpened: boolean;
    }
  | { readonly kind: 'failed'; readonly reason: ErrorCode }
  | { readonly kind: 'signed-in'; readonly session: Session };

/** Whether the state is following this attempt (still opening or waiting for it). */
export function follows(state: SignInState, attempt: Promise<Session>): boolean {
  return (state.kind === 'opening' || state.kind === 'waiting') && state.attempt === attempt;
}

/** The state once ZoomAuth reports a session, or its end. */
export function withSession(state: SignInState, session: Session | null): SignInState {
  if (session) return { kind: 'signed-in', session };
  // Ended while signed in: Zoom refused the refresh token (a sign-out goes to idle first).
  return state.kind === 'signed-in' ? { kind: 'failed', reason: 'session-expired' } : state;
}

/** What the UI may know about the sign-in: who, how far along, and what went wrong; never a token. */
export function sessionInfo(
  state: SignInState,
  secretBackend: SessionInfo['secretBackend'],
): SessionInfo {
  const signedOut = { state: 'signed-out', person: null, signInUrl: null, error: null } as const;
  switch (state.kind) {
    case 'idle':
      return { ...signedOut, secretBackend };
    case 'failed':
      return { ...signedOut, error: state.reason, secretBackend };
    case 'opening':
      return { ...signedOut, state: 'signing-in', secretBackend };
    case 'waiting':
      return {
        state: 'signing-in',
        person: null,
        signInUrl: state.url,
        error: state.browserOpened ? null : 'browser-not-opened',
        secretBackend,
      };
    case 'signed-in': {
      const { name, email, accountId, role, kind } = state.session;
      return {
        state: 'signed-in',
        person: { name, email, accountId, role, kind },
        signInUrl: null,
        error: null,
        secretBackend,
      };
    }
  }
}
