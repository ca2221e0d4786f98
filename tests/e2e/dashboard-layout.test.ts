import type { Locator, Page } from 'playwright-core';
import { openDashboardAsOwner, tableFit } from './dashboard-kit';
import { axeViolations, type TestHost, useChromiumWithHost } from './harness';
import { pressByKeyboard } from './keyboard';

/** Where an element is on the page. */
async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on the page');
  return { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height };
}

/** The text of the element that has the keyboard focus. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** Cells whose text does not fit in them (something cut), as "row: cell" strings. */
const cutCells = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.team-table tr[data-row] > *')]
      .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
      .map((cell) => cell.textContent ?? ''),
  );

describe('the dashboard layout in Chromium', () => {
  const ctx = useChromiumWithHost('en-US');
  let host: TestHost;
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ host, page, errors } = ctx);
  });

  it('fits a 1280 × 900 window: who needs her on top, the table whole, the person beside it', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openDashboardAsOwner(page, host);

    // The table fits its container and the page does not scroll sideways.
    const fit = await tableFit(page);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
    expect(fit.pageScrollWidth).toBeLessThanOrEqual(fit.windowWidth);
    expect(await cutCells(page)).toEqual([]);
    expect(await page.locator('.team-table thead th').allInnerTexts()).toEqual([
      'Name\n↕',
      'Stage\n▲',
      'What needs fixing',
      'Invited\n↕',
      'Last sign-in\n↕',
    ]);

    // Who needs her today, most urgent first, each with its fix and no nudge yet.
    const needs = page.getByRole('region', { name: 'Who needs you today' });
    const items = needs.getByRole('listitem');
    expect((await items.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))).toEqual([
      'Dorothy Evans Invited 9 days ago. They have not said yes yet. Send the invite again No nudge from ReadyRoom yet.',
      'Robert Chen Zoom says they have not used the Zoom app yet. Write a personal message No nudge from ReadyRoom yet.',
    ]);
    // Side by side with "Where everyone is", above the table.
    const summary = await box(page.getByRole('region', { name: 'Where everyone is' }));
    const table = await box(page.locator('.team-table-scroll'));
    expect((await box(needs)).left).toBeGreaterThanOrEqual(summary.right);
    expect((await box(needs)).bottom).toBeLessThanOrEqual(table.top);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: Tab to Dorothy's name; her panel opens beside the table, focus on its title.
    await pressByKeyboard(page, 'button', 'Dorothy Evans');
    const panel = page.getByRole('dialog', { name: 'Dorothy Evans' });
    await panel.waitFor();
    expect(await focused(page)).toBe('Dorothy Evans');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    const beside = await box(panel);
    expect(beside.left).toBeGreaterThanOrEqual(table.right);
    expect(beside.top).toBeLessThan(table.bottom);
    // What left the table is in the panel.
    await panel.getByText('License', { exact: true }).waitFor();
    await panel.getByText('Role', { exact: true }).waitFor();
    await panel.getByText('Last nudge', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('person-open');
    expect(await focused(page)).toBe('Dorothy Evans');

    // Her one-click fix from the list; the backend notes the nudge and the panel shows it.
    await needs.getByRole('button', { name: 'Send the invite again' }).focus();
    await page.keyboard.press('Enter');
    const resend = page.getByRole('dialog', { name: /Send the invite to dorothy/ });
    await resend.getByRole('button', { name: 'Send it again' }).focus();
    await page.keyboard.press('Enter');
    await resend.getByText(/Done\. Zoom sent a new invitation/).waitFor();
    await page.keyboard.press('Escape');
    // A fresh invitation needs nothing more from her: Dorothy leaves the list, focus stays in it.
    await needs.getByText('Dorothy Evans').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Who needs you today');
    await page.getByRole('button', { name: 'Dorothy Evans', exact: true }).focus();
    await page.keyboard.press('Enter');
    await panel.getByText(/^Nudged today at \d/).waitFor();
    await page.keyboard.press('Escape');
    // Closing the panel gives the focus back to the row that opened it (before she moves on).
    await page.waitForFunction(() => document.activeElement?.textContent === 'Dorothy Evans');

    // A message to Robert counts as a nudge once it is sent (here: the invite file saved).
    await needs.getByRole('button', { name: 'Write a personal message' }).focus();
    await page.keyboard.press('Enter');
    const message = page.getByRole('dialog', { name: 'A personal message for Robert Chen' });
    await message.getByLabel("Your group's name").focus();
    await page.keyboard.type('Riverside Food Bank');
    await message.getByRole('button', { name: 'Save the name' }).focus();
    await page.keyboard.press('Enter');
    const download = page.waitForEvent('download');
    await message.getByRole('button', { name: 'Download the invite file' }).focus();
    await page.keyboard.press('Enter');
    await download;
    await message.getByText(/^Nudged today at \d/).waitFor();
    await page.keyboard.press('Escape');

    // The same day, the fix waits: the button says when, and "anyway" is still there.
    const robert = needs.getByRole('listitem').filter({ hasText: 'Robert Chen' });
    const done = robert.getByRole('button', { name: /^Nudged today at \d/ });
    await done.waitFor();
    expect(await done.isDisabled()).toBe(true);
    await robert.getByRole('button', { name: 'Nudge again anyway' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'A personal message for Robert Chen' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reflows at 320 px wide (400% zoom): cards, nothing cut, the panel below the table', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await openDashboardAsOwner(page, host);

    const fit = await tableFit(page);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
    expect(fit.pageScrollWidth).toBeLessThanOrEqual(fit.windowWidth);
    expect(await cutCells(page)).toEqual([]);
    // Each person is a card: the row stacks its cells, each with the column's name.
    expect(
      await page
        .locator('.team-table tr[data-row]')
        .first()
        .evaluate((row) => getComputedStyle(row).display),
    ).toBe('block');
    expect(await page.getByRole('table').getAttribute('aria-rowcount')).toBe('7');
    expect(await page.getByRole('row').count()).toBe(7);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: the panel opens below the table, and focus goes there.
    await pressByKeyboard(page, 'button', 'Robert Chen');
    const panel = page.getByRole('dialog', { name: 'Robert Chen' });
    await panel.waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    const table = await box(page.locator('.team-table-scroll'));
    expect((await box(panel)).top).toBeGreaterThanOrEqual(table.bottom);
    expect(await panel.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('Robert Chen');

    // Her questions, by keyboard: the co-admin one opens the meeting-access doctor in one click.
    const questions = page.getByRole('region', { name: 'Your questions' });
    await questions.getByText("Why can't my co-admin see my meetings?").focus();
    await page.keyboard.press('Enter');
    await questions.getByText(/Zoom does not list your meetings in their Zoom app/).waitFor();
    await questions.getByRole('button', { name: 'Check their meeting access' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Check meeting access' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
