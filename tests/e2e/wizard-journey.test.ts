import type {} from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import {
  axeViolations,
  fakeMediaArgs,
  useChromium,
  recordPageErrors,
  startTestHost,
} from './harness';
import {
  activateNewAccount,
  computerWithZoom,
  demoPack,
  openActivationPage,
  openPack,
  signInThroughBrowser,
  signInToZoomApp,
} from './journey';

describe('scenario 1: the volunteer whose invitation went to spam, from the email to "Ready"', () => {
  const chromium = useChromium(fakeMediaArgs());

  it('walks every step with live checks against the sandbox, with no axe violations', async () => {
    const dorothy = nonprofitPeople.pendingNineDays;
    const host = await startTestHost(undefined, { computer: computerWithZoom });
    const sandboxUrl = host.composed.sandbox!.url;
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    const step = (n: number) =>
      page.getByRole('heading', { level: 1, name: new RegExp(`^Step ${n} of 9`) });
    const axe = async () => expect(await axeViolations(page)).toEqual([]);
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: 'I was invited' }).click();
      await step(1).waitFor();
      await openPack(page, demoPack(dorothy.email));
      await page
        .getByText('Maria Lopez at Riverside Food Bank invited you to their Zoom account.')
        .waitFor();
      await axe();
      await page.getByRole('button', { name: "Let's start" }).click();

      // Step 2: she can't find it at first; the message for Maria is ready to send.
      await step(2).waitFor();
      await page
        .getByRole('img', { name: /invitation email/i })
        .first()
        .waitFor();
      // In demo mode the mailbox stands in for her email; it opens in a new tab.
      const mailboxTab = context.waitForEvent('page');
      await page.getByRole('button', { name: 'Open the demo mailbox' }).click();
      const mailbox = await mailboxTab;
      await mailbox.waitForLoadState();
      expect(mailbox.url()).toContain('/_sandbox/mailbox');
      await mailbox.getByText(dorothy.email).first().waitFor();
      await mailbox.close();
      await page.getByRole('button', { name: "I can't find it" }).click();
      const message = await page.getByLabel('Message to your admin').first().inputValue();
      expect(message).toContain('Hi Maria Lopez,');
      expect(message).toContain(dorothy.email);
      await axe();
      await page.getByRole('button', { name: 'I found the email' }).click();

      // Step 3: a new account; the activation itself happens on Zoom's (the sandbox's) page.
      await step(3).waitFor();
      await page.getByRole('radio', { name: 'No, this is new for me' }).check();
      await page.getByRole('radio', { name: "No, I don't pay for Zoom" }).check();
      await page.getByRole('radio', { name: 'With my email and a password' }).check();
      await axe();
      const activation = await openActivationPage(context, sandboxUrl, dorothy.email);
      await activateNewAccount(activation, dorothy.firstName, dorothy.lastName);
      await activation.close();
      await page.getByRole('button', { name: 'I did this' }).click();

      // Step 4: sign in through the browser; the live check says Licensed on the right account.
      await step(4).waitFor();
      await axe();
      await signInThroughBrowser(page, 'Sign in with Zoom', dorothy.email);
      await page
        .getByText(`You are signed in as ${dorothy.firstName} ${dorothy.lastName}`)
        .waitFor();
      await page
        .getByText(
          "Your Zoom account is ready. You are on Riverside Food Bank's account with a full license.",
        )
        .waitFor();
      await axe();
      await page.getByRole('button', { name: 'Next', exact: true }).click();

      // Step 5: the Zoom app is found on this (simulated) computer.
      await step(5).waitFor();
      await page.getByText('The Zoom app is on this computer (version 6.2.5.1234).').waitFor();
      await axe();
      await page.getByRole('button', { name: 'Next', exact: true }).click();

      // Step 6: not yet signed in to the app; after she does, "Check again" passes.
      await step(6).waitFor();
      await page.getByText(/Zoom has not seen you sign in to the app yet/).waitFor();
      await axe();
      await signInToZoomApp(host.composed.sandbox!, dorothy.email);
      await page.getByRole('button', { name: 'Check again' }).click();
      await page.getByText(/Zoom says you signed in to the Zoom app/).waitFor();
      await page.getByRole('button', { name: 'Next', exact: true }).click();

      // Step 7: sound and camera with Chromium's fake devices.
      await step(7).waitFor();
      await page.getByRole('button', { name: 'Test my microphone' }).click();
      await page.getByText('We can hear you. Your microphone works.').waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Test my camera' }).click();
      await page.getByText('Your camera works.').waitFor();
      await axe();
      await page.getByRole('button', { name: 'My sound and camera work' }).click();

      // Step 8: her own meeting ID, from Zoom.
      await step(8).waitFor();
      await page.getByText('Your personal meeting ID').waitFor();
      await page.getByRole('button', { name: 'Copy the meeting ID' }).waitFor();
      await axe();
      await page.getByRole('button', { name: 'Next', exact: true }).click();

      // Step 9: done, with what was checked and a message for Maria.
      await step(9).waitFor();
      await page.getByText('Well done! You are ready for Zoom.').waitFor();
      const summary = await page.locator('.summary').innerText();
      expect(summary).toContain('Sign in to ReadyRoom with Zoom: Checked');
      expect(summary).toContain('Get the Zoom app: Checked');
      expect(summary).toContain('Sign in to the Zoom app: Checked');
      expect(summary).toContain('Find the email from Zoom: You told us');
      await page.getByText('Let Maria Lopez know you are ready:').waitFor();
      await axe();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await host.close();
    }
  });
});
