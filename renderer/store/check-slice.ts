import type { StateCreator } from 'zustand';
import type {
  AccountCheck,
  MediaAccessState,
  MeetingDetails,
  ReadyRoomApi,
  ZoomAppCheck,
} from '../../shared/api';
import { errorCodeOf, type ErrorCode } from '../../shared/errors';
import type { AppState } from './store';

/** One live check as the UI shows it: not run yet, running, its answer, or why it failed. */
export type CheckState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'checking'; readonly last: T | null }
  | { readonly status: 'done'; readonly result: T }
  | { readonly status: 'failed'; readonly error: ErrorCode; readonly last: T | null };

export interface CheckResults {
  readonly zoomApp: ZoomAppCheck;
  readonly account: AccountCheck;
  readonly meetings: MeetingDetails;
}

export type CheckName = keyof CheckResults;

export interface CheckSlice {
  readonly checks: { readonly [K in CheckName]: CheckState<CheckResults[K]> };
  runCheck(name: CheckName): Promise<void>;
  /** What the OS says about microphone and camera access (null until asked). */
  readonly mediaAccess: MediaAccessState | null;
  loadMediaAccess(): Promise<void>;
  openSystemSettings(page: 'microphone' | 'camera'): Promise<void>;
}

const idle = { status: 'idle' } as const;

/** Live checks against this computer and Zoom; each keeps its last answer while re-checking. */
export const createCheckSlice =
  (api: ReadyRoomApi): StateCreator<AppState, [], [], CheckSlice> =>
  (set, get) => {
    const runners: { readonly [K in CheckName]: () => Promise<CheckResults[K]> } = {
      zoomApp: () => api.checkZoomApp({}),
      account: () => api.checkMyAccount({}),
      meetings: () => api.getMeetingDetails({}),
    };
    const lastOf = <K extends CheckName>(name: K): CheckResults[K] | null => {
      const state = get().checks[name];
      if (state.status === 'done') return state.result;
      if (state.status === 'checking' || state.status === 'failed') return state.last;
      return null;
    };
    const put = <K extends CheckName>(name: K, state: CheckState<CheckResults[K]>) =>
      set({ checks: { ...get().checks, [name]: state } });
    return {
      mediaAccess: null,
      loadMediaAccess: async () => {
        try {
          set({ mediaAccess: await api.getMediaAccess({}) });
        } catch {
          set({ mediaAccess: { microphone: 'unknown', camera: 'unknown' } });
        }
      },
      openSystemSettings: async (page) => {
        await get().run(async () => {
          await api.openSystemSettings({ page });
        });
      },
      checks: { zoomApp: idle, account: idle, meetings: idle },
      runCheck: async (name) => {
        put(name, { status: 'checking', last: lastOf(name) });
        try {
          put(name, { status: 'done', result: await runners[name]() });
        } catch (error) {
          put(name, { status: 'failed', error: errorCodeOf(error), last: lastOf(name) });
        }
      },
    };
  };
