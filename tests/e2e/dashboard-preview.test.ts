import type { Page } from 'playwright-core';
import { openDashboardAsOwner } from './dashboard-kit';
import { axeViolations, type TestHost, useChromiumWithHost } from './harness';
import { pressByKeyboard } from './keyboard';

/** The text of the element that has the keyboard focus. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** Tabs forward to the element matching `selector` (a control with no button or radio role). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${selector} with the Tab key`);
}

describe("the admin's preview of what a person sees, in Chromium (demo mode)", () => {
  const ctx = useChromiumWithHost('en-US');
  let host: TestHost;
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ host, page, errors } = ctx);
  });

  it("opens a stuck person's step in Spanish from the dashboard, keyboard only, and closes it", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openDashboardAsOwner(page, host);

    // Robert said yes but has never signed in to the Zoom app (the sandbox says so).
    await pressByKeyboard(page, 'button', 'Robert Chen');
    const panel = page.getByRole('dialog', { name: 'Robert Chen' });
    await panel.waitFor();
    await pressByKeyboard(page, 'button', 'See what they see');
    const preview = page.getByRole('dialog', { name: 'What Robert Chen sees' });
    await preview.waitFor();
    expect(await focused(page)).toBe('What Robert Chen sees');
    await preview.getByText(/^This is a preview, not Robert Chen's own screen\./).waitFor();
    await preview
      .getByText(
        'Zoom says: Account set up. So they are most likely at step 6, "Sign in to the Zoom app".',
      )
      .waitFor();

    // The preview's language, by keyboard: the app stays in English.
    await tabTo(page, 'select');
    await page.keyboard.press('ArrowDown');
    const region = preview.getByRole('region', { name: 'Preview of what Robert Chen sees' });
    await region
      .getByRole('heading', { name: 'Paso 6 de 9: Inicie sesión en la aplicación Zoom' })
      .waitFor();
    await region.getByText(/Zoom todavía no ve que haya iniciado sesión/).waitFor();
    expect(
      await region
        .getByRole('group', { name: 'Preview — buttons do nothing here' })
        .getAttribute('disabled'),
    ).not.toBeNull();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Your team');
    expect(await axeViolations(page)).toEqual([]);

    // The keyboard passes over the switched-off buttons: the next stop after the frame is Write.
    await pressByKeyboard(page, 'button', 'Write to Robert Chen');
    const message = page.getByRole('dialog', { name: 'A personal message for Robert Chen' });
    await message.waitFor();
    await page.keyboard.press('Escape');
    await message.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('Write to Robert Chen');

    // Closed with Escape: focus goes back to the button that opened it.
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('See what they see');
    expect(errors).toEqual([]);
  });

  it('fits a 320 px window (400% zoom): nothing sideways, axe zero', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await openDashboardAsOwner(page, host);
    await page.getByRole('button', { name: 'Dorothy Evans', exact: true }).click();
    await page.getByRole('button', { name: 'See what they see' }).click();
    const preview = page.getByRole('dialog', { name: 'What Dorothy Evans sees' });
    const region = preview.getByRole('region', { name: 'Preview of what Dorothy Evans sees' });
    await region.getByRole('heading', { name: 'Step 3 of 9: Say yes to the invitation' }).waitFor();
    const overflow = await preview.evaluate((dialog) => ({
      scroll: dialog.scrollWidth,
      client: dialog.clientWidth,
    }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('"Preview the wizard" steps through every step in Spanish before anyone is invited', async () => {
    // Counts every ask for the camera or microphone the page makes.
    await page.addInitScript(() => {
      const counter = window as unknown as { mediaAsks: number };
      counter.mediaAsks = 0;
      const media = navigator.mediaDevices;
      if (!media) return;
      const ask = media.getUserMedia.bind(media);
      media.getUserMedia = (constraints) => {
        counter.mediaAsks += 1;
        return ask(constraints);
      };
    });
    await openDashboardAsOwner(page, host);
    await pressByKeyboard(page, 'button', 'Preview the wizard');
    const dialog = page.getByRole('dialog', { name: 'Preview the wizard' });
    await dialog.waitFor();
    await tabTo(page, 'select');
    await page.keyboard.press('ArrowDown');
    const region = dialog.getByRole('region', { name: 'Preview of the wizard' });
    await region.getByRole('heading', { name: 'Paso 1 de 9: Bienvenida' }).waitFor();
    await pressByKeyboard(page, 'button', 'Next step');
    for (let step = 2; step <= 9; step += 1) {
      await region.getByRole('heading', { name: new RegExp(`^Paso ${step} de 9: `) }).waitFor();
      if (step === 7) {
        // The sound and camera step draws its first state: no camera or microphone is asked for.
        await region
          .getByRole('heading', { name: /micrófono/i })
          .first()
          .waitFor();
        expect(
          await page.evaluate(() => (window as unknown as { mediaAsks: number }).mediaAsks),
        ).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
      }
      if (step < 9) await page.keyboard.press('Enter');
    }
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('Preview the wizard');
    expect(errors).toEqual([]);
  });
});
