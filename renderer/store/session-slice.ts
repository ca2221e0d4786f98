import type { StateCreator } from 'zustand';
import type { ReadyRoomApi, SessionInfo } from '../../shared/api';
import { isApiError, type ErrorCode } from '../../shared/errors';
import type { AppState } from './store';

export interface SessionSlice {
  /** Who is signed in to Zoom (null until loaded). */
  readonly session: SessionInfo | null;
  /** The last sign-in call's failure (the backend's own errors arrive in `session.error`). */
  readonly sessionError: ErrorCode | null;
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
    const attempt = async (action: () => Promise<SessionInfo>) => {
      try {
        set({ session: await action(), sessionError: null });
      } catch (error) {
        set({ sessionError: isApiError(error) ? error.code : 'internal' });
      }
    };
    return {
      session: null,
      sessionError: null,
      loadSession: () => attempt(() => api.getSession({})),
      startSignIn: () => attempt(async () => (await api.startSignIn({})).session),
      cancelSignIn: () => attempt(() => api.cancelSignIn({})),
      signOut: () => attempt(() => api.signOut({})),
      connectAccount: (credentials) => attempt(() => api.connectAccount(credentials)),
    };
  };
