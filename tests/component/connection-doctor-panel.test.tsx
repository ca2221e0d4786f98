import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { ApiEventPayload, ReadyRoomApi, SessionInfo } from '../../shared/api';
import type { ConnectionDiagnosis, ConnectionPurpose } from '../../shared/connection-doctor';
import type { Language } from '../../shared/settings';
import { BridgeProvider } from '../../renderer/bridge/bridge-context';
import { ConnectionDoctorPanel } from '../../renderer/components/connection-doctor-panel';
import { createI18n } from '../../renderer/i18n/i18n';
import { createAppStore } from '../../renderer/store/store';
import { StoreProvider } from '../../renderer/store/store-context';
import { inProcessApi, testBackend } from '../support/in-process';
import { signedInOwner } from '../support/sandbox-backend';

const missingScope: ConnectionDiagnosis = {
  purpose: 'admin',
  checkedAt: '2026-12-03T12:00:00.000Z',
  checks: [
    { id: 'client-id', state: 'passed', source: 'zoom' },
    { id: 'sign-in', state: 'passed', source: 'zoom' },
    { id: 'scopes', state: 'failed', source: 'zoom' },
    { id: 'role', state: 'passed', source: 'zoom' },
    { id: 'licences', state: 'not-checked', source: 'zoom' },
  ],
  problems: [{ code: 'scopes-missing', page: 'scopes', scopes: ['user:write:user:admin'] }],
  grantedScopes: ['user:read:user:admin'],
};
const allGood: ConnectionDiagnosis = { ...missingScope, problems: [], checks: [] };

/** The panel over the real in-process API, with the doctor's answers given by the test. */
function renderPanel(
  answers: ConnectionDiagnosis[],
  purpose: ConnectionPurpose = 'admin',
  language: Language = 'en',
  session: SessionInfo = signedInOwner,
) {
  const base = inProcessApi(testBackend());
  const listeners: Array<(d: ApiEventPayload<'connectionDiagnosed'>) => void> = [];
  const asked: ConnectionPurpose[] = [];
  const api: ReadyRoomApi = {
    ...base,
    diagnoseConnection: async ({ purpose: p }) => {
      asked.push(p);
      return answers.shift() ?? allGood;
    },
    on: ((name, listener) => {
      if (name !== 'connectionDiagnosed') return base.on(name, listener);
      listeners.push(listener as (d: ConnectionDiagnosis) => void);
      return () => undefined;
    }) as ReadyRoomApi['on'],
  };
  const store = createAppStore(api);
  store.setState({ session });
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <BridgeProvider api={api}>
        <StoreProvider store={store}>
          <ConnectionDoctorPanel purpose={purpose} />
        </StoreProvider>
      </BridgeProvider>
    </I18nextProvider>,
  );
  return { asked, tell: (d: ConnectionDiagnosis) => listeners.forEach((l) => l(d)) };
}

describe('the connection doctor panel', () => {
  it('names the missing scope, where to add it, and where each answer came from', async () => {
    const { asked } = renderPanel([missingScope]);
    expect(
      await screen.findByRole('heading', { name: 'Your Zoom connection needs a fix' }),
    ).toBeTruthy();
    expect(screen.getByText('The Zoom app is missing some scopes')).toBeTruthy();
    expect(
      screen.getByText(
        "On your app's Scopes page, add these scopes: user:write:user:admin. Then sign in again.",
      ),
    ).toBeTruthy();
    expect(screen.getByText('Where: Scopes page')).toBeTruthy();
    expect(screen.getByText('The app is missing scopes.')).toBeTruthy();
    expect(
      screen.getByText('Not checked yet: licences. Zoom tells us when you give one.'),
    ).toBeTruthy();
    expect(screen.getAllByText('Zoom told us.').length).toBe(4);
    expect(asked).toEqual(['admin']);
  });

  it('goes away once “Check again” finds nothing to fix', async () => {
    renderPanel([missingScope, allGood]);
    const again = await screen.findByRole('button', { name: 'Check again' });
    await userEvent.setup().click(again);
    expect(screen.queryByRole('heading', { name: 'Your Zoom connection needs a fix' })).toBeNull();
  });

  it('shows nothing while all is well, and appears when a team call runs into a problem', async () => {
    const { asked, tell } = renderPanel([allGood]);
    await act(async () => Promise.resolve());
    expect(asked).toEqual(['admin']);
    expect(screen.queryByRole('heading')).toBeNull();
    act(() =>
      tell({
        ...missingScope,
        problems: [{ code: 'no-paid-licences', page: 'plans-billing', scopes: [] }],
      }),
    );
    expect(await screen.findByText('No paid licences are left')).toBeTruthy();
    expect(screen.getByText('Where: Plans and Billing in the Zoom web portal')).toBeTruthy();
  });

  it('tells an invitee, in Spanish, that their admin can fix it', async () => {
    renderPanel(
      [
        {
          ...missingScope,
          purpose: 'invitee',
          problems: [{ code: 'scopes-missing', page: 'scopes', scopes: ['user:read:user'] }],
        },
      ],
      'invitee',
      'es',
      {
        ...signedInOwner,
        person: signedInOwner.person && { ...signedInOwner.person, role: 'member' },
      },
    );
    expect(
      await screen.findByText('Su administrador de Zoom puede arreglarlo. Muéstrele este mensaje.'),
    ).toBeTruthy();
    expect(screen.getByText('A la app de Zoom le faltan algunos scopes')).toBeTruthy();
  });

  it('after a sign-in that failed, names the redirect, but leaves "offline" to the sign-in panel', async () => {
    const failedSignIn = (error: 'sign-in-timed-out' | 'zoom-unreachable'): SessionInfo => ({
      ...signedInOwner,
      state: 'signed-out',
      person: null,
      error,
    });
    const refused: ConnectionDiagnosis = {
      ...missingScope,
      problems: [{ code: 'redirect-not-allowed', page: 'basic-info', scopes: [] }],
    };
    const offline: ConnectionDiagnosis = {
      ...missingScope,
      problems: [{ code: 'zoom-unreachable', page: null, scopes: [] }],
    };
    const first = renderPanel([offline], 'admin', 'en', failedSignIn('zoom-unreachable'));
    await act(async () => Promise.resolve());
    expect(first.asked).toEqual(['admin']);
    expect(screen.queryByText('ReadyRoom could not reach Zoom')).toBeNull();

    renderPanel([refused], 'admin', 'en', failedSignIn('sign-in-timed-out'));
    expect(
      await screen.findByText('Zoom does not let sign-in come back to ReadyRoom'),
    ).toBeTruthy();
    expect(screen.getByText('Where: Basic Info page')).toBeTruthy();
  });

  it('does not run before anyone has signed in', async () => {
    const { asked } = renderPanel([missingScope], 'admin', 'en', {
      ...signedInOwner,
      state: 'signed-out',
      person: null,
    });
    await act(async () => Promise.resolve());
    expect(asked).toEqual([]);
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
