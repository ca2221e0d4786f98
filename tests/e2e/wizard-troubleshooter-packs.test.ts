import { callSandboxControl } from '../support/sandbox-control';
import type {} from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { axeViolations, useChromium, startTestHost } from './harness';
import { openActivationPage } from './journey';

describe('scenario 3 and bad invitation packs, in Chromium', () => {
  const chromium = useChromium();

  it('"I clicked Activate and nothing happened": the troubleshooter, in order, matches what Zoom shows', async () => {
    const dorothy = nonprofitPeople.pendingNineDays;
    const host = await startTestHost();
    const sandboxUrl = host.composed.sandbox!.url;
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: 'I was invited' }).click();
      await page.getByRole('button', { name: "Let's start" }).click();
      await page.getByRole('button', { name: 'I found the email' }).click();
      await page.getByRole('heading', { level: 1, name: /^Step 3 of 9/ }).waitFor();

      // Opened by keyboard.
      await page.getByText('I pressed the button and nothing happened').focus();
      await page.keyboard.press('Enter');
      const items = await page.locator('.troubleshooter ol li').allInnerTexts();
      expect(items).toHaveLength(5);
      expect(items[0]).toMatch(/^Open the link in your normal web browser/);
      expect(items[1]).toMatch(/^The link may be too old/);
      expect(items[2]).toMatch(/^You may already be done/);
      expect(items[3]).toMatch(/press "Forgot password"/);
      expect(items[4]).toMatch(/signed in to another Zoom account/);
      expect(await axeViolations(page)).toEqual([]);

      // Thirty days later the link has run out, as the troubleshooter's second point says.
      const moved = await callSandboxControl(host.composed.sandbox!, '/_sandbox/clock', {
        advanceSeconds: 31 * 86_400,
      });
      expect(moved.status).toBe(200);
      const activation = await openActivationPage(context, sandboxUrl, dorothy.email);
      await activation
        .getByText(/expired|no longer works|ran out/i)
        .first()
        .waitFor();
      await activation.close();
    } finally {
      await context.close();
      await host.close();
    }
  });

  it('a bad pack gets one clear sentence, and nothing already saved is lost', async () => {
    const host = await startTestHost();
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: 'I was invited' }).click();
      await page.getByRole('heading', { level: 1, name: /^Step 1 of 9/ }).waitFor();

      await page
        .getByLabel('Or paste the invitation link')
        .fill('readyroom://invite?p=bm90IGEgcGFjaw');
      await page.getByRole('button', { name: 'Open the link' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect((await alert.innerText()).length).toBeGreaterThan(20);
      expect(await page.getByLabel('Or paste the invitation link').inputValue()).toBe(
        'readyroom://invite?p=bm90IGEgcGFjaw',
      );

      // A link of 70 KB (a whole file pasted by mistake) gets the same "too big" sentence as a
      // smaller bad one, not "ReadyRoom sent itself a request it did not understand".
      await page
        .getByLabel('Or paste the invitation link')
        .fill(`readyroom://invite?p=${'A'.repeat(70_000)}`);
      await page.getByRole('button', { name: 'Open the link' }).click();
      await page
        .getByRole('alert')
        .getByText('This is too big to be a ReadyRoom invitation.', { exact: false })
        .waitFor();

      await page.getByLabel('Open the file your admin sent').setInputFiles({
        name: 'holiday-photo.readyroom',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"something-else","version":1}'),
      });
      await page
        .getByRole('alert')
        .getByText('This is not a ReadyRoom invitation.', { exact: false })
        .waitFor();

      await page.getByLabel('Open the file your admin sent').setInputFiles({
        name: 'huge.readyroom',
        mimeType: 'application/json',
        buffer: Buffer.alloc(100 * 1024, 'a'),
      });
      await page
        .getByRole('alert')
        .getByText('This is too big to be a ReadyRoom invitation.', { exact: false })
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Still on step 1, nothing else changed, and the app did not crash.
      await page.getByRole('button', { name: "Let's start" }).click();
      await page.getByRole('heading', { level: 1, name: /^Step 2 of 9/ }).waitFor();
    } finally {
      await context.close();
      await host.close();
    }
  });
});
