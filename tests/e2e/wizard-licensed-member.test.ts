import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { callSandboxControl, type SandboxHandle } from '../support/sandbox-control';
import { axeViolations, recordPageErrors, startTestHost, useChromium } from './harness';
import { demoPack, openPack, signInThroughBrowser } from './journey';
import { pressByKeyboard } from './keyboard';
import { wizardWords } from './wizard-words';

const words = {
  en: {
    ...wizardWords.en,
    pmi: 'Your personal meeting ID',
    copyId: 'Copy the meeting ID',
    join: 'Join and start meetings as yourself',
    firstApp: /^Open the Zoom app\. Check that you are signed in/,
    guestPicture: /The meeting is waiting for the host to join/,
    claimPicture: /Claim Host button under the list/,
    newKey: 'Make me a new host key',
    yes: 'Yes, make a new host key',
    made: 'Zoom saved your new host key.',
    show: 'Show my host key',
    copyKey: 'Copy the host key',
    secret: /^Keep this secret/,
    needsSignIn: /First sign in to ReadyRoom with Zoom/,
  },
  es: {
    ...wizardWords.es,
    pmi: 'Su ID de reunión personal',
    copyId: 'Copiar el ID de reunión',
    join: 'Únase e inicie reuniones como usted mismo',
    firstApp: /^Abra la aplicación Zoom\. Compruebe que inició sesión/,
    guestPicture: /La reunión está esperando a que se una el anfitrión/,
    claimPicture: /botón Reclamar anfitrión debajo de la lista/,
    newKey: 'Crear una clave de anfitrión nueva',
    yes: 'Sí, crear una clave nueva',
    made: 'Zoom guardó su clave de anfitrión nueva.',
    show: 'Mostrar mi clave de anfitrión',
    copyKey: 'Copiar la clave de anfitrión',
    secret: /^Guárdela en secreto/,
    needsSignIn: /Primero inicie sesión en ReadyRoom con Zoom/,
  },
} as const;

/** What Zoom itself holds for the member: the admin's view, with host keys (include_fields). */
async function zoomRecord(sandbox: SandboxHandle, email: string) {
  const token = await callSandboxControl(sandbox, '/_sandbox/tokens', {});
  const { access_token } = (await token.json()) as { access_token: string };
  const list = await fetch(`${sandbox.url}/v2/users?include_fields=host_key&page_size=300`, {
    headers: { Authorization: `Bearer ${access_token}` },
  });
  const { users } = (await list.json()) as {
    users: Array<{ email: string; pmi?: number; host_key?: string }>;
  };
  return users.find((u) => u.email === email);
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe.each(['en', 'es'] as const)("a licensed member's step 8 (%s)", (lang) => {
  const chromium = useChromium();
  const w = words[lang];

  it('teaches "sign in first, then the link", pictures the guest screens, and puts a new host key within reach', async () => {
    const robert = nonprofitPeople.member;
    const host = await startTestHost();
    const sandbox = host.composed.sandbox!;
    const context = await chromium.browser.newContext({ locale: w.locale });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    const step = (n: number) => page.getByRole('heading', { level: 1, name: w.step(n) });
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: w.invited }).click();
      await openPack(page, demoPack(robert.email, 'member'), w);
      await page.getByRole('button', { name: w.start }).click();
      await page.getByRole('button', { name: w.skip }).click();
      await page.getByRole('button', { name: w.skip }).click();
      await signInThroughBrowser(page, w.signIn, robert.email);
      await page.getByText(w.ready).waitFor();
      for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: w.skip }).click();
      await step(8).waitFor();

      // The meeting ID is grouped for reading aloud and copied without spaces.
      const before = await zoomRecord(sandbox, robert.email);
      const pmi = String(before?.pmi);
      const shown = await page.getByText(/^\d{3} \d{3} \d{4}$/).innerText();
      expect(shown.replace(/ /g, '')).toBe(pmi);
      await page.getByRole('button', { name: w.copyId }).click();
      // Copying is asynchronous: the clipboard holds it a moment after the click.
      await expect.poll(() => clipboard(page)).toBe(pmi);

      // The habit, and what it looks like when he forgets it.
      const join = page.getByRole('region', { name: w.join });
      await join.getByText(w.firstApp).waitFor();
      await join.getByRole('img', { name: w.guestPicture }).waitFor();
      await join.getByRole('img', { name: w.claimPicture }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // A new host key, only after he says yes, by keyboard; shown on request and copied.
      await pressByKeyboard(page, 'button', w.newKey);
      await pressByKeyboard(page, 'button', w.yes);
      await page.getByText(w.made).waitFor();
      await pressByKeyboard(page, 'button', w.show);
      await page.getByText(w.secret).waitFor();
      await pressByKeyboard(page, 'button', w.copyKey);
      await expect.poll(() => clipboard(page)).toMatch(/^[1-9]\d{5}$/);
      const key = await clipboard(page);
      expect(await page.getByText(key, { exact: true }).count()).toBe(1);
      // Zoom holds the same key: Claim Host will take it.
      expect((await zoomRecord(sandbox, robert.email))?.host_key).toBe(key);
      expect(before?.host_key).not.toBe(key);
      expect(await axeViolations(page)).toEqual([]);

      // Reopening step 8 while signed in shows his details, not "sign in first".
      await page.goto(host.url);
      await step(8).waitFor();
      await page.getByText(w.pmi, { exact: true }).waitFor();
      await page.getByText(/^\d{3} \d{3} \d{4}$/).waitFor();
      expect(await page.getByText(w.needsSignIn).count()).toBe(0);
      // The key is not kept anywhere: it is on zoom.us, and shown here only when just made.
      expect(await page.getByText(key, { exact: true }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await host.close();
    }
  });
});
