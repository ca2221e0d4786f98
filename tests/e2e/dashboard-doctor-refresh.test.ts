import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { openDashboardAsOwner, sandboxControl } from './dashboard-kit';
import { axeViolations, type TestHost, useChromiumWithHost } from './harness';

describe('the meeting-access doctor and the refresh, in Chromium', () => {
  const ctx = useChromiumWithHost('en-US');
  let host: TestHost;
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ host, page, errors } = ctx);
  });

  it("cures the co-admin who cannot see the owner's meetings (scenario 4), by keyboard", async () => {
    await openDashboardAsOwner(page, host);
    await page.getByRole('button', { name: 'James Carter', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'James Carter' })
      .getByRole('button', { name: 'Check meeting access' })
      .click();
    const doctor = page.getByRole('dialog', { name: 'Check meeting access' });
    expect(await doctor.getByLabel('Host (whose meetings)').inputValue()).toBe(
      nonprofitPeople.owner.email,
    );
    await doctor.getByRole('button', { name: 'Check now' }).focus();
    await page.keyboard.press('Enter');

    await doctor.getByText("James Carter can't do all of it yet.", { exact: false }).waitFor();
    await doctor.getByText(/Zoom never shows these meetings in James Carter's own list/).waitFor();
    await doctor.getByText('Volunteer orientation').waitFor();
    expect(await doctor.getByText('James Carter can start it').count()).toBe(3);
    await doctor.getByText("Can't schedule for the host").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await doctor.getByRole('button', { name: 'Let them schedule for the host' }).focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', {
      name: /Let James Carter set up meetings for Maria Lopez/,
    });
    await confirm.getByText(/must sign out of the Zoom app and back in/).waitFor();
    await confirm.getByRole('button', { name: 'Fix it' }).focus();
    await page.keyboard.press('Enter');
    await confirm.getByText("All good. James Carter can start Maria Lopez's meetings.").waitFor();
    await page.keyboard.press('Enter');

    await doctor.getByText('James Carter can set up meetings for Maria Lopez.').waitFor();
    await doctor
      .locator('.check-passed')
      .getByText(/All good/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps going through a 429 storm and a 50% 5xx fault, and marks what is partial', async () => {
    await sandboxControl(host, '/_sandbox/reset', { scenario: 'large', users: 2400 });
    await openDashboardAsOwner(page, host);
    const fullCount = await page.getByText(/^Showing [\d,]+ of [\d,]+ people\.$/).innerText();

    await sandboxControl(host, '/_sandbox/faults', {
      errors: [
        { pathPrefix: '/v2/users', rate: 0.3, status: 429 },
        { pathPrefix: '/v2/users', rate: 0.5, status: 503 },
      ],
    });
    await page.getByRole('button', { name: 'Check with Zoom now' }).click();
    const progress = page.getByRole('progressbar', {
      name: 'How much of your team ReadyRoom has read',
    });
    await progress.waitFor();
    await page.getByText(/^Accounts in use: \d+/).waitFor();
    await page.getByRole('button', { name: 'Check with Zoom now' }).waitFor({ timeout: 45_000 });

    const outcome = await page.locator('.refresh-outcome').innerText();
    expect(outcome).toMatch(/Done\. ReadyRoom read|Zoom did not answer for some people/);
    if (/did not answer/.test(outcome))
      expect(await page.getByText('Older').count()).toBeGreaterThan(0);
    expect(await page.getByText(/^Showing [\d,]+ of [\d,]+ people\.$/).innerText()).toBe(fullCount);

    // A check that Zoom fails completely keeps the table and says so.
    await sandboxControl(host, '/_sandbox/faults', {
      errors: [{ pathPrefix: '/v2/users', rate: 1, status: 500 }],
    });
    await page.getByRole('button', { name: 'Check with Zoom now' }).click();
    await page
      .getByText('ReadyRoom could not check with Zoom. The table shows what it saw before.')
      .waitFor({ timeout: 30_000 });
    expect(await page.getByText(/^Showing [\d,]+ of [\d,]+ people\.$/).innerText()).toBe(fullCount);
    expect(await page.locator('tr[data-row]').count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });
});
