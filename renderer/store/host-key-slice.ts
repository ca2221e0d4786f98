import type { StateCreator } from 'zustand';
import type { ReadyRoomApi } from '../../shared/api';
import { errorCodeOf, type ErrorCode } from '../../shared/errors';
import type { AppState } from './store';

/** What asking Zoom for a new host key came to. */
export type NewHostKeyOutcome =
  | { readonly ok: true; readonly hostKey: string }
  | { readonly ok: false; readonly error: ErrorCode };

export interface HostKeySlice {
  /**
   * Sets a new host key for the signed-in person. The key is handed back, not kept in the store:
   * the screen that asked holds it while it is open, and nothing saves it.
   */
  makeNewHostKey(): Promise<NewHostKeyOutcome>;
}

/** The host key, set through Zoom only after the person said yes on screen. */
export const createHostKeySlice =
  (api: ReadyRoomApi): StateCreator<AppState, [], [], HostKeySlice> =>
  () => ({
    makeNewHostKey: async () => {
      try {
        return { ok: true, hostKey: (await api.makeNewHostKey({})).hostKey };
      } catch (error) {
        return { ok: false, error: errorCodeOf(error) };
      }
    },
  });
