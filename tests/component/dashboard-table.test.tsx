import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReadyRoomApi, SessionInfo } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { assessReadiness, readinessStages } from '../../shared/readiness';
import type { StageCounts, TeamPerson, TeamView } from '../../shared/team-schemas';
import type { ZoomUserSummary } from '../../shared/zoom';
import { DashboardScreen } from '../../renderer/dashboard/dashboard-screen';
import { renderWithApp } from '../support/render-app';
import { signedInOwner } from '../support/sandbox-backend';

const now = new Date('2026-03-01T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

function person(user: ZoomUserSummary): TeamPerson {
  const readiness = assessReadiness({ user }, { now, minimumAppVersion: '6.0.0' });
  return {
    user,
    readiness,
    history: [{ stage: readiness.stage, at: daysAgo(1) }],
    bounced: false,
    stale: false,
  };
}

const dorothy = person({
  email: 'dorothy.evans@example.com',
  first_name: 'Dorothy',
  last_name: 'Evans',
  type: 2,
  status: 'pending',
  created_at: daysAgo(9),
});
const robert = person({
  id: 'r1',
  email: 'robert.chen@example.org',
  first_name: 'Robert',
  last_name: 'Chen',
  type: 2,
  status: 'active',
  verified: 1,
  role_id: '2',
  last_login_time: daysAgo(5),
});
const james = person({
  id: 'j1',
  email: 'james.carter@example.org',
  first_name: 'James',
  last_name: 'Carter',
  type: 2,
  status: 'active',
  verified: 1,
  role_id: '1',
  last_login_time: daysAgo(2),
  last_client_version: '6.1.10.45566(win)',
});
const linda = person({
  id: 'l1',
  email: 'linda.park@example.org',
  first_name: 'Linda',
  last_name: 'Park',
  type: 1,
  status: 'active',
  verified: 1,
  last_client_version: '6.2.0.46690(mac)',
});

function view(people: ReadonlyArray<TeamPerson>): TeamView {
  const counts = Object.fromEntries(readinessStages.map((s) => [s, 0])) as StageCounts;
  for (const p of people) counts[p.readiness.stage] += 1;
  return {
    accountId: 'acct1',
    revision: 1,
    fetchedAt: now.toISOString(),
    complete: true,
    failedLists: [],
    fromCache: false,
    people,
    counts,
    allReady: false,
    prefs: { autoRefreshMinutes: 0, organisationName: 'Riverside Food Bank' },
  };
}

const admin = signedInOwner;

/** An API that answers the dashboard's reads and refuses everything else. */
function fakeApi(team: TeamView, session: SessionInfo = admin): ReadyRoomApi {
  const calls: Record<string, unknown> = {
    getSession: async () => session,
    getTeam: async () => team,
    refreshTeam: async () => ({ outcome: 'complete', error: null, view: team }),
  };
  return new Proxy({} as ReadyRoomApi, {
    get: (_target, name) =>
      name === 'on'
        ? () => () => undefined
        : (calls[String(name)] ?? (async () => Promise.reject(new ApiError('unknown-call')))),
  });
}

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('button').textContent);

describe('the team table', () => {
  it('is a real table: caption, column headers, row headers, and the sorted column marked', async () => {
    renderWithApp(<DashboardScreen />, fakeApi(view([james, dorothy, robert, linda])));
    const table = await screen.findByRole('table', { name: 'Your team, one row per person' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    // The columns that matter first; role, license and Zoom app are in the person's panel.
    expect(headers).toEqual(['Name↕', 'Stage▲', 'What needs fixing', 'Invited↕', 'Last sign-in↕']);
    expect(
      within(table).getByRole('columnheader', { name: /Stage/ }).getAttribute('aria-sort'),
    ).toBe('ascending');
    // Least ready first: invited, set up, signed in to the app (Basic), ready.
    expect(rowNames()).toEqual(['Dorothy Evans', 'Robert Chen', 'Linda Park', 'James Carter']);
    const dorothyRow = screen.getAllByRole('row')[1]!;
    expect(dorothyRow.textContent).toMatch(
      /Invite sent.*Invitation not used yet.*9 days ago.*Link ends in 21 days/,
    );
    expect(table.getAttribute('aria-rowcount')).toBe('5');
  });

  it('sorts by a column with the keyboard, and says which way', async () => {
    const user = userEvent.setup();
    renderWithApp(<DashboardScreen />, fakeApi(view([james, dorothy, robert, linda])));
    const nameButton = await screen.findByRole('button', { name: /^Name/ });
    nameButton.focus();
    await user.keyboard('{Enter}');
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(
      screen.getByRole('columnheader', { name: /Stage/ }).getAttribute('aria-sort'),
    ).toBeNull();
    expect(rowNames()).toEqual(['Dorothy Evans', 'James Carter', 'Linda Park', 'Robert Chen']);
    await user.keyboard('{Enter}');
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames()).toEqual(['Robert Chen', 'Linda Park', 'James Carter', 'Dorothy Evans']);
  });

  it('searches by name or email and filters by stage and by what needs fixing', async () => {
    const user = userEvent.setup();
    renderWithApp(<DashboardScreen />, fakeApi(view([james, dorothy, robert, linda])));
    await user.type(await screen.findByLabelText('Search by name or email'), 'EVANS');
    expect(rowNames()).toEqual(['Dorothy Evans']);
    expect(screen.getByText('Showing 1 of 4 people.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Show everyone' }));
    await user.selectOptions(screen.getByLabelText('Stage'), 'Ready to go');
    expect(rowNames()).toEqual(['James Carter']);

    await user.selectOptions(screen.getByLabelText('Stage'), 'Any stage');
    await user.selectOptions(screen.getByLabelText('What needs fixing'), 'Basic, not Licensed');
    expect(rowNames()).toEqual(['Linda Park']);

    await user.selectOptions(screen.getByLabelText('What needs fixing'), 'Anything');
    await user.type(screen.getByLabelText('Search by name or email'), 'nobody');
    expect(screen.getByText(/No one matches/)).toBeTruthy();
  });

  it('draws only the rows in view for 10,000 people, and still finds anyone', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 10_000 }, (_, i) =>
      person({
        id: `u${i}`,
        email: `person${String(i).padStart(5, '0')}@example.org`,
        first_name: 'Person',
        last_name: String(i).padStart(5, '0'),
        type: 2,
        status: 'active',
        verified: 1,
        last_client_version: '6.2.0.1(mac)',
      }),
    );
    renderWithApp(<DashboardScreen />, fakeApi(view(many)));
    const table = await screen.findByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    expect(table.querySelectorAll('tr[data-row]').length).toBeLessThan(50);

    await user.type(screen.getByLabelText('Search by name or email'), 'person09999');
    expect(rowNames()).toEqual(['Person 09999']);
    expect(screen.getAllByRole('row')[1]?.getAttribute('aria-rowindex')).toBe('2');
  });

  it('explains to a member why there is no team to see', async () => {
    const member: SessionInfo = {
      ...admin,
      person: { ...admin.person!, name: 'Robert Chen', role: 'member' },
    };
    renderWithApp(<DashboardScreen />, fakeApi(view([dorothy]), member));
    expect(
      await screen.findByText(
        /This account is a member, not an owner or admin, so it can't see the team/,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
