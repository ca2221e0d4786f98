import { nonprofitPeople } from '../../electron/sandbox/constants';
import type { RefreshProgress, TeamPerson } from '../../shared/team-schemas';
import { teamFixture, zoomAnswer, type TeamFixture } from './team-kit';

let fixture: TeamFixture;
afterEach(async () => {
  await fixture?.close();
});

const byEmail = (people: ReadonlyArray<TeamPerson>, email: string) =>
  people.find((p) => p.user.email === email);

const progressEvents = (f: TeamFixture): RefreshProgress[] =>
  f.events.flatMap((e) => (e.name === 'teamRefreshProgress' ? [e.payload] : []));

describe('refreshing the team from Zoom', () => {
  it('reads the three user lists with one call each, asking for pages of 2000, and nothing per person', async () => {
    fixture = await teamFixture();
    const result = await fixture.handlers.refreshTeam({});

    expect(result.outcome).toBe('complete');
    expect(fixture.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /v2/users',
      'GET /v2/users',
      'GET /v2/users',
    ]);
    expect(fixture.calls.map((c) => c.query.get('status')).sort()).toEqual([
      'active',
      'inactive',
      'pending',
    ]);
    expect(fixture.calls.every((c) => c.query.get('page_size') === '2000')).toBe(true);

    const { people, counts } = result.view;
    expect(byEmail(people, nonprofitPeople.pendingNineDays.email)?.readiness).toMatchObject({
      stage: 'invited',
      invitation: { daysPending: 9, expired: false },
    });
    expect(byEmail(people, nonprofitPeople.member.email)?.readiness.stage).toBe('activated');
    expect(byEmail(people, nonprofitPeople.coAdmin.email)?.readiness.stage).toBe('ready');
    expect(byEmail(people, nonprofitPeople.owner.email)?.readiness.stage).toBe('ready');
    expect(counts).toEqual({ invited: 3, activated: 1, 'app-signed-in': 0, ready: 2, inactive: 0 });
    expect(result.view.allReady).toBe(false);
    expect(result.view.fromCache).toBe(false);
  });

  it('pages through a large team, reporting counts as each page arrives', async () => {
    fixture = await teamFixture({ scenario: 'large', users: 1500 });
    const result = await fixture.handlers.refreshTeam({});

    expect(result.outcome).toBe('complete');
    expect(result.view.people).toHaveLength(1500);
    const expected = (['active', 'pending', 'inactive'] as const).reduce(
      (sum, status) =>
        sum +
        Math.max(
          1,
          Math.ceil(result.view.people.filter((p) => p.user.status === status).length / 300),
        ),
      0,
    );
    expect(fixture.calls).toHaveLength(expected);
    expect(fixture.calls.every((c) => c.path === '/v2/users')).toBe(true);

    const progress = progressEvents(fixture);
    const active = progress.map((p) => p.lists.find((l) => l.status === 'active')?.fetched ?? 0);
    expect(active).toEqual([...active].sort((a, b) => a - b));
    expect(new Set(active).size).toBeGreaterThan(2);
    expect(progress.at(-1)).toMatchObject({ running: false });
    expect(progress.at(-1)?.lists.every((l) => l.state === 'done')).toBe(true);
  });

  it("takes pages of 2000 from an account on Zoom's 2025 User API, and pages of 300 from one on 2023", async () => {
    fixture = await teamFixture({ scenario: 'large', users: 2500, rateLimits: 'off' });
    const callsFor = (size: number, view: ReadonlyArray<TeamPerson>) =>
      (['active', 'pending', 'inactive'] as const).reduce(
        (sum, status) =>
          sum + Math.max(1, Math.ceil(view.filter((p) => p.user.status === status).length / size)),
        0,
      );
    const classic = await fixture.handlers.refreshTeam({});
    expect(classic.view.people).toHaveLength(2500);
    expect(fixture.calls).toHaveLength(callsFor(300, classic.view.people));
    // The first page of each list asks for 2000; the next ones ask for what Zoom gave.
    expect(new Set(fixture.calls.map((c) => c.query.get('page_size')))).toEqual(
      new Set(['2000', '300']),
    );

    await fixture.control('/_sandbox/api-version', { version: '2025' });
    fixture.calls.length = 0;
    const current = await fixture.handlers.refreshTeam({});
    expect(current.view.people).toHaveLength(2500);
    expect(fixture.calls).toHaveLength(callsFor(2000, current.view.people));
    expect(fixture.calls.every((c) => c.query.get('page_size') === '2000')).toBe(true);
  });

  it('keeps the people of a list that fails, marked as older data, and says which list failed', async () => {
    fixture = await teamFixture();
    await fixture.handlers.refreshTeam({});
    fixture.setIntercept((call) =>
      call.query.get('status') === 'pending'
        ? zoomAnswer(500, { code: 500, message: 'Internal error' })
        : null,
    );

    const result = await fixture.handlers.refreshTeam({});

    expect(result.outcome).toBe('partial');
    expect(result.error).toBe('zoom-unavailable');
    expect(result.view.complete).toBe(false);
    expect(result.view.failedLists).toEqual(['pending']);
    const dorothy = byEmail(result.view.people, nonprofitPeople.pendingNineDays.email);
    expect(dorothy).toMatchObject({ stale: true, readiness: { stage: 'invited' } });
    expect(byEmail(result.view.people, nonprofitPeople.member.email)?.stale).toBe(false);
    expect(result.view.people).toHaveLength(6);
    const last = progressEvents(fixture).at(-1);
    expect(last?.lists.find((l) => l.status === 'pending')).toMatchObject({
      state: 'failed',
      error: 'zoom-unavailable',
    });
  });

  it('finishes through a 50% 5xx fault: progress continues, and any list that failed is marked', async () => {
    fixture = await teamFixture({ scenario: 'large', users: 1200 });
    await fixture.control('/_sandbox/faults', {
      errors: [{ pathPrefix: '/v2/users', rate: 0.5, status: 503 }],
    });

    const result = await fixture.handlers.refreshTeam({});

    expect(['complete', 'partial']).toContain(result.outcome);
    expect(result.view.people.length).toBeGreaterThan(0);
    expect(result.view.complete).toBe(result.outcome === 'complete');
    expect(result.view.failedLists.length > 0).toBe(result.outcome === 'partial');
    // Retries after the injected errors: more list calls than pages, and every one a list call.
    expect(fixture.calls.length).toBeGreaterThan(3);
    expect(fixture.calls.every((c) => c.method === 'GET' && c.path === '/v2/users')).toBe(true);
    expect(progressEvents(fixture).filter((p) => p.running).length).toBeGreaterThan(3);
  });

  it('can be cancelled: the answer comes at once and the snapshot stays as it was', async () => {
    fixture = await teamFixture({ scenario: 'large', users: 3000 });
    await fixture.control('/_sandbox/faults', { latencyMs: 150 });
    const running = fixture.handlers.refreshTeam({});
    await vi.waitFor(() => expect(progressEvents(fixture).length).toBeGreaterThan(1));

    expect(await fixture.handlers.cancelTeamRefresh({})).toEqual({ cancelled: true });
    const result = await running;

    expect(result.outcome).toBe('cancelled');
    expect(result.view.fetchedAt).toBeNull();
    expect(result.view.people).toHaveLength(0);
    const last = progressEvents(fixture).at(-1);
    expect(last?.running).toBe(false);
    expect(last?.lists.some((l) => l.state === 'cancelled')).toBe(true);
    expect(await fixture.handlers.cancelTeamRefresh({})).toEqual({ cancelled: false });
  });

  it('records the stages each person went through, and says once when everyone is ready', async () => {
    fixture = await teamFixture();
    await fixture.handlers.refreshTeam({});
    for (const person of [
      nonprofitPeople.pendingNineDays,
      nonprofitPeople.pendingTwoDays,
      nonprofitPeople.pendingToday,
    ])
      await fixture.handlers.cancelInvitation({ email: person.email });
    expect(fixture.events.some((e) => e.name === 'teamAllReady')).toBe(false);
    await fixture.control('/_sandbox/app-signin', { email: nonprofitPeople.member.email });

    const result = await fixture.handlers.refreshTeam({});

    const robert = byEmail(result.view.people, nonprofitPeople.member.email);
    expect(robert?.history.map((h) => h.stage)).toEqual(['activated', 'ready']);
    expect(result.view.allReady).toBe(true);
    expect(fixture.events.filter((e) => e.name === 'teamAllReady')).toHaveLength(1);
    expect(fixture.notifications).toEqual([
      { title: 'Everyone is ready', body: 'All 3 people on your team are ready for Zoom.' },
    ]);
    await fixture.handlers.refreshTeam({});
    expect(fixture.events.filter((e) => e.name === 'teamAllReady')).toHaveLength(1);
  });
});
