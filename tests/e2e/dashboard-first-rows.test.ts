import type { Page } from 'playwright-core';
import { openDashboardAsOwner, sandboxControl } from './dashboard-kit';
import { axeViolations, type TestHost, useChromiumWithHost } from './harness';

/**
 * Issue 16 part 5, as a person sees it: a big team's table starts with its first rows and
 * everyone's counts while the whole team is on its way, says so, and speaks about everyone only
 * once everyone is here. The whole team's answer is held back so the moment can be looked at.
 */
describe("a big team's first moment on the dashboard, in Chromium", () => {
  const ctx = useChromiumWithHost('en-US');
  let host: TestHost;
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ host, page, errors } = ctx);
  });

  it('draws the first rows at once, says the rest are coming, then shows everyone', async () => {
    await sandboxControl(host, '/_sandbox/reset', { scenario: 'large', users: 2400 });
    await openDashboardAsOwner(page, host);
    await page.getByText('Showing 2,400 of 2,400 people.').waitFor({ timeout: 30_000 });

    // The dashboard opened again, its whole-team answer held until the test lets it through.
    const second = page;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await second.route('**/api/getTeam', async (route) => {
      await held;
      await route.continue();
    });
    await second.goto(host.url);
    await second
      .getByText('Showing the first 40 of 2,400 people. The rest are on their way.')
      .waitFor();
    expect(await second.locator('table tbody tr[data-row]').count()).toBeGreaterThan(5);
    await second.getByText(/^Last checked with Zoom: /).waitFor();
    const needsYou = second.getByRole('region', { name: 'Who needs you today' });
    await needsYou.getByText('Looking through the whole team. This takes a moment.').waitFor();
    expect(
      await second.getByRole('button', { name: 'Download the table (CSV)' }).isDisabled(),
    ).toBe(true);
    expect(await axeViolations(second)).toEqual([]);

    release();
    await second.getByText('Showing 2,400 of 2,400 people.').waitFor();
    // The list is worked out just after the table (a deferred render): wait for its first entry.
    await needsYou.getByRole('listitem').first().waitFor();
    expect(
      await second.getByRole('button', { name: 'Download the table (CSV)' }).isDisabled(),
    ).toBe(false);
    expect(await axeViolations(second)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
