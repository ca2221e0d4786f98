import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApiEventName, ReadyRoomApi } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { assessReadiness } from '../../shared/readiness';
import type {
  RefreshProgress,
  RefreshResult,
  TeamPerson,
  TeamView,
} from '../../shared/team-schemas';
import { DashboardScreen } from '../../renderer/dashboard/dashboard-screen';
import { renderWithApp } from '../support/render-app';
import { signedInOwner } from '../support/sandbox-backend';

const now = new Date('2026-03-01T12:00:00Z');
const admin = signedInOwner;

function person(email: string, stale = false): TeamPerson {
  const user = {
    email,
    first_name: email.split('@')[0],
    type: 2 as const,
    status: 'pending' as const,
    created_at: now.toISOString(),
  };
  return {
    user,
    readiness: assessReadiness({ user }, { now, minimumAppVersion: '6.0.0' }),
    history: [],
    bounced: false,
    stale,
  };
}

function view(people: ReadonlyArray<TeamPerson>, extra: Partial<TeamView> = {}): TeamView {
  return {
    accountId: 'acct1',
    revision: 1,
    fetchedAt: now.toISOString(),
    complete: true,
    failedLists: [],
    fromCache: false,
    people,
    counts: { invited: people.length, activated: 0, 'app-signed-in': 0, ready: 0, inactive: 0 },
    allReady: false,
    prefs: { autoRefreshMinutes: 0, organisationName: '' },
    ...extra,
  };
}

/** A fake backend whose refresh the test finishes by hand, with events it can push. */
function controllableApi(initial: TeamView) {
  const listeners = new Map<ApiEventName, (payload: unknown) => void>();
  let finish: (result: RefreshResult) => void = () => undefined;
  const counts = { refresh: 0, cancel: 0 };
  const calls: Record<string, unknown> = {
    getSession: async () => admin,
    getTeam: async () => initial,
    refreshTeam: () => {
      counts.refresh += 1;
      return new Promise<RefreshResult>((resolve) => {
        finish = resolve;
      });
    },
    cancelTeamRefresh: async () => {
      counts.cancel += 1;
      return { cancelled: true };
    },
  };
  const api = new Proxy({} as ReadyRoomApi, {
    get: (_t, name) =>
      name === 'on'
        ? (event: ApiEventName, listener: (payload: unknown) => void) => {
            listeners.set(event, listener);
            return () => listeners.delete(event);
          }
        : (calls[String(name)] ?? (async () => Promise.reject(new ApiError('unknown-call')))),
  });
  return {
    api,
    counts,
    finish: (result: RefreshResult) => act(() => finish(result)),
    emit: (event: ApiEventName, payload: unknown) => act(() => listeners.get(event)?.(payload)),
  };
}

const progress = (fetched: number, state: 'loading' | 'failed' = 'loading'): RefreshProgress => ({
  running: true,
  startedAt: now.toISOString(),
  lists: [
    {
      status: 'active',
      state,
      fetched,
      total: 900,
      error: state === 'failed' ? 'zoom-unavailable' : null,
    },
    { status: 'pending', state: 'done', fetched: 40, total: 40, error: null },
    { status: 'inactive', state: 'loading', fetched: 0, total: null, error: null },
  ],
});

describe('checking with Zoom from the dashboard', () => {
  it('shows counts while paging, can be stopped, and says nothing changed', async () => {
    const user = userEvent.setup();
    const fake = controllableApi(view([person('ann@example.org')]));
    renderWithApp(<DashboardScreen />, fake.api);
    await user.click(await screen.findByRole('button', { name: 'Check with Zoom now' }));
    fake.emit('teamRefreshProgress', progress(300));

    expect(
      screen.getByRole('progressbar', { name: 'How much of your team ReadyRoom has read' }),
    ).toBeTruthy();
    expect(screen.getByText('Accounts in use: 300 of 900')).toBeTruthy();
    expect(screen.getByText('Invitations: 40 of 40')).toBeTruthy();
    expect(screen.getByText('Turned-off accounts: 0 so far')).toBeTruthy();
    fake.emit('teamRefreshProgress', progress(600));
    expect(screen.getByText('Accounts in use: 600 of 900')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Stop checking' }));
    expect(fake.counts.cancel).toBe(1);
    await fake.finish({
      outcome: 'cancelled',
      error: null,
      view: view([person('ann@example.org')]),
    });
    expect(
      await screen.findByText('You stopped the check. Nothing in the table changed.'),
    ).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('keeps the people of a list Zoom failed, marked "Older", and says so', async () => {
    const user = userEvent.setup();
    const fake = controllableApi(view([person('ann@example.org')]));
    renderWithApp(<DashboardScreen />, fake.api);
    await user.click(await screen.findByRole('button', { name: 'Check with Zoom now' }));
    fake.emit('teamRefreshProgress', progress(300, 'failed'));
    expect(screen.getByText('Accounts in use: Zoom did not answer')).toBeTruthy();

    await fake.finish({
      outcome: 'partial',
      error: 'zoom-unavailable',
      view: view([person('ann@example.org', true), person('ben@example.org')], {
        complete: false,
        failedLists: ['active'],
      }),
    });
    expect(await screen.findByText(/Zoom did not answer for some people/)).toBeTruthy();
    expect(
      screen.getByText('Zoom is having trouble right now. Wait a few minutes and try again.'),
    ).toBeTruthy();
    expect(screen.getAllByText('Older')).toHaveLength(1);
    expect(screen.getByText('Showing 2 of 2 people.')).toBeTruthy();
  });

  it('checks again by itself at the chosen interval', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const every5 = view([person('ann@example.org')], {
        prefs: { autoRefreshMinutes: 5, organisationName: '' },
      });
      const fake = controllableApi(every5);
      renderWithApp(<DashboardScreen />, fake.api);
      await screen.findByRole('button', { name: 'Check with Zoom now' });
      expect(fake.counts.refresh).toBe(0);
      await act(async () => vi.advanceTimersByTime(5 * 60_000));
      expect(fake.counts.refresh).toBe(1);
      await fake.finish({ outcome: 'complete', error: null, view: every5 });
      await act(async () => vi.advanceTimersByTime(5 * 60_000));
      expect(fake.counts.refresh).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
