import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { demoZoomEnvironment, realZoomEnvironment } from '../../electron/services/zoom/environment';
import type { BackendPorts } from '../../electron/services/backend';
import type { ReadyRoomApi } from '../../shared/api';
import type { ConnectionDiagnosis } from '../../shared/connection-doctor';
import type { Language } from '../../shared/settings';
import { scopesToAdd } from '../../shared/zoom-scopes';
import { App } from '../../renderer/app';
import { AppHelp } from '../../renderer/components/app-help';
import { BridgeProvider } from '../../renderer/bridge/bridge-context';
import { createI18n } from '../../renderer/i18n/i18n';
import { createAppStore } from '../../renderer/store/store';
import { StoreProvider } from '../../renderer/store/store-context';
import { EventHub } from '../../electron/services/events';
import { createMemoryLogger } from '../../electron/services/log';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { ZoomService } from '../../electron/services/zoom-service';
import { inProcessApi, testBackend } from '../support/in-process';

const demoOrigin = 'http://127.0.0.1:9';

const diagnosis = (
  states: Partial<Record<ConnectionDiagnosis['checks'][number]['id'], 'passed' | 'failed'>>,
  problems: ConnectionDiagnosis['problems'] = [],
): ConnectionDiagnosis => ({
  purpose: 'admin',
  checkedAt: '2026-12-03T12:00:00.000Z',
  checks: (['client-id', 'sign-in', 'scopes', 'role', 'licences'] as const).map((id) => ({
    id,
    state: states[id] ?? 'not-checked',
    source: 'zoom',
  })),
  problems,
  grantedScopes: [],
});
const green = diagnosis({
  'client-id': 'passed',
  'sign-in': 'passed',
  scopes: 'passed',
  role: 'passed',
});

/**
 * The whole app over the in-process backend (demo mode, the sandbox's origin known), with the
 * connection doctor's answers given by the test, one per call; a thrown answer is a failed call.
 */
async function renderGuideApp(
  answers: Array<ConnectionDiagnosis | Error>,
  { language = 'en', builtIn = false }: { language?: Language; builtIn?: boolean } = {},
) {
  // A copy built with its own Zoom app talks to Zoom from the start (no network call is made here).
  const events = new EventHub();
  const ports: Partial<BackendPorts> = builtIn
    ? {
        events,
        builtInZoomClientId: 'built-in-app',
        zoom: new ZoomService({
          environment: realZoomEnvironment('built-in-app'),
          secrets: new MemorySecretStore(),
          openBrowser: async () => undefined,
          opensInTab: true,
          events,
          log: createMemoryLogger(),
          language: () => 'en',
        }),
      }
    : {};
  const backend = testBackend({
    demoZoomOrigin: () => demoOrigin,
    zoomEnvironments: {
      real: realZoomEnvironment,
      demo: async () => demoZoomEnvironment(demoOrigin),
    },
    ...ports,
  });
  const base = inProcessApi(backend);
  let asked = 0;
  const api: ReadyRoomApi = {
    ...base,
    diagnoseConnection: async ({ purpose }) => {
      expect(purpose).toBe('admin');
      asked += 1;
      const answer = answers.shift() ?? green;
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  if (language !== 'en') await backend.handlers.updateSettings({ language });
  const store = createAppStore(api);
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <BridgeProvider api={api}>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </BridgeProvider>
    </I18nextProvider>,
  );
  return { backend, store, asked: () => asked };
}

async function openGuide(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByText("Use your team's real Zoom account"));
  await user.click(screen.getByRole('button', { name: 'Show me how, step by step' }));
  return screen.findByRole('dialog', { name: 'Connect ReadyRoom to your Zoom account' });
}

const next = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Next' }));

describe('the guide "Connect ReadyRoom to your Zoom account"', () => {
  it('walks "make your own app" one task a screen, with the values to copy', async () => {
    const user = userEvent.setup();
    const { backend } = await renderGuideApp([]);
    const dialog = await openGuide(user);
    // No app came with this copy: two ways, not three.
    const ways = within(dialog).getAllByRole('button', { name: /app/ });
    expect(ways.map((b) => b.textContent)).toEqual([
      expect.stringContaining('Make your own Zoom app'),
      expect.stringContaining('For IT staff: a Server-to-Server app'),
    ]);
    await user.click(within(dialog).getByRole('button', { name: /Make your own Zoom app/ }));

    expect(await screen.findByRole('heading', { name: 'Open the Zoom App Marketplace' })).toBe(
      document.activeElement,
    );
    expect(screen.getByText('Step 1 of 7')).toBeTruthy();
    expect(
      screen.getByText('This is the demo. A practice Marketplace opens, not the real one.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open the Marketplace' }));
    await waitFor(() => expect(backend.opened).toEqual([`${demoOrigin}/marketplace`]));

    await next(user);
    expect(screen.getByRole('heading', { name: 'Build a new app' })).toBe(document.activeElement);
    expect(screen.getByText(/Pick “General app”, then “Admin-managed”/)).toBeTruthy();

    await next(user);
    expect(screen.getByRole('heading', { name: 'Fill in Basic Info' })).toBeTruthy();
    expect((screen.getByLabelText('Redirect URL') as HTMLInputElement).value).toBe(
      'http://127.0.0.1/callback',
    );
    await user.click(screen.getByRole('button', { name: 'Copy the address' }));
    expect(await navigator.clipboard.readText()).toBe('http://127.0.0.1/callback');

    await next(user);
    expect(screen.getByRole('heading', { name: 'Add the scopes' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Scopes to add' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(scopesToAdd('admin'));
    await user.click(screen.getByRole('button', { name: 'Copy all the scopes' }));
    expect(await navigator.clipboard.readText()).toBe(scopesToAdd('admin').join(' '));

    await next(user);
    expect(screen.getByRole('heading', { name: 'Turn the app on' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { name: 'Add the scopes' })).toBe(document.activeElement);
    await next(user);
    await next(user);
    expect(screen.getByRole('heading', { name: 'Give ReadyRoom the client ID' })).toBeTruthy();
    expect(screen.getByText('Step 6 of 7')).toBeTruthy();
  });

  it('saves the typed client ID and shows what Zoom said about it, with the doctor’s fix', async () => {
    const user = userEvent.setup();
    const redirect = diagnosis({ 'client-id': 'passed', 'sign-in': 'failed' }, [
      { code: 'redirect-not-allowed', page: 'basic-info', scopes: [] },
    ]);
    const { backend, asked } = await renderGuideApp([redirect]);
    await openGuide(user);
    await user.click(screen.getByRole('button', { name: /Make your own Zoom app/ }));
    for (let i = 0; i < 5; i += 1) await next(user);
    const field = screen.getByLabelText('Client ID of your Zoom app');
    const save = screen.getByRole('button', { name: 'Save and check' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await user.type(field, 'bad id!');
    expect(
      screen.getByText('A client ID has only letters, numbers, dots, dashes and _.'),
    ).toBeTruthy();
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await user.clear(field);
    await user.type(field, 'Sbx_Client.1');
    await user.click(save);

    expect(
      await screen.findByText('Zoom does not let sign-in come back to ReadyRoom'),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'On the Basic Info page, add http://127.0.0.1/callback as the redirect URL. Add it to the allow list too.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Where: Basic Info page')).toBeTruthy();
    expect(screen.getByText('Zoom knows the client ID.')).toBeTruthy();
    expect(screen.queryByText('Zoom says the app is set up right.')).toBeNull();
    expect(asked()).toBe(1);
    expect((await backend.handlers.getSettings({})).zoomClientId).toBe('Sbx_Client.1');
    expect(
      screen.getByText('ReadyRoom now uses the Zoom app you typed: Sbx_Client.1.'),
    ).toBeTruthy();
  });

  it('checks live: a member is told to ask the owner, then green opens the dashboard', async () => {
    const user = userEvent.setup();
    const member = diagnosis(
      { 'client-id': 'passed', 'sign-in': 'passed', scopes: 'passed', role: 'failed' },
      [{ code: 'not-admin', page: 'user-management', scopes: [] }],
    );
    const { backend } = await renderGuideApp([member, green], { builtIn: true });
    const dialog = await openGuide(user);
    // This copy carries an app: it is offered first, and needs only the sign-in.
    await user.click(
      within(dialog).getByRole('button', { name: /Use the Zoom app that came with ReadyRoom/ }),
    );
    expect(await screen.findByRole('heading', { name: 'Sign in and check' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in with Zoom' })).toBeTruthy();
    expect(await screen.findByText('You are not an admin on this Zoom account')).toBeTruthy();
    expect(
      screen.getByText(
        'Ask the account owner to make you an admin. They do it in User Management, under Roles.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('You are not the owner or an admin.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open your team dashboard' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Check now' }));
    expect(await screen.findByText('Zoom says the app is set up right.')).toBeTruthy();
    // Licences cannot be known before the first assign: said so, and not held against the app.
    expect(screen.getByText((text) => text.startsWith('Not checked yet: licences'))).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open your team dashboard' }));
    await waitFor(async () => expect((await backend.handlers.getSettings({})).role).toBe('admin'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says so when the check itself could not run, and never says "set up right"', async () => {
    const user = userEvent.setup();
    await renderGuideApp([new Error('bridge down')], { builtIn: true });
    await openGuide(user);
    await user.click(screen.getByRole('button', { name: /came with ReadyRoom/ }));
    expect(
      await screen.findByText('ReadyRoom could not run the check. Try again in a moment.'),
    ).toBeTruthy();
    expect(screen.queryByText('Zoom says the app is set up right.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Close the guide' }).className).toBe('secondary');
  });

  it('Spanish: the Server-to-Server way skips the redirect and asks for the three codes', async () => {
    const user = userEvent.setup();
    await renderGuideApp([], { language: 'es' });
    await user.click(await screen.findByText('Usar la cuenta real de Zoom de su equipo'));
    await user.click(screen.getByRole('button', { name: 'Muéstreme cómo, paso a paso' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Conecte ReadyRoom con su cuenta de Zoom',
    });
    await user.click(within(dialog).getByRole('button', { name: /Server-to-Server/ }));
    const headings: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      headings.push(screen.getAllByRole('heading', { level: 3 })[0]?.textContent ?? '');
      await user.click(screen.getByRole('button', { name: 'Siguiente' }));
    }
    expect(headings).toEqual([
      'Abra el Zoom App Marketplace',
      'Cree una app nueva',
      'Añada los scopes',
      'Encienda la app',
      'Dé a ReadyRoom las claves de la app',
    ]);
    expect(screen.getByRole('heading', { name: 'Inicie sesión y compruebe' })).toBeTruthy();
  });
});

describe('the dashboard help', () => {
  it('opens the same guide', async () => {
    const user = userEvent.setup();
    const api = inProcessApi(testBackend());
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <BridgeProvider api={api}>
          <StoreProvider store={createAppStore(api)}>
            <main id="main">
              <AppHelp />
            </main>
          </StoreProvider>
        </BridgeProvider>
      </I18nextProvider>,
    );
    const open = screen.getByRole('button', { name: 'Connect ReadyRoom to your Zoom account' });
    expect(open.getAttribute('aria-describedby')).toBeTruthy();
    await user.click(open);
    const dialog = await screen.findByRole('dialog', {
      name: 'Connect ReadyRoom to your Zoom account',
    });
    expect(within(dialog).getByRole('heading', { name: 'Which way fits you?' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Close the guide' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
