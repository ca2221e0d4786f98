import axe from 'axe-core';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createNodeBackend } from '../../electron/host/compose';
import { startHost, type RunningHost } from '../../electron/host/server';
import type { BackendPorts } from '../../electron/services/backend';
import type { NodeBackendOptions } from '../../electron/host/compose';
import type { ComposedBackend } from '../../electron/services/compose';

export type TestHost = RunningHost & { dataDir: string; composed: ComposedBackend };
import { createMemoryLogger } from '../../electron/services/log';
import { launchChromium } from '../../scripts/chromium';
import { tempDir } from '../support/in-process';
import { speech, wavFile } from '../support/synthetic-sound';

/** The built renderer: dist/renderer, or the folder READYROOM_RENDERER_OUT names (see vite config). */
export const rendererDir =
  process.env.READYROOM_RENDERER_OUT ?? path.resolve(import.meta.dirname, '../../dist/renderer');

/** The browser host on an ephemeral port over a fresh data folder: what `npm run web` serves. */
export async function startTestHost(
  dataDir = tempDir(),
  overrides: Partial<BackendPorts> = {},
  options: Partial<NodeBackendOptions> = {},
): Promise<TestHost> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('The renderer is not built: run "npm run build:renderer" (npm test does it).');
  }
  const log = createMemoryLogger();
  const composed = await createNodeBackend({
    dataDir,
    log,
    overrides,
    secretCandidates: [],
    ...options,
  });
  const host = await startHost({ port: 0, rendererDir, backend: composed.backend, log });
  return {
    ...host,
    /** A fresh one-time launch address each time it is read: one per page a test opens. */
    get url() {
      return host.newLaunchUrl();
    },
    dataDir,
    composed,
    close: async () => {
      await host.close();
      await composed.close();
    },
  };
}

/** Runs axe-core on the page and returns its violations (WCAG 2.x A and AA, and best practice). */
export async function axeViolations(
  page: Page,
): Promise<ReadonlyArray<{ id: string; help: string; nodes: number }>> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: Array<{ id: string; help: string; nodes: unknown[] }> }>;
        };
      }
    ).axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length }));
  });
}

/** Collects console errors and CSP violations, so a test can say there were none. */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Chromium's fake camera, and a fake microphone that plays a soft voice (speech-like bursts at
 * −40 dBFS, written here as a WAV file) instead of the beep a given Chromium build happens to make.
 */
export function fakeMediaArgs(voiceDbfs = -40): string[] {
  const file = path.join(tempDir(), 'soft-voice.wav');
  fs.writeFileSync(file, wavFile(speech(voiceDbfs, 6)));
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-audio-capture=${file}`,
  ];
}

/** One Chromium for the test file (launched before its tests, closed after). */
export function useChromium(extraArgs: ReadonlyArray<string> = []): { readonly browser: Browser } {
  const ctx = {} as { browser: Browser };
  beforeAll(async () => {
    ctx.browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await ctx.browser.close();
  });
  return ctx;
}

/**
 * One Chromium for the test file, and for each test a fresh browser host (demo mode, its own data
 * folder) with a page that records console errors. Read the fields inside the tests.
 */
export function useChromiumWithHost(locale = 'en-US'): {
  readonly browser: Browser;
  readonly host: TestHost;
  readonly page: Page;
  readonly errors: string[];
} {
  const chromium = useChromium();
  const ctx = {} as { browser: Browser; host: TestHost; page: Page; errors: string[] };
  beforeEach(async () => {
    ctx.browser = chromium.browser;
    ctx.host = await startTestHost();
    ctx.page = await ctx.browser.newPage({ locale });
    ctx.errors = recordPageErrors(ctx.page);
  });
  afterEach(async () => {
    await ctx.page.close();
    await ctx.host.close();
  });
  return ctx;
}
