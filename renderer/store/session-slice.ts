import type { StateCreator } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { ReadyRoomApi, SessionInfo } from '../../shared/api';
import { isNoAnswer } from '../../shared/errors';
import type { Reconnect } from './reconnect';
import { attempt, type SliceError } from './slice-error';
import type { AppState } from './store';

export interface SessionSlice {
  /** Who is signed in to Zoom (null until loaded). */
  readonly session: SessionInfo | null;
  /** The last sign-in call's failure (the backend's own errors arrive in `session.error`). */
  readonly sessionError: SliceError;
  loadSession(): Promise<void>;
  startSignIn(): Promise<void>;
  cancelSignIn(): Promise<void>;
  signOut(): Promise<void>;
  /** Connects with an admin's Server-to-Server app (the values go to the main process only). */
  connectAccount(credentials: {
    accountId: string;
    clientId: string;
    clientSecret: string;
  }): Promise<void>;
}

/** The Zoom sign-in as the UI sees it; updates arrive as `sessionChanged` events. */
export const createSessionSlice =
  (api: ReadyRoomApi): StateCreator<AppState, [], [], SessionSlice> =>
  (set) => {
    const update = async (action: () => Promise<SessionInfo>) => {
      const sessionError = await attempt(async () => set({ session: await action() }));
      set({ sessionError });
    };
    return {
      session: null,
      sessionError: null,
      loadSession: () => update(() => api.getSession({})),
      startSignIn: () => update(async () => (await api.startSignIn({})).session),
      cancelSignIn: () => update(() => api.cancelSignIn({})),
      signOut: () => update(() => api.signOut({})),
      connectAccount: (credentials) => update(() => api.connectAccount(credentials)),
    };
  };

/** Signed out only because Zoom could not be asked (the sign-in could not be restored offline). */
function waitingForZoom(session: SessionInfo | null): boolean {
  return session?.state === 'signed-out' && isNoAnswer(session.error);
}

/**
 * While the sign-in waits for Zoom (ReadyRoom started offline), asks the backend again when the
 * network is back, which restores the kept sign-in without a restart. Returns the unsubscribe.
 */
export function resumeSessionWhenOnline(store: StoreApi<AppState>, reconnect: Reconnect) {
  return store.subscribe((state) => {
    if (!waitingForZoom(state.session)) {
      reconnect.stop('session');
      return;
    }
    reconnect.retry('session', async () => {
      await store.getState().loadSession();
      return waitingForZoom(store.getState().session);
    });
  });
}
