import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { startSandbox, type RunningSandbox } from '../../electron/sandbox/server';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { demoZoomEnvironment } from '../../electron/services/zoom/environment';
import { tempDir } from '../support/in-process';
import { networkSwitch, type NetworkSwitch } from '../support/network-switch';
import { openDashboardAsOwner } from './dashboard-kit';
import { recordPageErrors, startTestHost, useChromium, type TestHost } from './harness';
import { openWizardStep, signInThroughBrowser } from './journey';

const robert = nonprofitPeople.member;
const ready = 'Your Zoom account is ready, with a full license.';
const offline = 'You seem to be offline. Check that this computer is connected to the internet.';
const dashboardOffline =
  'You seem to be offline. ReadyRoom will check with Zoom by itself when you are back online. The table shows what it saw before.';

/** What the computer says when its network comes back (the browser host's page cannot know). */
const backOnline = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('online')));

describe('the network gone (connection refused, name not found), in Chromium', () => {
  const chromium = useChromium();
  let network: NetworkSwitch;
  let host: TestHost;
  let page: Page;
  let errors: string[];
  const open = async (options: Parameters<typeof startTestHost>[2] = {}, dataDir = tempDir()) => {
    host = await startTestHost(dataDir, {}, { zoomFetch: network.fetch, ...options });
    page = await chromium.browser.newPage({ locale: 'en-US' });
    errors = recordPageErrors(page);
  };
  const close = async () => {
    await page?.close();
    await host?.close();
  };
  beforeEach(async () => {
    network = await networkSwitch();
  });
  afterEach(close);

  it('wizard: the live check says "offline" once, with no spinner, and passes by itself when back', async () => {
    await open();
    await openWizardStep(page, host, 'sign-in');
    await signInThroughBrowser(page, 'Sign in with Zoom', robert.email);
    await page.getByText(ready).waitFor();

    network.set('refused');
    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByText(offline).waitFor();
    expect(await page.getByText('Checking your Zoom account…').count()).toBe(0);
    expect(await page.getByText(/offline|could not reach Zoom/).count()).toBe(1);
    await page.getByText(`You are signed in as ${robert.firstName} ${robert.lastName}`).waitFor();

    network.set(null);
    await backOnline(page);
    await page.getByText(ready).waitFor();
    expect(await page.getByText(offline).count()).toBe(0);
    expect(network.failed).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('wizard: a sign-in finished while offline says so, and signing in again works once back', async () => {
    await open();
    await openWizardStep(page, host, 'sign-in');
    const popup = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Sign in with Zoom' }).click();
    const zoom = await popup;
    await zoom.waitForLoadState();
    await zoom
      .getByRole('button', { name: new RegExp(robert.email.replace(/\./g, '\\.')) })
      .click();
    network.set('not-found');
    await zoom.getByRole('button', { name: 'Allow' }).click();
    await page.getByRole('alert').getByText(offline).waitFor();
    expect(await page.getByRole('alert').count()).toBe(1);
    await zoom.close();

    network.set(null);
    await signInThroughBrowser(page, 'Sign in with Zoom', robert.email);
    await page.getByText(ready).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('dashboard: a check while offline keeps the table, says so once, and finishes by itself once back', async () => {
    await open();
    await openDashboardAsOwner(page, host);
    const shown = page.getByText(/^Showing [\d,]+ of [\d,]+ people\.$/);
    const fullCount = await shown.innerText();

    network.set('not-found');
    await page.getByRole('button', { name: 'Check with Zoom now' }).click();
    await page.getByText(dashboardOffline).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await page.getByText(/could not check with Zoom|Check that this computer/).count()).toBe(
      0,
    );
    expect(await shown.innerText()).toBe(fullCount);
    expect(await page.getByRole('button', { name: 'Check with Zoom now' }).isEnabled()).toBe(true);

    // No button, no event: the gentle timer tries again, and the network is back by then.
    network.set(null);
    await page.getByText(/^Done\. ReadyRoom read \d+ people from Zoom\.$/).waitFor({
      timeout: 30_000,
    });
    expect(await page.getByText(dashboardOffline).count()).toBe(0);
    expect(await shown.innerText()).toBe(fullCount);
    expect(errors).toEqual([]);
  });

  it('dashboard: started offline, it shows the saved table with one message, and the kept sign-in comes back', async () => {
    const sandbox: RunningSandbox = await startSandbox({ port: 0, scenario: 'nonprofit' });
    // A keychain that outlives the app, as the OS's does.
    const keychain = new MemorySecretStore();
    const options = {
      zoomEnvironment: demoZoomEnvironment(sandbox.url),
      secretCandidates: [{ backend: 'keychain' as const, open: async () => keychain }],
    };
    const dataDir = tempDir();
    try {
      await open(options, dataDir);
      await openDashboardAsOwner(page, host);
      const fullCount = await page.getByText(/^Showing [\d,]+ of [\d,]+ people\.$/).innerText();
      await close();

      network.set('refused');
      await open(options, dataDir);
      await page.goto(host.url);
      await page.getByRole('heading', { level: 1, name: 'Your team' }).waitFor();
      await page.getByRole('alert').getByText(offline).waitFor();
      expect(await page.getByRole('alert').count()).toBe(1);
      expect(await page.getByText(/You are not signed in/).count()).toBe(0);
      expect(await page.getByText(/^Showing [\d,]+ of [\d,]+ people\.$/).innerText()).toBe(
        fullCount,
      );

      network.set(null);
      await backOnline(page);
      await page.getByText(/You are signed in as Maria Lopez/).waitFor();
      await page.getByText(/^Done\. ReadyRoom read \d+ people from Zoom\.$/).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });
});
