import type { StateCreator } from 'zustand';
import type { ApiArgs, ApiResult, ReadyRoomApi } from '../../shared/api';
import type { teamCalls } from '../../shared/api-team';
import type { ErrorCode } from '../../shared/errors';
import type {
  RefreshOutcome,
  RefreshProgress,
  TeamPrefs,
  TeamView,
} from '../../shared/team-schemas';
import { attempt, type SliceError } from './slice-error';
import type { AppState } from './store';

/** The fixes the dashboard's dialogs call directly (each shows its own outcome). */
export type TeamFixName = Exclude<
  keyof typeof teamCalls,
  'getTeam' | 'refreshTeam' | 'cancelTeamRefresh' | 'updateTeamPrefs'
>;

export interface LastRefresh {
  readonly outcome: RefreshOutcome;
  readonly error: ErrorCode | null;
  readonly count: number;
}

/** The admin's team: snapshot, refresh and fixes. */
export interface TeamSlice {
  /** The team as the backend last showed it (null until loaded). */
  readonly team: TeamView | null;
  /** Why loading or refreshing failed outright (not signed in, no privilege…). */
  readonly teamError: SliceError;
  readonly teamProgress: RefreshProgress | null;
  readonly teamRefreshing: boolean;
  readonly lastRefresh: LastRefresh | null;
  /** When the backend said everyone became ready (for the announcement). */
  readonly teamAllReadyAt: string | null;
  loadTeam(): Promise<void>;
  refreshTeam(): Promise<void>;
  cancelTeamRefresh(): Promise<void>;
  updateTeamPrefs(patch: Partial<TeamPrefs>): Promise<void>;
  /** Runs one fix; throws ApiError for the dialog to explain. */
  teamFix<N extends TeamFixName>(name: N, args: ApiArgs<N>): Promise<ApiResult<N>>;
  /** Wires the team's events into the store; returns the function that unwires them. */
  listenTeam(): () => void;
}

/** The dashboard's state. */
export const createTeamSlice =
  (api: ReadyRoomApi): StateCreator<AppState, [], [], TeamSlice> =>
  (set, get) => {
    // The newest revision the backend announced; a view older than it is asked for again.
    let announced = 0;
    const loadTeam = async () => {
      const teamError = await attempt(async () => set({ team: await api.getTeam({}) }));
      set({ teamError });
    };
    const catchUp = async () => {
      const team = get().team;
      if (!get().teamRefreshing && (!team || team.revision < announced)) await loadTeam();
    };
    return {
      team: null,
      teamError: null,
      teamProgress: null,
      teamRefreshing: false,
      lastRefresh: null,
      teamAllReadyAt: null,
      loadTeam,
      refreshTeam: async () => {
        if (get().teamRefreshing) return;
        set({ teamRefreshing: true, teamError: null, teamProgress: null });
        const teamError = await attempt(async () => {
          const result = await api.refreshTeam({});
          set({
            team: result.view,
            lastRefresh: {
              outcome: result.outcome,
              error: result.error,
              count: result.view.people.length,
            },
          });
        });
        set({ teamError, teamRefreshing: false });
        await catchUp();
      },
      cancelTeamRefresh: async () => {
        // A stop that worked says nothing new about the team; the refresh's own answer does.
        const teamError = await attempt(() => api.cancelTeamRefresh({}));
        if (teamError) set({ teamError });
      },
      updateTeamPrefs: async (patch) => {
        await get().run(async () => {
          const prefs = await api.updateTeamPrefs(patch);
          const team = get().team;
          if (team) set({ team: { ...team, prefs } });
        });
      },
      teamFix: (name, args) => {
        // Each name's handler takes that name's arguments; TypeScript cannot follow the pairing.
        const call = api[name] as unknown as (a: typeof args) => Promise<ApiResult<typeof name>>;
        return call(args);
      },
      listenTeam: () => {
        const offChanged = api.on('teamChanged', ({ revision }) => {
          announced = Math.max(announced, revision);
          void catchUp();
        });
        const offProgress = api.on('teamRefreshProgress', (teamProgress) => set({ teamProgress }));
        const offReady = api.on('teamAllReady', ({ at }) => set({ teamAllReadyAt: at }));
        return () => {
          offChanged();
          offProgress();
          offReady();
        };
      },
    };
  };
