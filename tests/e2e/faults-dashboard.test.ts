import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { openDashboardAsOwner, sandboxControl } from './dashboard-kit';
import { type TestHost, useChromiumWithHost } from './harness';
import { signInThroughBrowser } from './journey';

const owner = nonprofitPeople.owner;
const done = /^Done\. ReadyRoom read \d+ people from Zoom\.$/;

/** "Showing N of N people." above the table: what the admin would count on. */
const shownCount = (page: Page) =>
  page.getByText(/^Showing [\d,]+ of [\d,]+ people\.$/).innerText();

describe('faults on the dashboard, in Chromium', () => {
  const ctx = useChromiumWithHost('en-US');
  let host: TestHost;
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ host, page, errors } = ctx);
  });

  it('sign-in revoked outside the app: one plain message, one button, and signing in again picks up', async () => {
    await openDashboardAsOwner(page, host);
    const fullCount = await shownCount(page);
    await sandboxControl(host, '/_sandbox/faults', {
      expireAllTokens: true,
      revokeAllRefreshTokens: true,
    });
    await page.getByRole('button', { name: 'Check with Zoom now' }).click();

    await page
      .getByRole('alert')
      .getByText('Your Zoom sign-in has ended. Please sign in again.')
      .waitFor();
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByText(/sign-in has ended/).count()).toBe(1);
    expect(await page.getByText(/You are not signed in/).count()).toBe(0);
    expect(await page.getByText(/could not check with Zoom/).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Sign in/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Check with Zoom now' }).count()).toBe(0);
    // Nothing lost: the table the admin had is still there.
    expect(await shownCount(page)).toBe(fullCount);

    await signInThroughBrowser(page, 'Sign in with Zoom', owner.email);
    await page.getByText(done).waitFor();
    expect(await shownCount(page)).toBe(fullCount);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a token Zoom expired mid-session is renewed without a word, and the check finishes', async () => {
    await openDashboardAsOwner(page, host);
    const fullCount = await shownCount(page);
    await sandboxControl(host, '/_sandbox/faults', { expireAllTokens: true });
    await page.getByRole('button', { name: 'Check with Zoom now' }).click();
    await page.getByText(done).waitFor();
    await page.getByText(`You are signed in as ${owner.firstName} ${owner.lastName}`).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await shownCount(page)).toBe(fullCount);
    expect(errors).toEqual([]);
  });

  it('5 s of latency: the check shows its progress, then finishes, with nothing lost', async () => {
    await openDashboardAsOwner(page, host);
    const fullCount = await shownCount(page);
    await sandboxControl(host, '/_sandbox/faults', { latencyMs: 5000 });
    await page.getByRole('button', { name: 'Check with Zoom now' }).click();
    await page
      .getByRole('progressbar', { name: 'How much of your team ReadyRoom has read' })
      .waitFor();
    await page.getByRole('button', { name: 'Stop checking' }).waitFor();
    await page.getByText(done).waitFor({ timeout: 40_000 });
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await shownCount(page)).toBe(fullCount);
    expect(errors).toEqual([]);
  });

  it('no keychain (the test host keeps secrets in memory): the admin is told once, and the team loads', async () => {
    await openDashboardAsOwner(page, host);
    expect(await page.getByText(/no safe place to keep your (Zoom )?sign-in/).count()).toBe(1);
    await page.getByRole('button', { name: 'OK, got it' }).click();
    await page.getByText(/no safe place to keep your sign-in/).waitFor();
    expect(await page.getByText(/no safe place to keep your (Zoom )?sign-in/).count()).toBe(1);
    expect(await page.locator('tr[data-row]').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });
});
