import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app';
import { loadLanguage } from '../../renderer/i18n/i18n';
import type { ComputerPorts } from '../../electron/services/checks/zoom-app';
import { ApiError } from '../../shared/errors';
import { inProcessApi, testBackend } from '../support/in-process';
import { renderWithApp } from '../support/render-app';

async function wizardBackend(computer?: Partial<ComputerPorts>) {
  const base = testBackend();
  const backend = computer
    ? testBackend({
        computer: {
          platform: 'linux',
          env: {},
          homeDir: '/home/test',
          fileExists: async () => false,
          readText: async () => null,
          run: async () => null,
          ...computer,
        },
      })
    : base;
  await backend.handlers.updateSettings({ role: 'invitee' });
  return backend;
}

const heading = () => screen.findByRole('heading', { level: 1 });

describe('the wizard', () => {
  it('starts at step 1 with "Step N of M" in the heading and the window title', async () => {
    renderWithApp(<App />, inProcessApi(await wizardBackend()));
    expect((await heading()).textContent).toBe('Step 1 of 9: Welcome');
    expect(document.title).toBe('Step 1 of 9: Welcome – ReadyRoom');
    expect(screen.getByText(/Someone invited you to a Zoom account/)).toBeTruthy();
  });

  it('saves every step, so a restart resumes at the same step', async () => {
    const backend = await wizardBackend();
    const user = userEvent.setup();
    const first = renderWithApp(<App />, inProcessApi(backend));
    await user.click(await screen.findByRole('button', { name: "Let's start" }));
    await user.click(await screen.findByRole('button', { name: 'I found the email' }));
    expect((await heading()).textContent).toBe('Step 3 of 9: Say yes to the invitation');
    first.unmount();

    renderWithApp(<App />, inProcessApi(backend));
    await waitFor(async () =>
      expect((await heading()).textContent).toBe('Step 3 of 9: Say yes to the invitation'),
    );
    const list = screen.getByRole('navigation', { name: 'Your steps' });
    expect(within(list).getByText(/Welcome/).textContent).toContain('done');
    expect(
      within(list)
        .getByText(/Say yes/)
        .closest('li')
        ?.getAttribute('aria-current'),
    ).toBe('step');
  });

  it('takes each saved step once, from what the backend announces', async () => {
    const backend = await wizardBackend();
    const user = userEvent.setup();
    const { store } = renderWithApp(<App />, inProcessApi(backend));
    const start = await screen.findByRole('button', { name: "Let's start" });
    const shown: string[] = [];
    const stop = store.subscribe((state, before) => {
      if (state.progress && state.progress !== before.progress)
        shown.push(state.progress.currentStep);
    });
    await user.click(start);
    expect((await heading()).textContent).toContain('Find the email');
    await user.click(screen.getByRole('button', { name: 'Skip this step' }));
    expect((await heading()).textContent).toContain('Say yes');
    stop();
    expect(shown).toEqual(['find-email', 'activate']);
  });

  it('goes back, and skips a step that does not apply', async () => {
    const backend = await wizardBackend();
    await backend.handlers.saveWizardProgress({ currentStep: 'activate' });
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    await heading();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect((await heading()).textContent).toContain('Find the email');
    await user.click(screen.getByRole('button', { name: 'Skip this step' }));
    expect((await heading()).textContent).toContain('Say yes');
    expect((await backend.handlers.getWizardProgress({})).skipped).toEqual(['find-email']);
  });

  it('"I can\'t find it" gives a ready-made message for the admin, with the step in it', async () => {
    const backend = await wizardBackend();
    await backend.handlers.saveWizardProgress({ currentStep: 'find-email' });
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    await user.click(await screen.findByRole('button', { name: "I can't find it" }));
    const region = screen.getByRole('region', { name: "I can't find it" });
    const message = within(region).getByLabelText('Message to your admin') as HTMLTextAreaElement;
    expect(message.value).toContain('stuck on step 2: "Find the email from Zoom"');
    expect(within(region).getByText(/Your admin can send the invitation again/)).toBeTruthy();
  });

  it('"I\'m stuck" is on every step and opens the email app through the allowlist', async () => {
    const backend = await wizardBackend();
    await backend.handlers.saveWizardProgress({ currentStep: 'activate' });
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    await user.click(await screen.findByRole('button', { name: "I'm stuck" }));
    expect(screen.getByRole('button', { name: "I'm stuck" }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(screen.getByText(/paste it into your normal browser/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Write an email with it' }));
    expect(backend.opened).toHaveLength(1);
    expect(backend.opened[0]).toMatch(/^mailto:\?subject=Help%20with%20Zoom&body=Hello%2C/);
  });

  it('the activate step shows the path for the answer, and remembers it', async () => {
    const backend = await wizardBackend();
    await backend.handlers.saveWizardProgress({ currentStep: 'activate' });
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    await user.click(
      await screen.findByRole('radio', { name: 'Yes, I have used Zoom with this email' }),
    );
    // Before any button in Zoom's email: does the person pay for Zoom with it?
    expect(screen.queryByText(/press "Approve request"/)).toBeNull();
    await user.click(screen.getByRole('radio', { name: "No, I don't pay for Zoom" }));
    expect(
      await screen.findByText(/press "Approve request". Then press "Confirm and switch"/),
    ).toBeTruthy();
    expect(screen.getByText(/Your meetings, recordings and settings move with you/)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'No, this is new for me' }));
    expect(await screen.findByText("Zoom's password rules:")).toBeTruthy();
    expect(screen.getByText(/ReadyRoom never asks for it/)).toBeTruthy();
    expect((await backend.handlers.getWizardProgress({})).answers.activationPath).toBe('new');
    await user.click(screen.getByText('I pressed the button and nothing happened'));
    expect(screen.getByText(/Links stop working after 30 days/)).toBeTruthy();
    expect(screen.getByText(/press "Forgot password" to make one/)).toBeTruthy();
  });

  describe('the Zoom app check', () => {
    const toStep5 = async (computer: Partial<ComputerPorts>) => {
      const backend = await wizardBackend(computer);
      await backend.handlers.saveWizardProgress({ currentStep: 'install-app' });
      renderWithApp(<App />, inProcessApi(backend));
      return backend;
    };

    it('passes when the app is installed and new enough', async () => {
      await toStep5({
        fileExists: async (f) => f === '/opt/zoom/zoom',
        readText: async () => '6.2.3.2056',
      });
      expect(
        await screen.findByText('The Zoom app is on this computer (version 6.2.3.2056).'),
      ).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
    });

    it('says the app is too old and what version is needed', async () => {
      await toStep5({
        fileExists: async (f) => f === '/opt/zoom/zoom',
        readText: async () => '5.10.0',
      });
      expect(
        await screen.findByText(
          /Your Zoom app is too old \(version 5.10.0\). You need version 6.0.0/,
          { selector: 'div.check' },
        ),
      ).toBeTruthy();
    });

    it('offers the download when the app is missing, and finds it after "Check again"', async () => {
      let installed = false;
      const backend = await toStep5({
        fileExists: async (f) => installed && f === '/opt/zoom/zoom',
        readText: async () => '6.1.0',
      });
      expect(
        await screen.findByText(/did not find the Zoom app/, { selector: 'div.check' }),
      ).toBeTruthy();
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: 'Download Zoom' }));
      expect(backend.opened).toEqual(['https://zoom.us/download']);
      installed = true;
      await user.click(screen.getByRole('button', { name: 'Check again' }));
      expect(
        await screen.findByText(/The Zoom app is on this computer \(version 6.1.0\)/, {
          selector: 'div.check',
        }),
      ).toBeTruthy();
    });

    it('lets the person vouch for an app ReadyRoom cannot find', async () => {
      const backend = await toStep5({});
      const user = userEvent.setup();
      await user.click(
        await screen.findByRole('button', {
          name: "I have the Zoom app, but ReadyRoom can't find it",
        }),
      );
      expect((await heading()).textContent).toContain('Sign in to the Zoom app');
      expect((await backend.handlers.getWizardProgress({})).selfReported).toContain('install-app');
    });
  });

  it('shows the steps and the admin message in Spanish', async () => {
    const backend = await wizardBackend();
    await backend.handlers.saveWizardProgress({ currentStep: 'find-email' });
    // (As the app's start does: the language is loaded before the first screen draws.)
    await loadLanguage('es');
    renderWithApp(<App />, inProcessApi(backend), 'es');
    expect((await heading()).textContent).toBe('Paso 2 de 9: Encuentre el correo de Zoom');
    expect(screen.getByRole('button', { name: 'Estoy atascado' })).toBeTruthy();
  });

  it('keeps the step when saving fails, and says so', async () => {
    const backend = await wizardBackend();
    const api = inProcessApi(backend);
    const failToSave = async (): Promise<never> => {
      throw new ApiError('settings-save-failed');
    };
    api.saveWizardProgress = failToSave;
    api.completeWizardStep = failToSave;
    api.skipWizardStep = failToSave;
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    await user.click(await screen.findByRole('button', { name: "Let's start" }));
    expect((await screen.findByRole('alert')).textContent).toContain('could not save');
    expect((await heading()).textContent).toContain('Welcome');
  });
});

describe('the last step tells only the truth', () => {
  it('after skipping every step it says how close the person is, and the message says what was skipped', async () => {
    const backend = await wizardBackend();
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    await user.click(await screen.findByRole('button', { name: "Let's start" }));
    for (let step = 2; step <= 8; step += 1) {
      await waitFor(async () =>
        expect((await heading()).textContent).toMatch(new RegExp(`^Step ${step} of 9`)),
      );
      if (step === 4) {
        // The "I'm stuck" message says what the person has done so far, too.
        await user.click(screen.getByRole('button', { name: "I'm stuck" }));
        const stuck = screen.getByLabelText('Message to your admin') as HTMLTextAreaElement;
        expect(stuck.value).toContain(
          'I skipped: Find the email from Zoom and Say yes to the invitation.',
        );
      }
      await user.click(screen.getByRole('button', { name: 'Skip this step' }));
    }
    expect((await heading()).textContent).toBe('Step 9 of 9: Finish');
    expect(screen.queryByText('Well done! You are ready for Zoom.')).toBeNull();
    expect(
      screen.getByText('Almost there! You have done 0 of the 4 things you need for Zoom.'),
    ).toBeTruthy();
    const message = document.querySelector('.message-preview')?.textContent ?? '';
    expect(message).toContain('I have done 0 of the 4 things I need.');
    expect(message).toContain('I skipped: ');
    expect(message).toContain('Still to do: ');
    expect(message).not.toMatch(/finished|sound and camera work|I can sign in/);

    await user.click(screen.getByRole('button', { name: /^Go to step 4: / }));
    await waitFor(async () => expect((await heading()).textContent).toMatch(/^Step 4 of 9/));
  });
});
