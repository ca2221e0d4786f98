import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import {
  axeViolations,
  recordPageErrors,
  startTestHost,
  useChromium,
  type TestHost,
} from './harness';
import { pressByKeyboard } from './keyboard';

/**
 * Issue 13 part 2, the third way: IT staff build a Server-to-Server app on the demo's Marketplace
 * pages, paste its three keys into the guide, and the guide's live check (the connection doctor)
 * says it is set up right before the dashboard opens. The guide is walked by keyboard.
 */

const owner = nonprofitPeople.owner;

describe('the connect guide, the Server-to-Server way', () => {
  const chromium = useChromium();
  let host: TestHost;
  beforeEach(async () => {
    host = await startTestHost();
  });
  afterEach(() => host.close());

  const noAxe = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

  it('from "Build App" to the three keys, the live check and a green dashboard', async () => {
    const context = await chromium.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    try {
      await page.goto(host.url);
      await page.getByText("Use your team's real Zoom account").click();
      await page.getByRole('button', { name: 'Show me how, step by step' }).click();
      const dialog = page.getByRole('dialog', { name: 'Connect ReadyRoom to your Zoom account' });
      await dialog.waitFor();
      await pressByKeyboard(page, 'button', /For IT staff: a Server-to-Server app/);
      const forward = () => pressByKeyboard(page, 'button', 'Next');

      // The Marketplace, signed in as the owner.
      const popup = context.waitForEvent('page');
      await dialog.getByRole('button', { name: 'Open the Marketplace' }).click();
      const marketplace = await popup;
      await marketplace.waitForLoadState();
      await marketplace.getByRole('button', { name: new RegExp(owner.email) }).click();
      await marketplace.getByRole('heading', { name: 'Your apps' }).waitFor();

      // Build App: Server-to-Server.
      await forward();
      await dialog.getByText('Pick “Server-to-Server OAuth app”', { exact: false }).waitFor();
      await noAxe(page);
      await marketplace.getByRole('link', { name: 'Build App' }).click();
      await pressByKeyboard(marketplace, 'radio', 'Server-to-Server OAuth app');
      await pressByKeyboard(marketplace, 'button', 'Create');
      await marketplace.getByRole('heading', { name: 'App Credentials' }).waitFor();
      await noAxe(marketplace);
      const keys = {
        accountId: (await marketplace.locator('#account-id').textContent())?.trim() ?? '',
        clientId: (await marketplace.locator('#client-id').textContent())?.trim() ?? '',
        secret: (await marketplace.locator('#client-secret').textContent())?.trim() ?? '',
      };
      expect(keys.accountId).not.toBe('');
      expect(keys.secret).not.toBe('');

      // Scopes: the guide's list, pasted on the Scopes page.
      await forward();
      const scopes = await dialog
        .getByRole('list', { name: 'Scopes to add' })
        .getByRole('listitem')
        .allTextContents();
      await marketplace
        .getByRole('navigation', { name: 'App settings' })
        .getByRole('link', { name: 'Scopes' })
        .click();
      await marketplace.getByLabel(/Scopes to add/).fill(scopes.join(' '));
      await marketplace.getByRole('button', { name: 'Add' }).click();
      await marketplace.getByRole('status').waitFor();

      // Activation: a Server-to-Server app starts off, and must be turned on.
      await forward();
      await marketplace.getByRole('link', { name: 'Activation' }).click();
      await marketplace.getByText('The app is off.', { exact: false }).waitFor();
      await pressByKeyboard(marketplace, 'button', 'Turn the app on');
      await marketplace.getByText('The app is on.', { exact: false }).first().waitFor();

      // The three keys, typed into the guide's form.
      await forward();
      await dialog.getByRole('heading', { name: "Give ReadyRoom the app's keys" }).waitFor();
      await noAxe(page);
      await dialog.getByLabel('Account ID').fill(keys.accountId);
      await dialog.getByLabel('Client ID').fill(keys.clientId);
      await dialog.getByLabel('Client secret').fill(keys.secret);
      await pressByKeyboard(page, 'button', 'Connect');

      // The live check: Zoom (the demo) answered each check, and says it is set up right.
      await forward();
      await dialog.getByText('Zoom says the app is set up right.').waitFor();
      await noAxe(page);
      await pressByKeyboard(page, 'button', 'Open your team dashboard');
      await page.getByRole('heading', { level: 1, name: 'Your team' }).waitFor();
      await page.getByRole('table', { name: 'Your team, one row per person' }).waitFor();
      expect(
        await page.getByRole('region', { name: 'Your Zoom connection needs a fix' }).count(),
      ).toBe(0);
      // The secret is kept as a secret: never in the page's text.
      expect(await page.locator('body').innerText()).not.toContain(keys.secret);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
