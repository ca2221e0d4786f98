import type {} from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { axeViolations, useChromium, startTestHost } from './harness';
import { demoPack, openActivationPage, openPack, signInThroughBrowser } from './journey';

describe('scenario 2: her email already has a free Zoom account, made with Google', () => {
  const chromium = useChromium();

  it('explains "Approve request → Confirm and switch", names the Google button, and the check follows her to the right account', async () => {
    const samuel = nonprofitPeople.pendingTwoDays;
    const host = await startTestHost();
    const sandboxUrl = host.composed.sandbox!.url;
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: 'I was invited' }).click();
      await openPack(page, demoPack(samuel.email));
      await page.getByRole('button', { name: "Let's start" }).click();
      await page.getByRole('button', { name: 'I found the email' }).click();

      await page.getByRole('radio', { name: 'Yes, I have used Zoom with this email' }).check();
      // Asked before any button in Zoom's email: her Zoom is free, so the usual steps follow.
      await page.getByRole('radio', { name: "No, I don't pay for Zoom" }).check();
      await page
        .getByText('In the email, press "Approve request". Then press "Confirm and switch".')
        .waitFor();
      await page
        .getByText('Your meetings, recordings and settings move with you. Old reports stay behind.')
        .waitFor();
      await page.getByRole('radio', { name: 'With Google' }).check();
      await page.getByRole('button', { name: 'I did this' }).click();

      // She signs in before switching: the check sees her personal account and says what to do.
      await page
        .getByText('You used Google, so press "Sign in with Google". Do not type a password.')
        .waitFor();
      await signInThroughBrowser(page, 'Sign in with Zoom', samuel.email);
      await page.getByText('Your account is not ready yet.').waitFor();
      await page.getByText('Signed in to another account').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // She approves and switches in the invitation email; "Check again" now passes.
      const activation = await openActivationPage(context, sandboxUrl, samuel.email);
      await activation.getByRole('button', { name: 'Approve request' }).click();
      await activation.getByRole('button', { name: 'Confirm and switch' }).click();
      await activation.waitForLoadState();
      await activation.close();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await signInThroughBrowser(page, 'Sign in with Zoom', samuel.email);
      await page
        .getByText(
          "Your Zoom account is ready. You are on Riverside Food Bank's account with a full license.",
        )
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
      await host.close();
    }
  });
});
