import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { startSandbox, type RunningSandbox } from '../../electron/sandbox/server';
import type { ZoomEnvironment } from '../../electron/services/zoom/environment';
import { tempDir } from '../support/in-process';
import { callSandboxControl } from '../support/sandbox-control';
import {
  axeViolations,
  recordPageErrors,
  startTestHost,
  useChromium,
  type TestHost,
} from './harness';
import { stepNumber, type WizardStepId } from '../../shared/wizard';
import { demoPack, openPack, signInThroughBrowser } from './journey';
import { wizardWords } from './wizard-words';

/**
 * Issue 13 part 5: the Zoom app's client ID reaches the invitee without typing, from the
 * invitation pack or built into the copy; a pack naming another Zoom app asks first. A separate
 * sandbox plays the organisation's Zoom, with apps built in its Marketplace pages.
 */
describe('the Zoom app comes with the pack or the copy, never silently switched', () => {
  const chromium = useChromium();
  const robert = nonprofitPeople.member;
  let zoom: RunningSandbox;
  beforeEach(async () => {
    zoom = await startSandbox({ port: 0, scenario: 'nonprofit' });
  });
  afterEach(() => zoom.close());

  /** "Build App" in the sandbox: a user-managed app with a public client, for invitees. */
  const buildApp = async (): Promise<string> => {
    const answer = await callSandboxControl(zoom, 'apps', {
      type: 'user-managed',
      publicClient: true,
      redirectAllowList: ['http://127.0.0.1/callback'],
      scopes: ['user:read:user'],
      activated: true,
    });
    expect(answer.status).toBe(200);
    return ((await answer.json()) as { client_id: string }).client_id;
  };
  const playedBySandbox = (clientId: string): ZoomEnvironment => ({
    oauthBase: zoom.url,
    apiBase: `${zoom.url}/v2`,
    clientId,
  });
  /** Opens the wizard at a step (progress saved before), waiting for its heading in `words`. */
  const openStep = async (
    page: Page,
    host: TestHost,
    step: WizardStepId,
    words: (typeof wizardWords)['en' | 'es'],
  ) => {
    await host.composed.backend.handlers.saveWizardProgress({ currentStep: step });
    await page.goto(host.url);
    await page
      .getByRole('heading', { level: 1, name: words.step(stepNumber(step).number) })
      .waitFor();
  };
  const expectNoAxeViolations = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

  it('English: the pack’s Zoom app signs Robert in with no typing; another pack’s app is asked about', async () => {
    const words = wizardWords.en;
    const [ours, strangers] = [await buildApp(), await buildApp()];
    const host = await startTestHost(tempDir(), {}, { zoomForClientId: playedBySandbox });
    const page = await chromium.browser.newPage({ locale: words.locale });
    const errors = recordPageErrors(page);
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: words.invited }).click();
      await page.getByRole('heading', { level: 1, name: words.step(1) }).waitFor();
      await openPack(page, { ...demoPack(robert.email), zoomClientId: ours }, words);
      await page.getByRole('button', { name: words.start }).waitFor();
      expect((await host.composed.backend.handlers.getAppInfo({})).zoomClientSource).toBe(
        'invitation',
      );

      await openStep(page, host, 'sign-in', words);
      await expectNoAxeViolations(page);
      await signInThroughBrowser(page, words.signIn, robert.email);
      await page.getByText(words.ready).waitFor();
      await expectNoAxeViolations(page);
      // Signed in through the pack's own app on the organisation's Zoom: nothing was typed.
      expect(host.composed.zoom.environment).toEqual(playedBySandbox(ours));
      expect(await page.getByText('Your Zoom connection needs a fix').count()).toBe(0);

      await openStep(page, host, 'welcome', words);
      await page.getByRole('button', { name: 'Open another invite' }).click();
      await openPack(page, { ...demoPack(robert.email), zoomClientId: strangers }, words);
      await page.getByText('This invite would change what you have').waitFor();
      await page.getByText(`now ${ours}, new ${strangers}`).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Keep what I have' }).click();
      await page.getByText('This invite would change what you have').waitFor({ state: 'hidden' });
      expect((await host.composed.backend.handlers.getSettings({})).zoomClientId).toBe(ours);
      expect(host.composed.zoom.environment.clientId).toBe(ours);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await host.close();
    }
  });

  it('Spanish: a copy built with the Zoom app signs Robert in, and asks before a pack switches it', async () => {
    const words = wizardWords.es;
    const [builtIn, strangers] = [await buildApp(), await buildApp()];
    const host = await startTestHost(
      tempDir(),
      { builtInZoomClientId: builtIn },
      { zoomForClientId: playedBySandbox },
    );
    const page = await chromium.browser.newPage({ locale: words.locale });
    const errors = recordPageErrors(page);
    try {
      expect(host.composed.zoom.environment).toEqual(playedBySandbox(builtIn));
      expect((await host.composed.backend.handlers.getAppInfo({})).zoomClientSource).toBe(
        'built-in',
      );
      await page.goto(host.url);
      await page.getByRole('button', { name: words.invited }).click();
      await page.getByRole('heading', { level: 1, name: words.step(1) }).waitFor();
      // A pack without a Zoom app keeps the copy's own.
      await openPack(page, demoPack(robert.email), words);
      await page.getByRole('button', { name: words.start }).waitFor();

      await openStep(page, host, 'sign-in', words);
      await signInThroughBrowser(page, words.signIn, robert.email);
      await page.getByText(words.ready).waitFor();
      await expectNoAxeViolations(page);
      expect(host.composed.zoom.environment.clientId).toBe(builtIn);

      await openStep(page, host, 'welcome', words);
      await page.getByRole('button', { name: 'Abrir otra invitación' }).click();
      await openPack(page, { ...demoPack(robert.email), zoomClientId: strangers }, words);
      await page.getByText('Esta invitación cambiaría lo que tiene').waitFor();
      await page.getByText(`ahora ${builtIn}, nuevo ${strangers}`).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Quedarme con lo que tengo' }).click();
      await page.getByText('Esta invitación cambiaría lo que tiene').waitFor({ state: 'hidden' });
      expect(host.composed.zoom.environment.clientId).toBe(builtIn);
      expect((await host.composed.backend.handlers.getSettings({})).zoomClientId).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await host.close();
    }
  });
});
