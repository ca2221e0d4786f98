import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app';
import { ApiError } from '../../shared/errors';
import { inProcessApi, testBackend } from '../support/in-process';
import { renderWithApp } from '../support/render-app';

describe('the first screen', () => {
  it('asks the first question with two real buttons', async () => {
    renderWithApp(<App />, inProcessApi(testBackend()));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to ReadyRoom' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: 'Were you invited to a Zoom account, or are you setting one up for your team?',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /I was invited/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /setting it up for my team/ })).toBeTruthy();
    expect(document.title).toBe('Start – ReadyRoom');
  });

  it('shows the demo banner in demo mode', async () => {
    renderWithApp(<App />, inProcessApi(testBackend()));
    expect(await screen.findByRole('note')).toHaveProperty(
      'textContent',
      expect.stringContaining('Demo – no real Zoom account'),
    );
  });

  it('takes an invited person to the wizard, by keyboard, and remembers it', async () => {
    const backend = testBackend();
    renderWithApp(<App />, inProcessApi(backend));
    const user = userEvent.setup();
    await screen.findByRole('button', { name: /I was invited/ });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /I was invited/ }));
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Step 1 of 9: Welcome' }),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect((await backend.handlers.getSettings({})).role).toBe('invitee');
  });

  it('takes an admin to the dashboard, and back to the question', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(testBackend()));
    await user.click(await screen.findByRole('button', { name: /setting it up for my team/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your team' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Go back to the first question' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to ReadyRoom' }),
    ).toBeTruthy();
  });

  it('switches to Spanish and keeps it', async () => {
    const backend = testBackend();
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    await user.selectOptions(await screen.findByLabelText('Language'), 'es');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bienvenido a ReadyRoom' }),
    ).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    expect((await backend.handlers.getSettings({})).language).toBe('es');
  });

  it('opens in the operating system’s language the first time, until the person picks one', async () => {
    const backend = testBackend({ systemLanguages: () => ['de-DE', 'es-MX'] });
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bienvenido a ReadyRoom' }),
    ).toBeTruthy();
    expect(document.documentElement).toHaveProperty('dir', 'ltr');
    // The picker says "Language" in English too, so a person who cannot read Spanish finds it.
    await user.selectOptions(screen.getByLabelText(/Idioma \(Language\)/), 'English');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to ReadyRoom' }),
    ).toBeTruthy();
    expect((await backend.handlers.getSettings({})).language).toBe('en');
  });

  it('says in plain words when a choice could not be saved, and keeps the screen', async () => {
    const backend = testBackend();
    const api = inProcessApi(backend);
    api.updateSettings = async () => {
      throw new ApiError('settings-save-failed');
    };
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    await user.click(await screen.findByRole('button', { name: /I was invited/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('could not save your choice');
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to ReadyRoom' })).toBeTruthy();
  });

  it('offers "Try again" when the backend cannot be reached at start', async () => {
    const api = inProcessApi(testBackend());
    const realGet = api.getAppInfo;
    let fail = true;
    api.getAppInfo = async (args) => {
      if (fail) throw new ApiError('backend-unreachable');
      return realGet(args);
    };
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'cannot reach its own service',
    );
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Welcome to ReadyRoom' })).toBeTruthy(),
    );
  });

  it('tells the person once when saved settings were damaged, and names what to set again', async () => {
    const backend = testBackend();
    const api = inProcessApi(backend);
    const realInfo = api.getAppInfo;
    let notices: Array<'settings-reset'> = ['settings-reset'];
    const lostSettings = ['role', 'zoomClientId'] as const;
    api.getAppInfo = async (args) => ({ ...(await realInfo(args)), notices, lostSettings });
    api.dismissNotice = async () => {
      notices = [];
      return { ...(await realInfo({})), notices, lostSettings: [] };
    };
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    expect(await screen.findByText(/Your saved settings were damaged/)).toBeTruthy();
    expect(
      screen.getByText(
        "These went back to how they were at the start: your first answer (invited person or admin) and your team's Zoom app (its client ID). Please set them again. Until then, ReadyRoom uses its demo and not your team's real Zoom account.",
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'OK, got it' }));
    await waitFor(() => expect(screen.queryByText(/Your saved settings were damaged/)).toBeNull());
  });
});
