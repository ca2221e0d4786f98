import type { Page } from 'playwright-core';
import { axeViolations, type TestHost, useChromiumWithHost } from './harness';

describe('the first screen in Chromium, through the browser host', () => {
  const ctx = useChromiumWithHost('en-US');
  let host: TestHost;
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ host, page, errors } = ctx);
  });

  it('answers the first question by keyboard only and lands on the wizard', async () => {
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Welcome to ReadyRoom' }).waitFor();
    expect(await page.title()).toBe('Start – ReadyRoom');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('I was invited');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Step 1 of 9: Welcome' }).waitFor();
    expect(await page.title()).toBe('Step 1 of 9: Welcome – ReadyRoom');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Step 1 of 9: Welcome' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('reaches the dashboard by keyboard, in Spanish, with no axe violations', async () => {
    await page.goto(host.url);
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Bienvenido a ReadyRoom' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /La estoy preparando/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Su equipo' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows a visible focus ring on the focused button', async () => {
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Welcome to ReadyRoom' }).waitFor();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { width: style.outlineWidth, style: style.outlineStyle };
    });
    expect(outline.style).toBe('solid');
    expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
  });

  it('fits a narrow window at 200% zoom without sideways scrolling', async () => {
    // 200% zoom on a 1280-pixel-wide screen leaves 640 CSS pixels.
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Welcome to ReadyRoom' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('button, select')].map((el) => {
        const r = el.getBoundingClientRect();
        return Math.min(r.width, r.height);
      }),
    );
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(24);
  });

  it('refuses to open a link off the allowlist, even when the page asks', async () => {
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Welcome to ReadyRoom' }).waitFor();
    const result = await page.evaluate(async () => {
      // The same path a help link takes: the bridge the page was given.
      const res = await fetch('/api/openExternal', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-ReadyRoom-Token': document.querySelector<HTMLMetaElement>(
            'meta[name="readyroom-host-token"]',
          )!.content,
        },
        body: JSON.stringify({ url: 'file:///etc/passwd' }),
      });
      return res.json();
    });
    expect(result).toEqual({ ok: false, error: { code: 'link-not-allowed' } });
  });
});
