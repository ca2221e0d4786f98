import type { Page } from 'playwright-core';
import type { i18n } from 'i18next';
import { createI18n } from '../../renderer/i18n/i18n';
import { wizardStepIds } from '../../shared/wizard';
import { axeViolations, startTestHost, useChromium } from './harness';
import { pressByKeyboard } from './keyboard';

/*
 * English, Arabic (right to left) and Chinese, walked as a newcomer would on a computer set to that
 * language: the first run opens in it, every wizard step and the dashboard are axe-clean, nothing
 * is cut sideways, and the whole wizard works from the keyboard. The words come from the app's own
 * locale files, so the test follows the translation instead of repeating it.
 */
const cases = [
  { locale: 'en-US', lang: 'en', dir: 'ltr' },
  { locale: 'ar-EG', lang: 'ar', dir: 'rtl' },
  { locale: 'zh-CN', lang: 'zh-Hans', dir: 'ltr' },
] as const;

/** A button whose name begins with these words (some buttons add a second line). */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function expectGoodStep(page: Page, t: i18n['t'], n: number, dir: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  // (In Arabic each value sits in Unicode isolates, U+2068…U+2069: compared without them.)
  await page.waitForFunction(
    (prefix) =>
      document
        .querySelector('h1')
        ?.textContent?.replace(/[\u2068\u2069]/g, '')
        .startsWith(prefix) ?? false,
    t('wizard:stepTitle', { number: n, total: wizardStepIds.length, title: '' })
      .replace(/[\u2068\u2069]/g, '')
      .trim(),
  );
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
  expect(await axeViolations(page)).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe.each(cases)('ReadyRoom in $lang', ({ locale, lang, dir }) => {
  const chromium = useChromium();
  const t = createI18n(lang).t;

  it('opens in the computer’s language and walks every step by keyboard, axe-clean', async () => {
    const host = await startTestHost();
    const context = await chromium.browser.newContext({
      locale,
      viewport: { width: 1024, height: 768 },
    });
    const page = await context.newPage();
    try {
      await page.goto(host.url);
      await page.getByRole('heading', { level: 1, name: t('start.heading') }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
      expect(await axeViolations(page)).toEqual([]);

      await pressByKeyboard(page, 'button', startsWith(t('start.invitee')));
      await expectGoodStep(page, t, 1, dir);
      await pressByKeyboard(page, 'button', t('wizard:steps.welcome.start'));
      for (let n = 2; n < wizardStepIds.length; n += 1) {
        await expectGoodStep(page, t, n, dir);
        await pressByKeyboard(page, 'button', t('wizard:skip'));
      }
      await expectGoodStep(page, t, wizardStepIds.length, dir);
      // Every step was skipped: the end says how close the person is, never "you are ready".
      const noIsolates = (text: string) => text.replace(/[\u2068\u2069]/g, '');
      const lead = noIsolates(await page.locator('p.lead').innerText());
      expect(lead).toBe(noIsolates(t('wizard:steps.done.headingNotReady', { met: 0, of: 4 })));
      expect(await page.getByText(t('wizard:steps.done.heading')).count()).toBe(0);
      const message = await page.locator('.message-preview').innerText();
      expect(message).not.toContain(t('wizard:steps.done.messageReady'));

      // The admin's side in the same language.
      await pressByKeyboard(page, 'button', t('nav.changeRole'));
      await pressByKeyboard(page, 'button', startsWith(t('start.admin')));
      await page.getByRole('heading', { level: 1, name: t('dashboard:heading') }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
      await host.close();
    }
  });
});
