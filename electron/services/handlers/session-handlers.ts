import type { ApiHandlers } from '../../../shared/api';
import type { ZoomService } from '../zoom-service';

export type SessionHandlers = Pick<
  ApiHandlers,
  'getSession' | 'startSignIn' | 'cancelSignIn' | 'signOut' | 'connectAccount'
>;

/** Signing in to Zoom and out again; the state and its rules are the Zoom service's. */
export function createSessionHandlers(
  zoom: Pick<
    ZoomService,
    'info' | 'resume' | 'startSignIn' | 'cancelSignIn' | 'signOut' | 'connectAccount'
  >,
): SessionHandlers {
  return {
    // Asking again is how the UI picks up a sign-in that could not be restored while offline.
    getSession: async () => {
      await zoom.resume();
      return zoom.info();
    },
    startSignIn: () => zoom.startSignIn(),
    cancelSignIn: async () => zoom.cancelSignIn(),
    signOut: () => zoom.signOut(),
    connectAccount: (credentials) => zoom.connectAccount(credentials),
  };
}
