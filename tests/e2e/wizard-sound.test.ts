import type {} from 'playwright-core';
import type { MediaAccess } from '../../shared/api';
import {
  axeViolations,
  fakeMediaArgs,
  useChromium,
  recordPageErrors,
  startTestHost,
} from './harness';
import { openWizardStep } from './journey';

describe('scenario 5: sound and camera, in Chromium with fake devices', () => {
  const chromium = useChromium(fakeMediaArgs());

  it('a Mac user who pressed "Don\'t Allow" is shown the exact settings screen, and then the meter proves the microphone works', async () => {
    let microphone: MediaAccess = 'denied';
    const openedSettings: string[] = [];
    const host = await startTestHost(undefined, {
      platform: 'darwin',
      mediaAccess: (device) => (device === 'microphone' ? microphone : 'granted'),
      openSystemUrl: async (url) => {
        openedSettings.push(url);
        microphone = 'granted'; // the person turns the switch on in System Settings
        return true;
      },
    });
    const page = await chromium.browser.newPage();
    const errors = recordPageErrors(page);
    try {
      await openWizardStep(page, host, 'sound-camera');
      const alert = page.getByRole('alert');
      await alert.getByText('Your computer does not let ReadyRoom use your microphone.').waitFor();
      await alert.getByText(/Go to Privacy & Security, then Microphone/).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await alert.getByRole('button', { name: 'Open the settings for me' }).click();
      await expect
        .poll(() => openedSettings)
        .toEqual(['x-apple.systempreferences:com.apple.preference.security?Privacy_Microphone']);

      await page.reload();
      await page.getByRole('heading', { level: 1, name: /Step 7 of 9/ }).waitFor();
      await page.getByRole('button', { name: 'Test my microphone' }).click();
      await page.getByText('We can hear you. Your microphone works.').waitFor({ timeout: 15_000 });
      // A soft voice (−40 dBFS) moves the meter a good part of the way: it is a dB scale.
      const meter = page.getByRole('meter', { name: 'Sound level' });
      await expect
        .poll(async () => Number(await meter.getAttribute('aria-valuenow')), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(25);

      await page.getByRole('button', { name: 'Test my camera' }).click();
      await page.getByText('Your camera works.').waitFor();
      const playing = await page.evaluate(() => {
        const video = document.querySelector('video')!;
        return video.srcObject !== null && !video.hidden;
      });
      expect(playing).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'My sound and camera work' }).click();
      await page.getByRole('heading', { level: 1, name: /Step 8 of 9/ }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await host.close();
    }
  });

  it('a browser that blocks the microphone gets the browser instructions, in Spanish', async () => {
    const host = await startTestHost();
    const context = await chromium.browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    try {
      await page.goto(host.url);
      await page.getByLabel('Idioma').selectOption('es');
      await page.getByRole('button', { name: 'Me invitaron' }).click();
      await page.getByRole('heading', { level: 1, name: /Paso 1 de 9/ }).waitFor();
      await page.evaluate(() => {
        // Simulate a browser-level block: getUserMedia refuses as Chromium does after "Block".
        navigator.mediaDevices.getUserMedia = () =>
          Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      });
      await page.getByRole('button', { name: 'Empecemos' }).click();
      for (const name of ['Encontré el correo', 'Ya lo hice']) {
        await page.getByRole('button', { name }).click();
      }
      await page.getByRole('button', { name: 'Omitir este paso' }).click();
      await page.getByRole('button', { name: 'Omitir este paso' }).click();
      await page.getByRole('button', { name: 'Omitir este paso' }).click();
      await page.getByRole('heading', { level: 1, name: /Paso 7 de 9/ }).waitFor();
      await page.getByRole('button', { name: 'Probar mi micrófono' }).click();
      await page.getByText(/Su navegador o su computadora bloquea el micrófono/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
      await host.close();
    }
  });
});
