import { screen, waitFor, within } from '@testing-library/react';
import type { ReadyRoomApi } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { assessReadiness, readinessStages } from '../../shared/readiness';
import type { StageCounts, TeamPerson, TeamView } from '../../shared/team-schemas';
import type { ZoomUserSummary } from '../../shared/zoom';
import { DashboardScreen } from '../../renderer/dashboard/dashboard-screen';
import { FIRST_ROWS } from '../../renderer/store/team-slice';
import { renderWithApp } from '../support/render-app';
import { signedInOwner } from '../support/sandbox-backend';

const now = new Date();
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
function person(user: ZoomUserSummary): TeamPerson {
  return {
    user,
    readiness: assessReadiness({ user }, { now, minimumAppVersion: '6.0.0' }),
    history: [],
    bounced: false,
    stale: false,
  };
}

// A team of 10,000: everyone pending for nine days (so each needs a reminder), Ana first.
const everyone = Array.from({ length: 10_000 }, (_, i) =>
  person({
    email: `p${String(i).padStart(5, '0')}@example.org`,
    first_name: i === 0 ? 'Ana' : `Person ${i}`,
    type: 2,
    status: 'pending',
    created_at: daysAgo(9),
  }),
);
const counts = Object.fromEntries(readinessStages.map((s) => [s, 0])) as StageCounts;
counts.invited = 10_000;
const whole: TeamView = {
  accountId: 'acct1',
  revision: 1,
  fetchedAt: now.toISOString(),
  complete: true,
  failedLists: [],
  fromCache: false,
  people: everyone,
  counts,
  allReady: false,
  prefs: { autoRefreshMinutes: 0, organisationName: '' },
};

/** The first rows answer at once; the whole team when the test lets it. */
function slowTeamApi() {
  let release: (() => void) | null = null;
  const asked: number[] = [];
  /** Whether the first rows were on screen when the whole team was asked for. */
  const rowsWhenAsked: boolean[] = [];
  const calls: Record<string, unknown> = {
    getSession: async () => signedInOwner,
    getTeamFirstRows: async ({ count }: { count: number }) => {
      asked.push(count);
      const { people, ...rest } = whole;
      return { ...rest, people: people.slice(0, count), total: people.length };
    },
    getTeam: () =>
      new Promise<TeamView>((resolve) => {
        rowsWhenAsked.push(screen.queryByRole('button', { name: /^Ana/ }) !== null);
        release = () => resolve(whole);
      }),
  };
  const api = new Proxy({} as ReadyRoomApi, {
    get: (_target, name) =>
      name === 'on'
        ? () => () => undefined
        : (calls[String(name)] ?? (async () => Promise.reject(new ApiError('unknown-call')))),
  });
  return { api, asked, rowsWhenAsked, isAsked: () => release !== null, release: () => release?.() };
}

describe("a big team's first moment on the dashboard", () => {
  it('draws the first rows and the counts of everyone, and waits to speak of everyone', async () => {
    const { api, asked, rowsWhenAsked, isAsked, release } = slowTeamApi();
    renderWithApp(<DashboardScreen />, api);

    expect(
      await screen.findByText('Showing the first 40 of 10,000 people. The rest are on their way.'),
    ).toBeTruthy();
    expect(asked).toEqual([FIRST_ROWS]);
    const table = screen.getByRole('table', { name: 'Your team, one row per person' });
    expect(within(table).getByRole('button', { name: /^Ana/ })).toBeTruthy();
    // The snapshot's own facts are the same for the first rows: when Zoom was read.
    expect(screen.getByText(/^Last checked with Zoom: /)).toBeTruthy();
    expect(screen.queryByText('Not checked with Zoom yet.')).toBeNull();
    // The counts are everyone's.
    const summary = screen.getByRole('region', { name: 'Where everyone is' });
    expect(summary.textContent).toContain('10,000 people');
    // Who needs her, and the file of everyone, wait for everyone.
    const needsYou = screen.getByRole('region', { name: 'Who needs you today' });
    expect(within(needsYou).getByRole('status').textContent).toBe(
      'Looking through the whole team. This takes a moment.',
    );
    expect(screen.getByRole('button', { name: 'Download the table (CSV)' })).toHaveProperty(
      'disabled',
      true,
    );

    // The whole team (big to read) is asked for only once the first rows are drawn.
    await waitFor(() => expect(isAsked()).toBe(true));
    expect(rowsWhenAsked).toEqual([true]);
    release();
    expect(await screen.findByText('Showing 10,000 of 10,000 people.')).toBeTruthy();
    expect(
      within(needsYou).queryByText('Looking through the whole team. This takes a moment.'),
    ).toBeNull();
    expect(await within(needsYou).findByText('Ana')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the table (CSV)' })).toHaveProperty(
      'disabled',
      false,
    );
  });
});
