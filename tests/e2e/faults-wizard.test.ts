import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { sandboxControl } from './dashboard-kit';
import { type TestHost, useChromiumWithHost } from './harness';
import { openWizardStep, signInThroughBrowser } from './journey';

const robert = nonprofitPeople.member;
const ready = 'Your Zoom account is ready, with a full license.';
const signedInAs = `You are signed in as ${robert.firstName} ${robert.lastName}`;

describe("faults in the wizard's sign-in and live check, in Chromium", () => {
  const ctx = useChromiumWithHost('en-US');
  let host: TestHost;
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ host, page, errors } = ctx);
  });

  it('half of Zoom’s answers are 5xx: the sign-in and the check get through without a word', async () => {
    await openWizardStep(page, host, 'sign-in');
    await sandboxControl(host, '/_sandbox/faults', {
      errors: [{ pathPrefix: '/v2/users', rate: 0.5, status: 503 }],
    });
    await signInThroughBrowser(page, 'Sign in with Zoom', robert.email);
    await page.getByText(ready).waitFor({ timeout: 20_000 });
    for (let i = 0; i < 3; i += 1) {
      await page.getByRole('button', { name: 'Check again' }).click();
      await page.getByText(ready).waitFor({ timeout: 20_000 });
    }
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByText(/having trouble|could not reach/).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('5 s of latency: the check takes longer, says it is working, and finishes', async () => {
    await openWizardStep(page, host, 'sign-in');
    await signInThroughBrowser(page, 'Sign in with Zoom', robert.email);
    await page.getByText(ready).waitFor();
    await sandboxControl(host, '/_sandbox/faults', { latencyMs: 5000 });

    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByText('Checking your Zoom account…').waitFor();
    await page.getByText(ready).waitFor({ timeout: 30_000 });
    expect(await page.getByText('Checking your Zoom account…').count()).toBe(0);
    await page.getByText(signedInAs).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('no keychain (the test host keeps secrets in memory): the person is told once, and signs in', async () => {
    await openWizardStep(page, host, 'sign-in');
    await signInThroughBrowser(page, 'Sign in with Zoom', robert.email);
    await page.getByText(ready).waitFor();
    expect(await page.getByText(/no safe place to keep your (Zoom )?sign-in/).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
