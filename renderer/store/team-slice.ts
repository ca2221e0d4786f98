import type { StateCreator } from 'zustand';
import type { ApiArgs, ApiResult, ReadyRoomApi } from '../../shared/api';
import type { teamCalls } from '../../shared/api-team';
import { endsSignIn, isNoAnswer, type ErrorCode } from '../../shared/errors';
import type {
  RefreshOutcome,
  RefreshProgress,
  TeamFirstRows,
  TeamPrefs,
  TeamView,
} from '../../shared/team-schemas';
import { afterPaint } from './after-paint';
import type { Reconnect } from './reconnect';
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
  /**
   * While the first load of a big team is on its way: its first rows and the counts of everyone
   * (null once `team` is here). Only for drawing the table's first rows and the counts.
   */
  readonly teamFirstRows: TeamFirstRows | null;
  /** Why loading or refreshing failed outright (not signed in, no privilege…). */
  readonly teamError: SliceError;
  readonly teamProgress: RefreshProgress | null;
  readonly teamRefreshing: boolean;
  readonly lastRefresh: LastRefresh | null;
  /** A refresh stopped because the sign-in ended: it runs again once the admin is back. */
  readonly teamRefreshInterrupted: boolean;
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

const retryKey = 'team-refresh';

/**
 * The snapshot's own facts (when Zoom was read, the prefs, the account) as soon as the first
 * answer about the team is here: the whole team's, or its first rows' (the same facts).
 * Never for anything about the people.
 */
export const selectTeamFacts = (s: {
  readonly team: TeamView | null;
  readonly teamFirstRows: TeamFirstRows | null;
}): Omit<TeamView, 'people' | 'counts'> | null => s.team ?? s.teamFirstRows;

/** Rows asked for before the whole team: more than a tall window shows (rows and overscan). */
export const FIRST_ROWS = 40;

/**
 * The dashboard's state. A refresh that Zoom gave no answer to (offline, say) is tried again by
 * itself and quietly: the table and the one "offline" sentence stay until Zoom answers, and
 * the progress shows only once Zoom does.
 */
export const createTeamSlice =
  (api: ReadyRoomApi, reconnect: Reconnect): StateCreator<AppState, [], [], TeamSlice> =>
  (set, get) => {
    // The newest revision the backend announced; a view older than it is asked for again.
    let announced = 0;
    // A quiet try is running: its progress shows once Zoom answers it.
    let quietTry = false;
    // The load under way and the sign-in it was asked for: a second ask for the same sign-in
    // (the screen and an event at once) shares it, so 10,000 people cross the bridge once.
    let loading: { readonly key: string; readonly done: Promise<void> } | null = null;
    const unknownSession = '::';
    const sessionKey = () => {
      const session = get().session;
      const person = session?.person;
      return `${session?.state ?? ''}:${person?.accountId ?? ''}:${person?.role ?? ''}`;
    };
    const loadOnce = async () => {
      // The first time, a big team's first rows come first, so the table starts at once; the
      // whole team follows. A team that fits in them needs no second ask.
      if (get().team === null) {
        const first = await api.getTeamFirstRows({ count: FIRST_ROWS }).catch(() => null);
        if (first && get().team === null) {
          const { total, ...view } = first;
          if (view.people.length === total) {
            set({ team: view, teamFirstRows: null, teamError: null });
            return;
          }
          set({ teamFirstRows: first });
          // The first rows are on screen before the whole team (big to read) is asked for.
          await afterPaint();
        }
      }
      const teamError = await attempt(async () => set({ team: await api.getTeam({}) }));
      // The first rows stand in for the team only while the rest are on their way.
      set({ teamError, teamFirstRows: null });
    };
    const loadTeam = async (): Promise<void> => {
      const key = sessionKey();
      // A load asked before the session was known answers for the sign-in the backend has now:
      // the one the session is about to show (a later change of sign-in announces itself).
      if (loading && (loading.key === key || loading.key === unknownSession)) return loading.done;
      // Another sign-in's answer may still be on its way: this one waits for it, then asks.
      const before = loading?.done ?? Promise.resolve();
      const done = before.then(loadOnce).finally(() => {
        if (loading?.done === done) loading = null;
      });
      loading = { key, done };
      return done;
    };
    const catchUp = async () => {
      if (loading) await loading.done;
      const team = get().team;
      if (!get().teamRefreshing && (!team || team.revision < announced)) await loadTeam();
    };
    const refresh = async (quiet: boolean): Promise<void> => {
      if (get().teamRefreshing) return;
      if (!quiet)
        set({
          teamRefreshing: true,
          teamError: null,
          teamProgress: null,
          teamRefreshInterrupted: false,
        });
      quietTry = quiet;
      let waiting = false;
      const teamError = await attempt(async () => {
        const result = await api.refreshTeam({});
        waiting = isNoAnswer(result.error);
        // Still no answer: the screen already says so; nothing to change or announce.
        if (quiet && waiting && result.outcome === 'failed') return;
        // The sign-in ended midway: the sign-in's own message says so, and this runs again after.
        const interrupted = result.outcome === 'failed' && endsSignIn(result.error);
        set({
          team: result.view,
          teamFirstRows: null,
          teamRefreshInterrupted: interrupted,
          lastRefresh: interrupted
            ? null
            : { outcome: result.outcome, error: result.error, count: result.view.people.length },
        });
      });
      quietTry = false;
      if (waiting)
        reconnect.retry(retryKey, async () => {
          await refresh(true);
          return isNoAnswer(get().lastRefresh?.error);
        });
      else reconnect.stop(retryKey);
      set({ teamError, teamRefreshing: false });
      await catchUp();
    };
    return {
      team: null,
      teamFirstRows: null,
      teamError: null,
      teamProgress: null,
      teamRefreshing: false,
      lastRefresh: null,
      teamRefreshInterrupted: false,
      teamAllReadyAt: null,
      loadTeam,
      refreshTeam: () => refresh(false),
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
        const offProgress = api.on('teamRefreshProgress', (teamProgress) => {
          set({ teamProgress });
          const answered = teamProgress.lists.some((l) => l.fetched > 0 || l.state === 'done');
          if (quietTry && teamProgress.running && answered) set({ teamRefreshing: true });
        });
        const offReady = api.on('teamAllReady', ({ at }) => set({ teamAllReadyAt: at }));
        return () => {
          offChanged();
          offProgress();
          offReady();
        };
      },
    };
  };
