import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import type { InviteeRole } from '../../shared/readiness-hosting';
import { axeViolations, useChromium, startTestHost } from './harness';
import { demoPack, openPack, signInThroughBrowser } from './journey';

/** Signs in at step 4 and goes on to step 8, "Your meeting details". */
async function meetingDetailsAs(page: Page, url: string, email: string, role: InviteeRole) {
  await page.goto(url);
  await page.getByRole('button', { name: 'I was invited' }).click();
  await openPack(page, demoPack(email, role));
  await page.getByRole('button', { name: "Let's start" }).click();
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await signInThroughBrowser(page, 'Sign in with Zoom', email);
  await page.getByText(/Your Zoom account is ready/).waitFor();
  for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Skip this step' }).click();
  await page.getByRole('heading', { level: 1, name: /^Step 8 of 9/ }).waitFor();
  await page.getByText('Your personal meeting ID').waitFor();
}

describe('step 8 for people who start meetings for others (scenario 4, the invitee side)', () => {
  const chromium = useChromium();

  it("the co-admin sees the owner's meetings he may start, and why they are not in his own list", async () => {
    const host = await startTestHost();
    const page = await chromium.browser.newPage();
    try {
      await meetingDetailsAs(page, host.url, nonprofitPeople.coAdmin.email, 'co-admin');
      await page
        .getByText('These meetings will NOT show in your own Zoom meeting list. That is normal.')
        .waitFor();
      await page.getByText('Meetings you can start:').waitFor();
      expect(await page.locator('h3 + ul li').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
      await host.close();
    }
  });

  it("a member who cannot read the host's meetings is told to ask the admin", async () => {
    const host = await startTestHost();
    const page = await chromium.browser.newPage();
    try {
      await meetingDetailsAs(page, host.url, nonprofitPeople.member.email, 'alternative-host');
      await page.getByText(/Your account can't see the host's list of meetings/).waitFor();
    } finally {
      await page.close();
      await host.close();
    }
  });
});
