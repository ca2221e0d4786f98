import { firstPeople, indexPeople, sortPeople } from '../../shared/team-table';
import { apiCalls } from '../../shared/api';
import { dispatchCall } from '../../electron/services/dispatch';
import { createMemoryLogger } from '../../electron/services/log';
import { teamFixture, type TeamFixture } from './team-kit';

let fixture: TeamFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe("a big team's first rows", () => {
  it('are the rows the table draws first: the same people, in the same order', async () => {
    fixture = await teamFixture({ scenario: 'large', users: 600, rateLimits: 'off' });
    const { view } = await fixture.handlers.refreshTeam({});
    const table = sortPeople(indexPeople(view.people), 'stage', 'ascending').map(
      (p) => p.person.user.email,
    );
    for (const count of [1, 40, 200]) {
      const first = await fixture.handlers.getTeamFirstRows({ count });
      expect(first.people.map((p) => p.user.email)).toEqual(table.slice(0, count));
    }
    // Fewer people than asked for: everyone, as the table orders them.
    expect(firstPeople(view.people.slice(0, 7), 40).map((p) => p.user.email)).toEqual(
      sortPeople(indexPeople(view.people.slice(0, 7)), 'stage', 'ascending').map(
        (p) => p.person.user.email,
      ),
    );
  });

  it("carry everyone's counts and size, so the summary is about the whole team", async () => {
    fixture = await teamFixture({ scenario: 'large', users: 300, rateLimits: 'off' });
    await fixture.handlers.refreshTeam({});
    const whole = await fixture.handlers.getTeam({});
    const first = await fixture.handlers.getTeamFirstRows({ count: 40 });
    expect(first.people).toHaveLength(40);
    expect(first.total).toBe(300);
    expect(first.counts).toEqual(whole.counts);
    expect(first.allReady).toBe(whole.allReady);
    expect(first.revision).toBe(whole.revision);
    expect(first.fetchedAt).toBe(whole.fetchedAt);
  });

  it('are checked against the contract, and a request for more than a window is refused', async () => {
    fixture = await teamFixture({ scenario: 'nonprofit', rateLimits: 'off' });
    await fixture.handlers.refreshTeam({});
    const log = createMemoryLogger();
    const ok = await dispatchCall(fixture.handlers as never, 'getTeamFirstRows', { count: 3 }, log);
    expect(ok.ok).toBe(true);
    expect(apiCalls.getTeamFirstRows.result.safeParse(ok.ok && ok.value).success).toBe(true);
    const tooMany = await dispatchCall(
      fixture.handlers as never,
      'getTeamFirstRows',
      { count: 5000 },
      log,
    );
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });
});
