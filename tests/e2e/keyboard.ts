import type { Page } from 'playwright-core';

/**
 * The keyboard only: Tab to a button and press Enter; Tab into a radio group, then the arrow
 * keys to the choice (a group is one Tab stop) and Space.
 */
export async function pressByKeyboard(
  page: Page,
  role: 'radio' | 'button',
  name: string | RegExp,
): Promise<void> {
  const control = page.getByRole(role, typeof name === 'string' ? { name, exact: true } : { name });
  await control.waitFor();
  const group = role === 'radio' ? await control.getAttribute('name') : null;
  const inPlace = () =>
    control.evaluate(
      (el, groupName) =>
        el === document.activeElement ||
        (groupName !== null &&
          document.activeElement instanceof HTMLInputElement &&
          document.activeElement.name === groupName),
      group,
    );
  for (let i = 0; i < 80 && !(await inPlace()); i += 1) await page.keyboard.press('Tab');
  if (!(await inPlace())) throw new Error(`Could not reach "${String(name)}" with the Tab key`);
  for (let i = 0; i < 5 && !(await control.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press(role === 'radio' ? 'Space' : 'Enter');
  if (role === 'radio' && !(await control.isChecked()))
    throw new Error(`"${String(name)}" is not chosen`);
}
