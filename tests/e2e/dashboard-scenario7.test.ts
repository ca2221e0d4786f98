import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import {
  activateInvitation,
  newestEmail,
  openDashboardAsOwner,
  rowText,
  sandboxControl,
} from './dashboard-kit';
import { axeViolations, type TestHost, useChromiumWithHost } from './harness';

describe("the owner's dashboard in Chromium (scenario 7)", () => {
  const ctx = useChromiumWithHost('en-US');
  let host: TestHost;
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ host, page, errors } = ctx);
  });

  it.each([
    [1280, 900],
    [320, 900],
  ])(
    'shows three people at three stages, fixes the bounced address, exports a CSV, and says when everyone is ready (%i × %i)',
    async (width, height) => {
      const dorothy = nonprofitPeople.pendingNineDays;
      await page.setViewportSize({ width, height });
      await openDashboardAsOwner(page, host);
      const needs = page.getByRole('region', { name: 'Who needs you today' });

      // Each stage, the stuck step and the last activity.
      expect(await rowText(page, 'Dorothy Evans')).toMatch(
        /Invite sent.*Invitation not used yet.*9 days ago.*Link ends in 21 days/,
      );
      expect(await rowText(page, 'Robert Chen')).toMatch(/Account set up.*Zoom app not used yet/);
      expect(await rowText(page, 'James Carter')).toMatch(/Ready to go/);
      expect(await axeViolations(page)).toEqual([]);

      // The address bounced: the owner notes it, then fixes the address (cancel + invite again).
      await page.getByRole('button', { name: 'Dorothy Evans', exact: true }).click();
      const detail = page.getByRole('dialog', { name: 'Dorothy Evans' });
      await detail.getByRole('button', { name: 'The email came back' }).click();
      await detail.getByText('Email did not arrive').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      // Who needs her today: the bounced address comes first, with its fix one click away.
      const first = needs.getByRole('listitem').first();
      await first.getByText('You said the invite email came back.').waitFor();
      expect(await first.innerText()).toContain('Dorothy Evans');
      await first.getByRole('button', { name: 'Fix the email address' }).click();
      const fix = page.getByRole('dialog', { name: 'Fix the email address' });
      await page.keyboard.type('dorothy.evans@example.org');
      await page.keyboard.press('Enter');
      await fix.getByText(/cancel the invitation to dorothy\.evans@example\.com/).waitFor();
      await fix.getByRole('button', { name: 'Send to the new address' }).click();
      await fix
        .getByText('Done. Zoom sent a new invitation to dorothy.evans@example.org.')
        .waitFor();
      await fix.getByRole('button', { name: 'Close' }).click();
      expect(await newestEmail(host, 'dorothy.evans@example.org')).toMatchObject({
        invitation_status: 'open',
      });
      expect((await newestEmail(host, dorothy.email))?.invitation_status).toBe('cancelled');

      // Resend another invitation: the confirmation explains Zoom has no resend.
      await page.getByRole('button', { name: 'Samuel Okafor', exact: true }).click();
      await page
        .getByRole('dialog', { name: 'Samuel Okafor' })
        .getByRole('button', { name: 'Send the invite again' })
        .click();
      const resend = page.getByRole('dialog', { name: /Send the invite to samuel/ });
      await resend.getByText(/Zoom has no "send again" button/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await resend.getByRole('button', { name: 'Send it again' }).click();
      await resend.getByText(/Done\. Zoom sent a new invitation/).waitFor();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      // Export the table as CSV and read it.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the table (CSV)' }).click();
      const file = await (await download).path();
      const csv = fs.readFileSync(file, 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const lines = csv.slice(1).split('\r\n');
      expect(lines[0]).toBe(
        'Name,Email,Role,License,Account,Stage,What needs fixing,Invited on,Days waiting,Link ends in (days),Last sign-in,Zoom app',
      );
      expect(lines.find((l) => l.startsWith('Dorothy Evans,dorothy.evans@example.org'))).toMatch(
        /,Member,Licensed,Invited,Invite sent,"?Invitation not used yet/,
      );
      expect(lines.find((l) => l.startsWith('Robert Chen,'))).toContain('Account set up');
      expect(lines.find((l) => l.startsWith('James Carter,'))).toContain('Ready to go');

      // The last ones finish: Dorothy activates and everyone uses the Zoom app; the rest are cancelled.
      const email = await newestEmail(host, 'dorothy.evans@example.org');
      await activateInvitation(email?.activation_url ?? '', 'Dorothy', 'Evans');
      for (const who of ['dorothy.evans@example.org', nonprofitPeople.member.email])
        await sandboxControl(host, '/_sandbox/app-signin', { email: who });
      for (const name of ['Samuel Okafor', 'Priya Shah']) {
        await page.getByRole('button', { name, exact: true }).click();
        await page
          .getByRole('dialog', { name })
          .getByRole('button', { name: 'Cancel the invitation' })
          .click();
        const cancel = page.getByRole('dialog', { name: /Cancel the invite to/ });
        await cancel.getByRole('button', { name: 'Cancel the invitation' }).click();
        await cancel.getByRole('button', { name: 'Close' }).click();
      }
      await page.getByRole('button', { name: 'Check with Zoom now' }).click();
      await page.getByText('Everyone is ready! All 4 people on your team can use Zoom.').waitFor();
      expect(await rowText(page, 'Dorothy Evans')).toMatch(/Ready to go/);
      await needs.getByText('No one is waiting on you today.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it('invites many people at once and says exactly why the bad addresses were refused', async () => {
    await openDashboardAsOwner(page, host);
    await page.getByRole('button', { name: 'Invite people' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite people' });
    await page.keyboard.type(
      'Ana Diaz <ana.diaz@example.org>; ben.ito@example.org, not-an-address\n' +
        'ana.diaz@example.org robert.chen@riverside.example.org cleo@example.org dan@example.org',
    );
    await invite.getByText('You pasted 7 addresses.').waitFor();
    await invite.getByText('4 addresses are ready to invite.').waitFor();
    await invite
      .getByText(
        'Line 1: not-an-address: It has no @ sign. An email address looks like name@example.org.',
      )
      .waitFor();
    await invite
      .getByText('Line 2: ana.diaz@example.org: This address is already on line 1.')
      .waitFor();
    await invite
      .getByText(
        "Line 2: robert.chen@riverside.example.org: This person is already on your team's Zoom.",
      )
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await invite.getByRole('button', { name: 'Next' }).click();
    const confirm = page.getByRole('dialog', { name: 'Send 4 invitations?' });
    await confirm.getByText(/each one uses one of your team's licenses/).waitFor();
    await confirm.getByRole('button', { name: 'Invite 4 people' }).click();

    // Six of nine licences are in use: three invitations fit, the fourth is refused by Zoom.
    const results = page.getByRole('dialog', { name: 'What happened' });
    await results.getByText('Invited: 3. Waiting: 0. Not sent: 4.').waitFor();
    await results.getByText('ana.diaz@example.org: invited.').waitFor();
    await results
      .getByText(/dan@example\.org: not sent\. Your Zoom account has no free licences left/)
      .waitFor();
    await results.getByRole('button', { name: 'Keep the ones not sent, to try again' }).click();
    const again = page.getByRole('dialog', { name: 'Invite people' });
    expect(await again.getByLabel('Email addresses').inputValue()).toContain('dan@example.org');
    await page.keyboard.press('Escape');
    expect(await rowText(page, 'Ana Diaz')).toMatch(/Invite sent/);
    expect(errors).toEqual([]);
  });
});
