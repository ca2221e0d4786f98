import type { ApiEventName, ReadyRoomApi, SessionInfo } from '../../shared/api';
import type { TeamFirstRows, TeamPerson, TeamView } from '../../shared/team-schemas';
import { ApiError } from '../../shared/errors';
import { FIRST_ROWS } from '../../renderer/store/team-slice';
import { createAppStore } from '../../renderer/store/store';
import type { Reconnect } from '../../renderer/store/reconnect';

/** A team view with `people` nobody and the given revision (the slice only passes it on). */
function view(revision: number, accountId = 'acct1'): TeamView {
  return {
    accountId,
    revision,
    fetchedAt: '2026-12-01T10:00:00.000Z',
    complete: true,
    failedLists: [],
    fromCache: false,
    people: [],
    counts: { invited: 0, activated: 0, 'app-signed-in': 0, ready: 0, inactive: 0 },
    allReady: false,
    prefs: { autoRefreshMinutes: 0, organisationName: '' },
  } as TeamView;
}

const signedIn = (accountId: string): SessionInfo => ({
  state: 'signed-in',
  person: { name: 'Maria', email: 'maria@example.org', accountId, role: 'owner', kind: 'user' },
  signInUrl: null,
  error: null,
  secretBackend: 'memory',
});

/**
 * A backend whose getTeam answers only when the test says, counting the asks; its first rows
 * (asked first) answer at once, for a team of `total` with no rows drawn yet unless told.
 */
function slowBackend(
  firstRows: (count: number) => Promise<TeamFirstRows> = async () => ({
    ...view(0),
    people: [],
    total: 1000,
  }),
) {
  const asks: Array<(v: TeamView) => void> = [];
  const firstAsks: number[] = [];
  const listeners = new Map<ApiEventName, (payload: unknown) => void>();
  const api = {
    getTeam: () => new Promise<TeamView>((resolve) => asks.push(resolve)),
    getTeamFirstRows: ({ count }: { count: number }) => {
      firstAsks.push(count);
      return firstRows(count);
    },
    on: (event: ApiEventName, listener: (payload: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  } as unknown as ReadyRoomApi;
  const reconnect: Reconnect = { retry: () => undefined, stop: () => undefined };
  return {
    store: createAppStore(api, reconnect),
    asks,
    firstAsks,
    emit: (e: ApiEventName, p: unknown) => listeners.get(e)?.(p),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loading the team into the dashboard', () => {
  it('asks the backend once when the screen and an announcement ask at the same time', async () => {
    const { store, asks, emit } = slowBackend();
    store.setState({ session: signedIn('acct1') });
    store.getState().listenTeam();

    const screen = store.getState().loadTeam();
    emit('teamChanged', { revision: 3 });
    const again = store.getState().loadTeam();
    await settle();
    expect(asks).toHaveLength(1);

    asks[0]!(view(3));
    await Promise.all([screen, again]);
    await settle();
    expect(asks).toHaveLength(1);
    expect(store.getState().team?.revision).toBe(3);
  });

  it('shares a load asked before the session was known with the session that then arrives', async () => {
    const { store, asks } = slowBackend();
    const early = store.getState().loadTeam();
    store.setState({ session: signedIn('acct1') });
    const known = store.getState().loadTeam();
    await settle();
    expect(asks).toHaveLength(1);
    asks[0]!(view(2));
    await Promise.all([early, known]);
    expect(store.getState().team?.revision).toBe(2);
  });

  it('asks again for another sign-in, and when an announcement is newer than the answer', async () => {
    const { store, asks, emit } = slowBackend();
    store.setState({ session: signedIn('acct1') });
    store.getState().listenTeam();
    const first = store.getState().loadTeam();
    store.setState({ session: signedIn('acct2') });
    const second = store.getState().loadTeam();
    await settle();
    // The second waits for the first answer, then asks for itself.
    expect(asks).toHaveLength(1);
    asks[0]!(view(1, 'acct1'));
    await first;
    await settle();
    expect(asks).toHaveLength(2);
    asks[1]!(view(2, 'acct2'));
    await second;
    expect(store.getState().team?.accountId).toBe('acct2');

    emit('teamChanged', { revision: 5 });
    await settle();
    expect(asks).toHaveLength(3);
    asks[2]!(view(5, 'acct2'));
    await settle();
    expect(store.getState().team?.revision).toBe(5);
  });

  it("shows a big team's first rows while the whole team is on its way, then the whole team", async () => {
    const person = { user: { email: 'ana@example.org' } } as TeamPerson;
    const { store, asks, firstAsks } = slowBackend(async () => ({
      ...view(4),
      people: [person],
      total: 10_000,
    }));
    store.setState({ session: signedIn('acct1') });
    const loading = store.getState().loadTeam();
    await settle();
    expect(firstAsks).toEqual([FIRST_ROWS]);
    expect(store.getState().teamFirstRows?.people).toEqual([person]);
    expect(store.getState().teamFirstRows?.total).toBe(10_000);
    // The team itself is not here yet: nothing may speak of everyone from the first rows.
    expect(store.getState().team).toBeNull();
    expect(asks).toHaveLength(1);
    asks[0]!(view(4));
    await loading;
    expect(store.getState().team?.revision).toBe(4);
    expect(store.getState().teamFirstRows).toBeNull();
  });

  it('asks once for a team that fits in its first rows', async () => {
    const { store, asks, firstAsks } = slowBackend(async () => ({ ...view(2), total: 0 }));
    store.setState({ session: signedIn('acct1') });
    await store.getState().loadTeam();
    expect(firstAsks).toHaveLength(1);
    expect(asks).toHaveLength(0);
    expect(store.getState().team?.revision).toBe(2);
    expect(store.getState().team).not.toHaveProperty('total');
  });

  it('still asks for the whole team when the first rows fail, and drops them when the team fails', async () => {
    const failing = slowBackend(async () => {
      throw new ApiError('backend-unreachable', 'no');
    });
    failing.store.setState({ session: signedIn('acct1') });
    const loading = failing.store.getState().loadTeam();
    await settle();
    expect(failing.asks).toHaveLength(1);
    failing.asks[0]!(view(1));
    await loading;
    expect(failing.store.getState().team?.revision).toBe(1);

    const api = {
      getTeamFirstRows: async () => ({ ...view(1), people: [], total: 500 }),
      getTeam: async () => {
        throw new ApiError('offline', 'gone');
      },
      on: () => () => undefined,
    } as unknown as ReadyRoomApi;
    const store = createAppStore(api, { retry: () => undefined, stop: () => undefined });
    store.setState({ session: signedIn('acct1') });
    await store.getState().loadTeam();
    expect(store.getState().teamError).toBe('offline');
    // "The rest are on their way" would no longer be true.
    expect(store.getState().teamFirstRows).toBeNull();
  });
});
