import type { Page } from 'playwright-core';
import { tempDir } from '../support/in-process';
import { networkSwitch, type NetworkSwitch } from '../support/network-switch';
import { callSandboxControl } from '../support/sandbox-control';
import {
  axeViolations,
  recordPageErrors,
  startTestHost,
  useChromium,
  type TestHost,
} from './harness';
import { openWizardStep } from './journey';
import { pressByKeyboard } from './keyboard';

const checking = /Checking your connection to Zoom/;
const slow = /Your connection is a bit slow for video\. If your picture freezes/;
const phone = /Join by phone instead\. Use the dial-in numbers in the meeting invitation\./;
const fine = 'Your connection is fine for Zoom with video.';
const offline = /This computer is not connected to the internet right now/;
const fromDemo = /Measured just now from this computer to the demo Zoom \(127\.0\.0\.1:\d+\)/;
/** A measurement takes a few seconds (round trips, then about 3 s each way). */
const measuring = { timeout: 20_000 };

/** What the computer says when its network comes back (the browser host's page cannot know). */
const backOnline = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('online')));

/** Sets the demo Zoom's standing faults (the sandbox that demo mode started). */
async function sandboxFaults(host: TestHost, faults: Record<string, unknown>): Promise<void> {
  const sandbox = host.composed.sandbox;
  if (!sandbox) throw new Error('Demo mode did not start its sandbox');
  const answer = await callSandboxControl(sandbox, 'faults', faults);
  expect(answer.status).toBe(200);
}

describe('the connection check before the test meeting, in Chromium against the demo Zoom', () => {
  const chromium = useChromium();
  let host: TestHost;
  let page: Page;
  let errors: string[];
  let network: NetworkSwitch;

  beforeEach(async () => {
    network = await networkSwitch();
    host = await startTestHost(tempDir(), {}, { zoomFetch: network.fetch });
  });
  afterEach(async () => {
    await page?.close();
    await host?.close();
  });

  it('a slow line: turn off video; a very slow one: join by phone; keyboard only, axe clean', async () => {
    // Demo mode starts its sandbox before the first page: slow it down before the step opens.
    await sandboxFaults(host, { throughputKbps: 400 });
    page = await chromium.browser.newPage({ locale: 'en-US' });
    errors = recordPageErrors(page);
    await openWizardStep(page, host, 'sound-camera');
    await page.getByRole('heading', { level: 2, name: 'Your internet connection' }).waitFor();
    await page.getByText(slow).waitFor(measuring);
    await page.getByText('Zoom sends you less than video needs.').waitFor();
    await page.getByText(/^Speed from Zoom to you: \d+ kbps$/).waitFor();
    await page.getByText(/^Speed from you to Zoom: \d+ kbps$/).waitFor();
    await page.getByText(fromDemo).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await sandboxFaults(host, { throughputKbps: 40 });
    await pressByKeyboard(page, 'button', 'Check my connection again');
    await page.getByText(phone).waitFor(measuring);
    expect(await page.getByText(slow).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await sandboxFaults(host, {});
    await page.keyboard.press('Enter'); // the button keeps the focus while it measures
    await page.getByText(fine).waitFor(measuring);
    expect(await page.getByText(phone).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('with the network gone: one plain sentence, then it measures by itself when back', async () => {
    page = await chromium.browser.newPage({ locale: 'en-US' });
    errors = recordPageErrors(page);
    await openWizardStep(page, host, 'sound-camera');
    await page.getByText(fine).waitFor(measuring);

    network.set('refused');
    await pressByKeyboard(page, 'button', 'Check my connection again');
    await page.getByText(offline).waitFor(measuring);
    expect(await page.getByText(checking).count()).toBe(0);
    expect(await page.getByText(fine).count()).toBe(0);
    expect(await page.getByText(/Speed from Zoom to you/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // What the person did meanwhile is kept.
    await pressByKeyboard(page, 'button', 'I did not hear it');
    await page.getByText(/Turn up your volume/).waitFor();

    network.set(null);
    await backOnline(page);
    await page.getByText(fine).waitFor(measuring);
    expect(await page.getByText(offline).count()).toBe(0);
    await page.getByText(/Turn up your volume/).waitFor();
    expect(network.failed).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('in Spanish: a slow line, the network gone, then back', async () => {
    await host.composed.backend.handlers.updateSettings({ language: 'es' });
    await host.composed.backend.handlers.updateSettings({ role: 'invitee' });
    await host.composed.backend.handlers.saveWizardProgress({ currentStep: 'sound-camera' });
    await sandboxFaults(host, { throughputKbps: 400 });
    page = await chromium.browser.newPage({ locale: 'es-ES' });
    errors = recordPageErrors(page);
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: /^Paso 7 de 9/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Su conexión a internet' }).waitFor();
    await page.getByText(/Su conexión es un poco lenta para el video/).waitFor(measuring);
    await page
      .getByText(/Medido ahora mismo desde esta computadora hasta el Zoom de demostración/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    network.set('not-found');
    await pressByKeyboard(page, 'button', 'Revisar mi conexión otra vez');
    await page.getByText(/Esta computadora no está conectada a internet ahora/).waitFor(measuring);
    expect(await axeViolations(page)).toEqual([]);

    await sandboxFaults(host, {});
    network.set(null);
    await backOnline(page);
    await page.getByText('Su conexión está bien para Zoom con video.').waitFor(measuring);
    expect(errors).toEqual([]);
  });
});
