import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import {
  createFileLogger,
  createMemoryLogger,
  recordProblems,
  teeLogger,
} from '../../electron/services/log';
import { tempDir } from '../support/in-process';
import type { FetchPort } from '../../electron/services/zoom/oauth-endpoints';
import { useChromium, startTestHost, type TestHost } from './harness';
import { sandboxControl } from './dashboard-kit';
import { openWizardStep, signInThroughBrowser } from './journey';

const robert = nonprofitPeople.member;

/** Starts the sign-in and gives the Zoom tab the app opened. */
async function startSignIn(page: Page): Promise<Page> {
  const popup = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Sign in with Zoom' }).click();
  const zoom = await popup;
  await zoom.waitForLoadState();
  return zoom;
}

describe('signing in with Zoom when things go wrong (browser host + sandbox)', () => {
  const chromium = useChromium();

  const withHost = async (
    run: (page: Page, host: TestHost) => Promise<void>,
    options: Parameters<typeof startTestHost>[2] = {},
  ) => {
    const host = await startTestHost(undefined, {}, options);
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    try {
      await openWizardStep(page, host, 'sign-in');
      await run(page, host);
    } finally {
      await context.close();
      await host.close();
    }
  };

  it('Deny: says so in plain words and offers to sign in again', () =>
    withHost(async (page) => {
      const zoom = await startSignIn(page);
      await zoom.getByRole('button', { name: new RegExp(robert.email) }).click();
      await zoom.getByRole('button', { name: 'Deny' }).click();
      await page
        .getByRole('alert')
        .getByText(/You chose not to let ReadyRoom use your Zoom account/)
        .waitFor();
      await page.getByRole('button', { name: 'Sign in with Zoom' }).waitFor();
    }));

  it('a callback with the wrong state is ignored, and the real one still signs in', () =>
    withHost(async (page) => {
      const zoom = await startSignIn(page);
      const redirect = new URL(zoom.url()).searchParams.get('redirect_uri')!;
      const forged = await fetch(`${redirect}?code=forged&state=not-the-state`);
      expect(forged.status).toBe(400);
      await page.getByText('Waiting for you to sign in in your browser…').waitFor();
      await zoom.getByRole('button', { name: new RegExp(robert.email) }).click();
      await zoom.getByRole('button', { name: 'Allow' }).click();
      await page.getByText(`You are signed in as ${robert.firstName} ${robert.lastName}`).waitFor();
    }));

  it('Zoom cannot be reached when the code is exchanged: a plain message, and a retry works', () =>
    withHost(async (page, host) => {
      const zoom = await startSignIn(page);
      await zoom.getByRole('button', { name: new RegExp(robert.email) }).click();
      await sandboxControl(host, '/_sandbox/faults', {
        dropConnections: true,
        dropPathPrefix: '/oauth/token',
      });
      await zoom.getByRole('button', { name: 'Allow' }).click();
      await page
        .getByRole('alert')
        .getByText(/could not reach Zoom|cannot reach Zoom|reach Zoom/i)
        .waitFor();
      await sandboxControl(host, '/_sandbox/faults', {});
      await signInThroughBrowser(page, 'Sign in with Zoom', robert.email);
      await page.getByText(`You are signed in as ${robert.firstName} ${robert.lastName}`).waitFor();
    }));

  it('a storm of 429s during sign-in is waited out, not shown as a failure', () =>
    withHost(async (page, host) => {
      await sandboxControl(host, '/_sandbox/faults', {
        errors: [{ pathPrefix: '/v2/users/me', rate: 0.7, status: 429 }],
      });
      await signInThroughBrowser(page, 'Sign in with Zoom', robert.email);
      await page
        .getByText(`You are signed in as ${robert.firstName} ${robert.lastName}`)
        .waitFor({ timeout: 30_000 });
      await page
        .getByText('Your Zoom account is ready, with a full license.')
        .waitFor({ timeout: 30_000 });
    }));

  it('tokens expired by Zoom mid-session are refreshed silently', () =>
    withHost(async (page, host) => {
      await signInThroughBrowser(page, 'Sign in with Zoom', robert.email);
      await page.getByText('Your Zoom account is ready, with a full license.').waitFor();
      await sandboxControl(host, '/_sandbox/faults', { expireAllTokens: true });
      await page.getByRole('button', { name: 'Check again' }).click();
      await page.getByText('Checking your Zoom account…').waitFor({ state: 'detached' });
      await page.getByText('Your Zoom account is ready, with a full license.').waitFor();
      await page.getByText(`You are signed in as ${robert.firstName} ${robert.lastName}`).waitFor();
    }));

  it('a revoked refresh token ends the session and asks the person to sign in again, once', () =>
    withHost(async (page, host) => {
      await signInThroughBrowser(page, 'Sign in with Zoom', robert.email);
      await page.getByText('Your Zoom account is ready, with a full license.').waitFor();
      await sandboxControl(host, '/_sandbox/faults', {
        expireAllTokens: true,
        revokeAllRefreshTokens: true,
      });
      await page.getByRole('button', { name: 'Check again' }).click();
      await page.getByRole('button', { name: 'Sign in with Zoom' }).waitFor();
      await page
        .getByRole('alert')
        .getByText('Your Zoom sign-in has ended. Please sign in again.')
        .waitFor();
      expect(await page.getByRole('alert').count()).toBe(1);
      expect(await page.getByText(/sign-in has ended/).count()).toBe(1);
      expect(await page.getByRole('button', { name: /^Sign in/ }).count()).toBe(1);

      // Signing in again picks the check up where it was.
      await signInThroughBrowser(page, 'Sign in with Zoom', robert.email);
      await page.getByText('Your Zoom account is ready, with a full license.').waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
    }));

  it('never writes a token to ReadyRoom’s files, logs or the helper report', async () => {
    const tokens = new Set<string>();
    const watch: FetchPort = async (url, init) => {
      const auth = new Headers(init?.headers).get('Authorization');
      if (auth?.startsWith('Bearer ')) tokens.add(auth.slice(7));
      const response = await fetch(url, init);
      if (String(url).includes('/oauth/token')) {
        const body = (await response.clone().json()) as Record<string, unknown>;
        for (const key of ['access_token', 'refresh_token']) {
          if (typeof body[key] === 'string') tokens.add(body[key]);
        }
      }
      return response;
    };
    const memory = createMemoryLogger();
    // The log files as the app writes them (electron-log, redacted), and the helper report.
    const logDir = tempDir();
    const log = recordProblems(teeLogger(memory, createFileLogger({ dir: logDir })));
    await withHost(
      async (page, host) => {
        await signInThroughBrowser(page, 'Sign in with Zoom', robert.email);
        await page.getByText('Your Zoom account is ready, with a full license.').waitFor();
        await page.getByRole('button', { name: "I'm stuck" }).click();
        await page.getByRole('button', { name: 'Copy a report for my helper' }).click();
        const report = await page.getByLabel('Report for your helper').inputValue();
        expect(report).toContain('Current step: sign-in');
        expect(tokens.size).toBeGreaterThanOrEqual(2);
        const files = [host.dataDir, logDir].flatMap((dir) =>
          fs
            .readdirSync(dir)
            .filter((f) => fs.statSync(path.join(dir, f)).isFile())
            .map((f) => fs.readFileSync(path.join(dir, f), 'utf8')),
        );
        expect(fs.readFileSync(path.join(logDir, 'main.log'), 'utf8')).toMatch(/\[(info|warn)\]/);
        const logs = JSON.stringify(memory.entries);
        for (const token of tokens) {
          for (const text of [...files, report]) expect(text).not.toContain(token);
          expect(logs).not.toContain(token);
        }
        expect(report).not.toContain(robert.email);
      },
      {
        log,
        zoomFetch: watch,
        overrides: { desktop: { recentProblems: () => log.recentProblems() } },
      },
    );
  });
});
