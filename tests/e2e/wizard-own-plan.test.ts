import { edgePeople } from '../../electron/sandbox/constants';
import { callSandboxControl } from '../support/sandbox-control';
import { axeViolations, recordPageErrors, startTestHost, useChromium } from './harness';
import { demoPack, openPack, signInThroughBrowser } from './journey';
import { pressByKeyboard } from './keyboard';
import { wizardWords } from './wizard-words';

/** What she reads and presses, in each language. */
const words = {
  en: {
    ...wizardWords.en,
    found: 'I found the email',
    usedBefore: 'Yes, I have used Zoom with this email',
    paysQuestion: 'Do you pay for Zoom yourself with this email?',
    pays: 'Yes, I pay for my own Zoom plan',
    panel: 'Before you say yes with this email',
    planEnds: /Your own paid plan ends/,
    anotherEmail: 'Ask my admin to invite another email',
    message: 'Message to your admin',
    messageWhy: "into Riverside Food Bank's Zoom. I can't undo that.",
    copy: 'Copy the message',
    copied: 'Copied. Now paste it into an email or text message.',
    done: 'I did this',
    ownPlan: /You are signed in to a Zoom plan you pay for yourself/,
    blocker: 'Signed in to your own paid Zoom',
    circle: /sign in with the email the invitation was sent to/,
  },
  es: {
    ...wizardWords.es,
    found: 'Encontré el correo',
    usedBefore: 'Sí, he usado Zoom con este correo',
    paysQuestion: '¿Paga usted Zoom con este correo?',
    pays: 'Sí, pago mi propio plan de Zoom',
    panel: 'Antes de aceptar con este correo',
    planEnds: /Su propio plan de pago termina/,
    anotherEmail: 'Pedir a mi administrador que invite otro correo',
    message: 'Mensaje para su administrador',
    messageWhy: 'a la cuenta de Zoom de Riverside Food Bank. No se puede deshacer.',
    copy: 'Copiar el mensaje',
    copied: /^Copiado/,
    done: 'Ya lo hice',
    ownPlan: /Inició sesión en un plan de Zoom que paga usted/,
    blocker: 'Sesión iniciada en su propio Zoom de pago',
    circle: /con el correo al que se envió la invitación/,
  },
} as const;

describe.each(['en', 'es'] as const)(
  'someone who pays for her own Zoom on the invited email asks for another email (%s)',
  (lang) => {
    const chromium = useChromium();
    const w = words[lang];

    it('hears what saying yes would do, sends the admin the reason, and step 4 names her own paid plan', async () => {
      const nadia = edgePeople.paysOwnPlan;
      const host = await startTestHost();
      const sandbox = host.composed.sandbox!;
      const reset = await callSandboxControl(sandbox, '/_sandbox/reset', { scenario: 'edge' });
      expect(reset.ok).toBe(true);
      const context = await chromium.browser.newContext({ locale: w.locale });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      const errors = recordPageErrors(page);
      const step = (n: number) => page.getByRole('heading', { level: 1, name: w.step(n) });
      try {
        await page.goto(host.url);
        await page.getByRole('button', { name: w.invited }).click();
        await openPack(page, demoPack(nadia.email), w);
        await page.getByRole('button', { name: w.start }).click();
        await page.getByRole('button', { name: w.found }).click();
        await step(3).waitFor();

        // Step 3, by keyboard: whatever she answers first, she is asked about paying.
        await pressByKeyboard(page, 'radio', w.usedBefore);
        await page.getByRole('group', { name: w.paysQuestion }).waitFor();
        await pressByKeyboard(page, 'radio', w.pays);
        const panel = page.getByRole('region', { name: w.panel });
        await panel.getByText(w.planEnds).waitFor();
        expect(await axeViolations(page)).toEqual([]);

        await pressByKeyboard(page, 'radio', w.anotherEmail);
        const message = await page.getByLabel(w.message).inputValue();
        expect(message).toContain('Maria Lopez');
        expect(message).toContain(nadia.email);
        expect(message).toContain(w.messageWhy);
        await pressByKeyboard(page, 'button', w.copy);
        await panel.getByText(w.copied).waitFor();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
        // Nothing tells her to press the button in Zoom's email now.
        expect(await page.getByRole('button', { name: w.done, exact: true }).count()).toBe(0);
        expect(await axeViolations(page)).toEqual([]);

        // She signs in before any new invitation: the check names her own paid plan.
        await page.getByRole('button', { name: w.skip }).click();
        await step(4).waitFor();
        await signInThroughBrowser(page, w.signIn, nadia.email);
        await page.getByText(w.ownPlan).waitFor();
        await page.getByText(w.blocker).waitFor();
        expect(await page.getByText(w.circle).count()).toBe(0);
        // Her choice is kept: the message for the admin is there again.
        expect(await page.getByLabel(w.message).inputValue()).toBe(message);
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
        await host.close();
      }
    });
  },
);
