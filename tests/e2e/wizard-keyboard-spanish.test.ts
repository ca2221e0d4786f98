import type { Page } from 'playwright-core';
import { axeViolations, useChromium, startTestHost } from './harness';

/** Presses Tab until the named control has focus, then Enter: what a keyboard-only person does. */
async function activate(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label =
        el.closest('label')?.textContent ??
        (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '');
      return `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''} ${label ?? ''}`.trim();
    });
    if (name.test(focused)) {
      await page.keyboard.press(
        (await page.evaluate(() => (document.activeElement as HTMLInputElement).type)) === 'radio'
          ? 'Space'
          : 'Enter',
      );
      return;
    }
  }
  throw new Error(`Could not reach ${name} with the Tab key`);
}

async function expectAccessibleStep(page: Page, n: number): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name: new RegExp(`^Paso ${n} de 9`) });
  await heading.waitFor();
  // The step is announced: its heading has focus and the window title names it.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  expect(await page.title()).toMatch(new RegExp(`^Paso ${n} de 9: .+ – ReadyRoom$`));
  expect(await axeViolations(page)).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('scenario 6: keyboard only, in Spanish, at 200% zoom; she quits at step 3 and comes back', () => {
  const chromium = useChromium();

  it('finishes every step by keyboard and resumes at step 3 after a restart', async () => {
    // 200% zoom on a 1280×800 screen: 640×400 CSS pixels.
    const viewport = { width: 640, height: 400 };
    const first = await startTestHost();
    const context = await chromium.browser.newContext({ locale: 'es-ES', viewport });
    let page = await context.newPage();
    try {
      await page.goto(first.url);
      await page.getByRole('heading', { level: 1, name: 'Bienvenido a ReadyRoom' }).waitFor();
      await activate(page, /^Me invitaron/);
      await expectAccessibleStep(page, 1);
      await activate(page, /^Empecemos$/);
      await expectAccessibleStep(page, 2);
      await activate(page, /^Encontré el correo$/);
      await expectAccessibleStep(page, 3);
      await activate(page, /No, es nuevo para mí/);
      await activate(page, /No, no pago Zoom/);
      await page.getByText('Reglas de Zoom para la contraseña:').waitFor();
      await page.close();
      await first.close();

      // Days later: a new start of ReadyRoom over the same saved files.
      const second = await startTestHost(first.dataDir);
      try {
        page = await context.newPage();
        await page.goto(second.url);
        await expectAccessibleStep(page, 3);
        expect(await page.getByRole('radio', { name: 'No, es nuevo para mí' }).isChecked()).toBe(
          true,
        );
        await activate(page, /^Ya lo hice$/);
        for (const n of [4, 5, 6, 7, 8]) {
          await expectAccessibleStep(page, n);
          await activate(page, /^Omitir este paso$/);
        }
        // She skipped steps 4 to 8: the end says how close she is, never "you're ready".
        await expectAccessibleStep(page, 9);
        await page.getByText('¡Ya casi! Hizo 0 de las 4 cosas que necesita para Zoom.').waitFor();
        expect(await page.getByText('¡Muy bien! Ya está listo para Zoom.').count()).toBe(0);
        const message = await page.locator('.message-preview').innerText();
        expect(message).toContain('Le dije a ReadyRoom (no lo pudo comprobar): ');
        expect(message).toContain('Omití: ');
        expect(message).toContain('Me falta: ');
        expect(message).not.toMatch(/Terminé|mi sonido y mi cámara funcionan/);
        // Each thing left has its own button, reachable by keyboard.
        await activate(page, /^Ir al paso 4: /);
        await expectAccessibleStep(page, 4);
      } finally {
        await second.close();
      }
    } finally {
      await context.close();
    }
  });
});
