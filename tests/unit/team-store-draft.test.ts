import { EventHub } from '../../electron/services/events';
import { createMemoryLogger } from '../../electron/services/log';
import { mergeLists, type ListRead } from '../../electron/services/team/team-refresh';
import { TeamStore } from '../../electron/services/team/team-store';
import type { ZoomUserStatus, ZoomUserSummary } from '../../shared/zoom';
import { teamFixture, type TeamFixture } from './team-kit';

const DAY = 24 * 60 * 60 * 1000;

function storeAt(clock: { now: number }): TeamStore {
  const store = new TeamStore({
    dataDir: null,
    log: createMemoryLogger(),
    now: () => new Date(clock.now),
    events: new EventHub(),
    minimumZoomVersion: () => '6.0.0',
  });
  store.useAccount('acct-1');
  return store;
}

const start = Date.parse('2026-11-20T09:00:00Z');
const person = (
  email: string,
  status: ZoomUserStatus,
  extra: Partial<ZoomUserSummary> = {},
): ZoomUserSummary => ({
  id: email.split('@')[0],
  email,
  type: 2,
  status,
  ...(status === 'pending' ? { created_at: new Date(start - 2 * DAY).toISOString() } : {}),
  ...(status === 'active'
    ? { last_login_time: new Date(start - DAY).toISOString(), last_client_version: '6.2.0' }
    : {}),
  ...extra,
});

/** The lists as a refresh reads them: active, pending, inactive (inactive failed midway). */
const lists = (): ListRead[] => [
  {
    status: 'active',
    users: [person('ana@example.org', 'active'), person('Ben@Example.org', 'active')],
    state: 'done',
    error: null,
  },
  {
    status: 'pending',
    // Ben is in two lists (Zoom moved him while the lists were read): the first list wins.
    users: [person('ben@example.org', 'pending'), person('cleo@example.org', 'pending')],
    state: 'done',
    error: null,
  },
  { status: 'inactive', users: [], state: 'failed', error: 'zoom-unavailable' },
];

/** What the dashboard shows of each person (all of it but the object identities). */
const shown = (store: TeamStore) =>
  store.view().people.map((p) => ({
    email: p.user.email,
    stage: p.readiness.stage,
    blockers: p.readiness.blockers,
    history: p.history,
    stale: p.stale,
    bounced: p.bounced,
  }));

describe("a refresh's people, worked out as each page comes", () => {
  it('gives what merging the lists at the end gives: first list wins, a failed list keeps its people', async () => {
    const clock = { now: start - DAY };
    const before = [
      person('ana@example.org', 'pending'),
      person('dev@example.org', 'inactive'),
      person('eve@example.org', 'inactive'),
    ];
    const drafted = storeAt(clock);
    const merged = storeAt(clock);
    for (const store of [drafted, merged])
      await store.replace({
        fetchedAt: new Date(clock.now),
        failedLists: [],
        people: before.map((user) => ({ user, stale: false })),
      });
    clock.now = start;

    // The pages come in any order across lists: pending's before the last of active's.
    drafted.beginDraft(['active', 'pending', 'inactive']);
    const [active, pending] = lists();
    drafted.draftPage('active', active!.users.slice(0, 1));
    drafted.draftPage('pending', pending!.users);
    drafted.draftPage('active', active!.users.slice(1));
    expect(
      await drafted.replaceFromDraft({ fetchedAt: new Date(start), failedLists: ['inactive'] }),
    ).toBe(true);
    await merged.replace({
      fetchedAt: new Date(start),
      failedLists: ['inactive'],
      people: mergeLists(lists(), merged.records()),
    });

    expect(shown(drafted)).toEqual(shown(merged));
    expect(shown(drafted).map((p) => [p.email, p.stale])).toEqual([
      ['ana@example.org', false],
      ['Ben@Example.org', false],
      ['cleo@example.org', false],
      ['dev@example.org', true],
      ['eve@example.org', true],
    ]);
    // Ana's history goes on from the last snapshot: invited, then signed in.
    expect(shown(drafted)[0]?.history.map((h) => h.stage)).toEqual(['invited', 'ready']);
    expect(drafted.view().complete).toBe(false);
    expect(drafted.view().failedLists).toEqual(['inactive']);
  });

  it('is not used when the team changed meanwhile (a note made during the refresh is kept)', async () => {
    const clock = { now: start };
    const store = storeAt(clock);
    store.beginDraft(['active', 'pending', 'inactive']);
    store.draftPage('pending', [person('cleo@example.org', 'pending')]);
    await store.setBounced('cleo@example.org', true);
    expect(await store.replaceFromDraft({ fetchedAt: new Date(start), failedLists: [] })).toBe(
      false,
    );
  });

  it('moves on with the clock and with every note after the refresh', async () => {
    const clock = { now: start };
    const store = storeAt(clock);
    store.beginDraft(['active', 'pending', 'inactive']);
    store.draftPage('pending', [person('cleo@example.org', 'pending')]);
    await store.replaceFromDraft({ fetchedAt: new Date(start), failedLists: [] });
    const days = () =>
      store.view().people[0]?.readiness.blockers.find((b) => b.code === 'invitation-pending')
        ?.params;
    expect(days()).toEqual({ days: 2 });

    // A day later, with no refresh: the invitation has waited a day longer.
    clock.now += DAY;
    expect(days()).toEqual({ days: 3 });

    await store.recordNudge('cleo@example.org', 'message');
    expect(store.view().people[0]?.lastNudge?.how).toBe('message');
    await store.setBounced('cleo@example.org', true);
    expect(store.view().people[0]?.bounced).toBe(true);
  });
});

describe('a note made while a refresh runs', () => {
  let fixture: TeamFixture;
  afterEach(async () => fixture?.close());

  it("is in the refresh's result", async () => {
    fixture = await teamFixture({ scenario: 'nonprofit', rateLimits: 'off' });
    const first = await fixture.handlers.refreshTeam({});
    const pending = first.view.people.find((p) => p.user.status === 'pending')!;
    await fixture.control('/_sandbox/faults', { latencyMs: 300 });

    const refresh = fixture.handlers.refreshTeam({});
    await fixture.handlers.setEmailBounced({ email: pending.user.email, bounced: true });
    const result = await refresh;

    const after = result.view.people.find((p) => p.user.email === pending.user.email)!;
    expect(after.bounced).toBe(true);
    expect(after.readiness.blockers.map((b) => b.code)).toContain('email-bounced');
  });
});
