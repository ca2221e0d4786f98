import type { StateCreator } from 'zustand';
import type {
  AccountCheck,
  MediaAccessState,
  MeetingDetails,
  ReadyRoomApi,
  ZoomAppCheck,
} from '../../shared/api';
import { errorCodeOf, isNoAnswer, type ErrorCode } from '../../shared/errors';
import type { Reconnect } from './reconnect';
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

/**
 * Live checks against this computer and Zoom; each keeps its last answer while re-checking. A
 * check that Zoom gave no answer to (offline, say) is tried again by itself, quietly: the
 * person keeps seeing one "offline" sentence, no spinner, until the answer comes.
 */
export const createCheckSlice =
  (api: ReadyRoomApi, reconnect: Reconnect): StateCreator<AppState, [], [], CheckSlice> =>
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
    // The newest run of each check: an older run that ends later changes nothing.
    const runs: Record<CheckName, number> = { zoomApp: 0, account: 0, meetings: 0 };
    const waitingForZoom = (name: CheckName) => {
      const state = get().checks[name];
      return state.status === 'failed' && isNoAnswer(state.error);
    };
    const run = async (name: CheckName, quiet: boolean): Promise<void> => {
      const current = (runs[name] += 1);
      if (!quiet) put(name, { status: 'checking', last: lastOf(name) });
      let error: ErrorCode;
      try {
        const result = await runners[name]();
        if (current !== runs[name]) return;
        reconnect.stop(`check:${name}`);
        put(name, { status: 'done', result });
        return;
      } catch (failure) {
        error = errorCodeOf(failure);
      }
      if (current !== runs[name]) return;
      const before = get().checks[name];
      // A quiet try that failed the same way leaves the screen as it is: nothing to announce.
      if (!quiet || before.status !== 'failed' || before.error !== error)
        put(name, { status: 'failed', error, last: lastOf(name) });
      if (isNoAnswer(error))
        reconnect.retry(`check:${name}`, async () => {
          await run(name, true);
          return waitingForZoom(name);
        });
      else reconnect.stop(`check:${name}`);
    };
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
      runCheck: (name) => run(name, false),
    };
  };
