import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountCheck, ApiEventName, ReadyRoomApi, SessionInfo } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { assessReadiness } from '../../shared/readiness';
import type { RefreshResult, TeamPerson, TeamView } from '../../shared/team-schemas';
import { checkMyAccount } from '../../electron/services/checks/account-check';
import { DashboardScreen } from '../../renderer/dashboard/dashboard-screen';
import { App } from '../../renderer/app';
import { inProcessApi, testBackend } from '../support/in-process';
import { renderWithApp } from '../support/render-app';
import { signedInOwner } from '../support/sandbox-backend';

const now = new Date('2026-03-01T12:00:00Z');

function person(email: string): TeamPerson {
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
    stale: false,
  };
}

const people = ['ana@example.org', 'ben@example.org', 'cy@example.org'].map(person);

function view(extra: Partial<TeamView> = {}): TeamView {
  return {
    accountId: 'acct1',
    revision: 1,
    fetchedAt: now.toISOString(),
    complete: true,
    failedLists: [],
    fromCache: false,
    people,
    counts: { invited: 3, activated: 0, 'app-signed-in': 0, ready: 0, inactive: 0 },
    allReady: false,
    prefs: { autoRefreshMinutes: 0, organisationName: '' },
    ...extra,
  };
}

const signedOut = (error: SessionInfo['error']): SessionInfo => ({
  state: 'signed-out',
  person: null,
  signInUrl: null,
  error,
  secretBackend: 'memory',
});

/** A fake backend: each call answers from `calls`; `emit` pushes an event as the backend would. */
function fakeApi(calls: Record<string, (args: unknown) => Promise<unknown>>) {
  const listeners = new Map<ApiEventName, Set<(payload: unknown) => void>>();
  const counts: Record<string, number> = {};
  const api = new Proxy({} as ReadyRoomApi, {
    get: (_t, name) => {
      if (name === 'on')
        return (event: ApiEventName, listener: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set();
          set.add(listener);
          listeners.set(event, set);
          return () => set.delete(listener);
        };
      return (args: unknown) => {
        counts[String(name)] = (counts[String(name)] ?? 0) + 1;
        const call = calls[String(name)];
        return call ? call(args) : Promise.reject(new ApiError('unknown-call'));
      };
    },
  });
  const emit = (event: ApiEventName, payload: unknown) =>
    act(() => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    });
  return { api, counts, emit };
}

/** What the computer says when the network comes back. */
const backOnline = () => act(() => void window.dispatchEvent(new Event('online')));

describe('one event, one message', () => {
  it('sign-in revoked outside the app: one plain message, one button, and the check picks up after', async () => {
    let session: SessionInfo = signedInOwner;
    let refreshes = 0;
    const ended = signedOut('session-expired');
    const fake = fakeApi({
      getSession: async () => session,
      getTeam: async () => view(),
      refreshTeam: async (): Promise<RefreshResult> => {
        refreshes += 1;
        if (refreshes === 1) {
          // Zoom refused the refresh token: the backend ends the session while the check runs.
          session = ended;
          fake.emit('sessionChanged', ended);
          return { outcome: 'failed', error: 'session-expired', view: view() };
        }
        return { outcome: 'complete', error: null, view: view({ revision: 2 }) };
      },
    });
    const user = userEvent.setup();
    const { store } = renderWithApp(<DashboardScreen />, fake.api);
    store.getState().listen();
    await user.click(await screen.findByRole('button', { name: 'Check with Zoom now' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Your Zoom sign-in has ended. Please sign in again.');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getAllByText(/sign-in has ended/)).toHaveLength(1);
    expect(screen.queryByText(/You are not signed in/)).toBeNull();
    expect(screen.queryByText(/could not check with Zoom/)).toBeNull();
    expect(screen.getAllByRole('button', { name: /Sign in/ })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Check with Zoom now' })).toBeNull();
    // Nothing lost: the table is still there.
    expect(screen.getByRole('button', { name: 'ana' })).toBeTruthy();

    session = signedInOwner;
    fake.emit('sessionChanged', signedInOwner);
    expect(await screen.findByText('Done. ReadyRoom read 3 people from Zoom.')).toBeTruthy();
    expect(refreshes).toBe(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offline on the dashboard: one sentence, no progress left running, and it picks up by itself', async () => {
    const answers: Array<(result: RefreshResult) => void> = [];
    const fake = fakeApi({
      getSession: async () => signedInOwner,
      getTeam: async () => view(),
      refreshTeam: () => new Promise<RefreshResult>((resolve) => answers.push(resolve)),
    });
    const offline: RefreshResult = { outcome: 'failed', error: 'offline', view: view() };
    const user = userEvent.setup();
    renderWithApp(<DashboardScreen />, fake.api);
    await user.click(await screen.findByRole('button', { name: 'Check with Zoom now' }));
    await act(async () => answers[0]?.(offline));

    const sentence =
      'You seem to be offline. ReadyRoom will check with Zoom by itself when you are back online. The table shows what it saw before.';
    expect(await screen.findByText(sentence)).toBeTruthy();
    expect(screen.queryByText(/could not check with Zoom/)).toBeNull();
    expect(screen.queryByText(/Check that this computer/)).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Check with Zoom now' })).toBeTruthy();

    // The network flickers back: a quiet try, still offline, changes nothing on screen.
    backOnline();
    await waitFor(() => expect(answers).toHaveLength(2));
    expect(screen.queryByRole('progressbar')).toBeNull();
    await act(async () => answers[1]?.(offline));
    expect(screen.getByText(sentence)).toBeTruthy();

    backOnline();
    await waitFor(() => expect(answers).toHaveLength(3));
    await act(async () =>
      answers[2]?.({ outcome: 'complete', error: null, view: view({ revision: 2 }) }),
    );
    expect(await screen.findByText('Done. ReadyRoom read 3 people from Zoom.')).toBeTruthy();
    expect(screen.queryByText(sentence)).toBeNull();
    expect(fake.counts.refreshTeam).toBe(3);
  });

  it('started offline: one message instead of "not signed in", and the kept sign-in comes back', async () => {
    let session = signedOut('offline');
    const fake = fakeApi({
      getSession: async () => session,
      getTeam: async () => view({ fromCache: true }),
      refreshTeam: async () => ({ outcome: 'complete', error: null, view: view({ revision: 2 }) }),
    });
    renderWithApp(<DashboardScreen />, fake.api);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'You seem to be offline. Check that this computer is connected to the internet.',
    );
    expect(screen.queryByText(/You are not signed in/)).toBeNull();
    expect(screen.getByRole('button', { name: 'ana' })).toBeTruthy();

    session = signedInOwner;
    backOnline();
    expect(await screen.findByText(/You are signed in as Maria Lopez/)).toBeTruthy();
    expect(await screen.findByText('Done. ReadyRoom read 3 people from Zoom.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe("the wizard's live check while offline", () => {
  it('says "offline" once, shows no spinner, and passes by itself when the network is back', async () => {
    const account: AccountCheck = await checkMyAccount(
      {
        getMe: async () => ({
          id: 'u1',
          email: 'robert@example.org',
          first_name: 'Robert',
          last_name: 'Brown',
          type: 2,
          status: 'active',
          verified: 1,
          account_id: 'acct1',
          created_at: now.toISOString(),
        }),
      },
      { pack: null, minimumVersion: '6.0.0', now },
    );
    let online = false;
    let checks = 0;
    const backend = testBackend();
    await backend.handlers.updateSettings({ role: 'invitee' });
    await backend.handlers.saveWizardProgress({ currentStep: 'sign-in' });
    const api = inProcessApi(backend);
    api.getSession = async () => ({
      ...signedInOwner,
      person: { ...signedInOwner.person!, role: 'member' },
    });
    api.checkMyAccount = async () => {
      checks += 1;
      if (!online) throw new ApiError('offline');
      return account;
    };
    renderWithApp(<App />, api);

    const offline =
      'You seem to be offline. Check that this computer is connected to the internet.';
    expect(await screen.findByText(offline)).toBeTruthy();
    expect(screen.queryByText('Checking your Zoom account…')).toBeNull();
    expect(screen.getAllByText(/offline/)).toHaveLength(1);

    online = true;
    backOnline();
    expect(
      await screen.findByText('Your Zoom account is ready, with a full license.'),
    ).toBeTruthy();
    expect(screen.queryByText(offline)).toBeNull();
    expect(checks).toBe(2);
  });
});
