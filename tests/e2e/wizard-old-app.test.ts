import { edgePeople } from '../../electron/sandbox/constants';
import type { ComputerPorts } from '../../electron/services/checks/zoom-app';
import { callSandboxControl } from '../support/sandbox-control';
import { axeViolations, recordPageErrors, startTestHost, useChromium } from './harness';
import { demoPack, openPack, signInThroughBrowser } from './journey';
import { pressByKeyboard } from './keyboard';
import { wizardWords } from './wizard-words';

const words = {
  en: {
    ...wizardWords.en,
    workplace: /Zoom now calls its desktop app "Zoom Workplace"/,
    tooOld: /Your Zoom app is too old \(version 5\.10\.0\)\. You need version 6\.0\.0/,
    cantFind: "I have the Zoom app, but ReadyRoom can't find it",
    download: 'Download Zoom',
    checkAgain: 'Check again',
    updateFirst: /Your Zoom app is too old to sign in \(version 5\.10\.0\)/,
    notSeen: /Zoom has not seen you sign in/,
    signInAgain: /You have the new Zoom app now \(version 6\.2\.5\)/,
    passed: /Zoom says you signed in to the Zoom app \(version 6\.2\.5\.1234/,
  },
  es: {
    ...wizardWords.es,
    workplace: /Zoom ahora llama a su aplicación de escritorio "Zoom Workplace"/,
    tooOld: /Su aplicación Zoom es muy antigua \(versión 5\.10\.0\)\. Necesita la versión 6\.0\.0/,
    cantFind: 'Tengo la aplicación Zoom, pero ReadyRoom no la encuentra',
    download: 'Descargar Zoom',
    checkAgain: 'Comprobar otra vez',
    updateFirst: /Su aplicación Zoom es muy antigua para iniciar sesión \(versión 5\.10\.0\)/,
    notSeen: /Zoom todavía no ve que haya iniciado sesión/,
    signInAgain: /Ya tiene la aplicación Zoom nueva \(versión 6\.2\.5\)/,
    passed: /Zoom dice que inició sesión en la aplicación Zoom \(versión 6\.2\.5\.1234/,
  },
} as const;

describe.each(['en', 'es'] as const)('the old-app path through steps 5 and 6 (%s)', (lang) => {
  const chromium = useChromium();
  const w = words[lang];

  it('says "update first" with the download button in both steps, then passes after the update', async () => {
    const frank = edgePeople.outdatedApp;
    let version = '5.10.0';
    const opened: string[] = [];
    const computer: ComputerPorts = {
      platform: 'linux',
      env: {},
      homeDir: '/home/frank',
      fileExists: async (file) => file === '/opt/zoom/zoom',
      readText: async () => version,
      run: async () => null,
    };
    const host = await startTestHost(undefined, {
      computer,
      openExternal: async (url) => {
        opened.push(url);
        return 'system';
      },
    });
    const sandbox = host.composed.sandbox!;
    expect((await callSandboxControl(sandbox, '/_sandbox/reset', { scenario: 'edge' })).ok).toBe(
      true,
    );
    const context = await chromium.browser.newContext({ locale: w.locale });
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    const step = (n: number) => page.getByRole('heading', { level: 1, name: w.step(n) });
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: w.invited }).click();
      await openPack(page, demoPack(frank.email), w);
      await page.getByRole('button', { name: w.start }).click();
      await page.getByRole('button', { name: w.skip }).click();
      await page.getByRole('button', { name: w.skip }).click();
      await signInThroughBrowser(page, w.signIn, frank.email);
      await page.getByText(w.ready).waitFor();
      await page.getByRole('button', { name: w.next, exact: true }).click();

      // Step 5: the app here is too old; the download is at hand, "can't find it" is not.
      await step(5).waitFor();
      await page.getByText(w.workplace).waitFor();
      expect(await page.getByText(/"Zoom Workplace"/).count()).toBe(1);
      await page.locator('div.check').getByText(w.tooOld).waitFor();
      expect(await page.getByRole('button', { name: w.cantFind }).count()).toBe(0);
      await pressByKeyboard(page, 'button', w.download);
      // The page asks the backend to open it: the answer comes a moment after the key press.
      await expect.poll(() => opened).toEqual(['https://zoom.us/download']);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: w.skip }).click();

      // Step 6: "update first", with the button the text promises — not "not seen yet".
      await step(6).waitFor();
      await page.getByText(w.updateFirst).waitFor();
      expect(await page.getByText(w.notSeen).count()).toBe(0);
      expect(await page.getByRole('button', { name: w.next, exact: true }).count()).toBe(0);
      await pressByKeyboard(page, 'button', w.download);
      await expect
        .poll(() => opened)
        .toEqual(['https://zoom.us/download', 'https://zoom.us/download']);
      expect(await axeViolations(page)).toEqual([]);

      // He installs the new app: ReadyRoom sees it here, and asks him to sign in with it.
      version = '6.2.5';
      await pressByKeyboard(page, 'button', w.checkAgain);
      await page.getByText(w.signInAgain).waitFor();
      // He signs in with the new app; Zoom records its version.
      const signIn = await callSandboxControl(sandbox, '/_sandbox/app-signin', {
        email: frank.email,
        version: '6.2.5.1234(linux)',
      });
      expect(signIn.ok).toBe(true);
      await pressByKeyboard(page, 'button', w.checkAgain);
      await page.getByText(w.passed).waitFor();
      await page.getByRole('button', { name: w.next, exact: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await host.close();
    }
  });
});
