import type { StateCreator } from 'zustand';
import type { ReadyRoomApi, SessionInfo } from '../../shared/api';
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
