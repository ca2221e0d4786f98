import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { startSandbox, type RunningSandbox } from '../../electron/sandbox/server';
import type { ZoomEnvironment } from '../../electron/services/zoom/environment';
import { encodeInvitationLink } from '../../shared/invitation-pack';
import { stepNumber } from '../../shared/wizard';
import { scopesToAdd } from '../../shared/zoom-scopes';
import { tempDir } from '../support/in-process';
import { callSandboxControl } from '../support/sandbox-control';
import { axeViolations, recordPageErrors, startTestHost, useChromium } from './harness';
import { demoPack, signInThroughBrowser } from './journey';
import { wizardWords } from './wizard-words';

/**
 * Issue 13 part 3: after a sign-in, the connection doctor names what the Zoom app lacks and where
 * to fix it, on the dashboard for the admin and in the sign-in step for an invitee. A separate
 * sandbox plays the organisation's Zoom, with the app built on its Marketplace pages.
 */
describe('the connection doctor after a sign-in, in Chromium', () => {
  const chromium = useChromium();
  let zoom: RunningSandbox;
  beforeEach(async () => {
    zoom = await startSandbox({ port: 0, scenario: 'nonprofit' });
  });
  afterEach(() => zoom.close());

  const buildApp = async (config: Record<string, unknown>): Promise<ZoomEnvironment> => {
    const answer = await callSandboxControl(zoom, 'apps', {
      type: 'user-managed',
      publicClient: true,
      redirectAllowList: ['http://127.0.0.1/callback'],
      activated: true,
      ...config,
    });
    expect(answer.status).toBe(200);
    const { client_id: clientId } = (await answer.json()) as { client_id: string };
    return { oauthBase: zoom.url, apiBase: `${zoom.url}/v2`, clientId };
  };
  const noAxe = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

  it('English: the owner’s dashboard names the scopes the admin app lacks, on its Scopes page', async () => {
    const granted = ['user:read:user:admin', 'user:read:list_users:admin'];
    const environment = await buildApp({ type: 'admin-managed', scopes: granted });
    const host = await startTestHost(tempDir(), {}, { zoomEnvironment: environment });
    const page = await chromium.browser.newPage({ locale: 'en-US' });
    const errors = recordPageErrors(page);
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: /setting it up for my team/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Your team' }).waitFor();
      await signInThroughBrowser(page, 'Sign in with Zoom', nonprofitPeople.owner.email);
      const panel = page.getByRole('region', { name: 'Your Zoom connection needs a fix' });
      await panel.waitFor();
      const missing = scopesToAdd('admin').filter((s) => !granted.includes(s));
      await panel
        .getByText(`On your app's Scopes page, add these scopes: ${missing.join(', ')}.`, {
          exact: false,
        })
        .waitFor();
      await panel.getByText('Where: Scopes page').waitFor();
      await panel.getByText('What ReadyRoom checked').click();
      await panel.getByText('You are the owner or an admin.').waitFor();
      await noAxe(page);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await host.close();
    }
  });

  it('Spanish: an invitee whose sign-in lacks user:read:user is told, in the sign-in step', async () => {
    const words = wizardWords.es;
    const environment = await buildApp({ scopes: ['meeting:read:meeting'] });
    const host = await startTestHost(tempDir(), {}, { zoomEnvironment: environment });
    const page = await chromium.browser.newPage({ locale: words.locale });
    const errors = recordPageErrors(page);
    try {
      const { handlers } = host.composed.backend;
      await handlers.updateSettings({ role: 'invitee' });
      await handlers.openInvitation({
        kind: 'link',
        text: encodeInvitationLink(demoPack(nonprofitPeople.member.email)),
      });
      await handlers.saveWizardProgress({ currentStep: 'sign-in' });
      await page.goto(host.url);
      await page
        .getByRole('heading', { level: 1, name: words.step(stepNumber('sign-in').number) })
        .waitFor();
      await signInThroughBrowser(page, words.signIn, nonprofitPeople.member.email);
      const panel = page.getByRole('region', {
        name: 'Su conexión con Zoom necesita un arreglo',
      });
      await panel.waitFor();
      await panel.getByText('A la app de Zoom le faltan algunos scopes').waitFor();
      await panel.getByText('añada estos scopes: user:read:user.', { exact: false }).waitFor();
      await panel
        .getByText('Su administrador de Zoom puede arreglarlo. Muéstrele este mensaje.')
        .waitFor();
      await noAxe(page);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await host.close();
    }
  });
});
