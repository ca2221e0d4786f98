// `npm run bench`: how close ReadyRoom is to the limits that matter. Prints one JSON object on its
// last line. Runs against the Zoom sandbox (in a child process, so the backend's memory is its own)
// answering as Zoom's 2025 User API (pages of up to 2000), with Pro rate limits and a realistic
// latency. Not a test: nothing here asserts a duration.
//
// The refresh floor, `team_refresh_10k_floor_ms`: the least time the calls made could take under
// Zoom's limits (the first second's burst, then the per-second rate) when each answer takes the
// latency, counting that a list's pages follow one another (each next_page_token comes with the
// page before; leastChainedTimeMs). Zoom's pagination guide (developers.zoom.us/docs/api/
// pagination) pages List Users by that token; `page_number` is still listed for GET /users in
// both OpenAPI files, but Zoom marks it deprecated elsewhere (GET /groups/{groupId}/members: "We
// will no longer support this field"), and whether live answers page by number in parallel could
// not be confirmed here, so ReadyRoom follows the tokens and the floor counts the chain.
// `team_refresh_10k_rate_floor_ms` is the limits alone (leastTimeMs), for reference: with pages
// of 2000 the 7 calls fit in the first second's burst, so it is one latency, which no refresh of
// a chained list could reach.
// The dashboard ratios compare 10,000 people with 100 in the same run. First rows are timed from
// the first answer about the team (`getTeamFirstRows`: the table's first rows and everyone's
// counts; the end of its response, by the page's resource timing) to the first frame after the
// table's first row, and, as a person sees it, from opening the page; `dashboard_whole_team_*` is
// until the whole team is in (search, "who needs you" and the CSV work then); the search from the
// keystroke's input event to the first frame after the rows change. All are taken in the page on
// its own clock (`pageTimes`): Playwright's waiting polls, which would add up to a poll's interval. To leave dist/ alone while
// others test, build the renderer elsewhere and point the bench at it:
//   READYROOM_RENDERER_OUT=/tmp/rr-me npx vite build --config vite.renderer.config.ts
//   READYROOM_RENDERER_OUT=/tmp/rr-me npx tsx tests/bench/run.ts
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { createNodeBackend } from '../../electron/host/compose';
import { startHost } from '../../electron/host/server';
import { demoServerToServerApp, sandboxOrganisation } from '../../electron/sandbox/constants';
import { createMemoryLogger } from '../../electron/services/log';
import { demoZoomEnvironment } from '../../electron/services/zoom/environment';
import {
  leastChainedTimeMs,
  leastTimeMs,
  zoomPlanRateLimits,
} from '../../electron/services/zoom/rate-limiter';
import type { FetchPort } from '../../electron/services/zoom/oauth-endpoints';
import { assessReadiness } from '../../shared/readiness';
import { ZoomUserList, type ZoomUserSummary } from '../../shared/zoom';
import { launchChromium } from '../../scripts/chromium';
import { rendererStartJsKb } from './renderer-size';
import { callSandboxControl, type SandboxHandle } from '../support/sandbox-control';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 80);
/** The built renderer; READYROOM_RENDERER_OUT lets the bench use a private build folder. */
const rendererOut = process.env.READYROOM_RENDERER_OUT ?? path.join(root, 'dist/renderer');
type Category = 'Light' | 'Medium' | 'Heavy';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Starts the sandbox CLI in its own process and answers its URL. */
async function startSandboxProcess(): Promise<{ sandbox: SandboxHandle; child: ChildProcess }> {
  const controlSecret = randomBytes(18).toString('base64url');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/sandbox/cli.ts',
      '--port',
      '0',
      '--scenario',
      'large',
      '--users',
      '1000',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ZOOM_SANDBOX_CONTROL_SECRET: controlSecret },
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited ${code}`)));
  });
  return { sandbox: { url, controlSecret }, child };
}

async function control(sandbox: SandboxHandle, endpoint: string, body: object): Promise<unknown> {
  const res = await callSandboxControl(sandbox, endpoint, body);
  if (!res.ok) throw new Error(`${endpoint}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Zoom's rate-limit category of a request ReadyRoom makes during a refresh. */
function categoryOf(method: string, url: string): Category {
  const { pathname } = new URL(url);
  if (method === 'GET' && pathname === '/v2/users') return 'Medium';
  if (/\/meetings/.test(pathname) && method === 'GET') return 'Medium';
  return 'Light';
}

interface Counted {
  calls: Record<Category, number>;
  /** `GET /users` calls per status list: each list's pages follow one another. */
  pages: Record<string, number>;
  /** Per status list, how long each page took to answer (request sent → response headers). */
  answerMs: Record<string, number[]>;
  http429: number;
}

function countingFetch(counted: Counted): FetchPort {
  return async (url, init) => {
    const sent = performance.now();
    const res = await fetch(url, init);
    const answered = performance.now() - sent;
    if (url.includes('/v2/')) counted.calls[categoryOf(init.method ?? 'GET', url)] += 1;
    const list = new URL(url);
    if (list.pathname === '/v2/users') {
      const status = list.searchParams.get('status') ?? 'active';
      counted.pages[status] = (counted.pages[status] ?? 0) + 1;
      (counted.answerMs[status] ??= []).push(answered);
    }
    if (res.status === 429) counted.http429 += 1;
    return res;
  };
}

/**
 * `runs` refreshes after one more that is not counted: the first after start pays for compiling
 * the code (JavaScript's JIT), which says nothing about how close a refresh comes to the floor.
 * That first one is reported apart (`firstMs`).
 */
async function teamRefresh(sandbox: SandboxHandle, users: number, runs: number) {
  const sandboxUrl = sandbox.url;
  await control(sandbox, 'reset', { scenario: 'large', users });
  await control(sandbox, 'faults', { latencyMs });
  // Zoom's API as it is now: pages of up to 2000 (the 2025 User API).
  await control(sandbox, 'api-version', { version: '2025' });
  const times: number[] = [];
  const chainAnswer: number[] = [];
  let http429 = 0;
  let floor = 0;
  let chainedFloor = 0;
  let peakRss = process.memoryUsage().rss;
  let firstMs = 0;
  for (let i = 0; i <= runs; i += 1) {
    const counted: Counted = {
      calls: { Light: 0, Medium: 0, Heavy: 0 },
      pages: {},
      answerMs: {},
      http429: 0,
    };
    const composed = await createNodeBackend({
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'rr-bench-')),
      log: createMemoryLogger(),
      zoomEnvironment: demoZoomEnvironment(sandboxUrl),
      secretCandidates: [],
      zoomFetch: countingFetch(counted),
    });
    const { handlers } = composed.backend;
    await handlers.connectAccount({
      accountId: sandboxOrganisation.accountId,
      clientId: demoServerToServerApp.clientId,
      clientSecret: demoServerToServerApp.clientSecret,
    });
    counted.calls = { Light: 0, Medium: 0, Heavy: 0 };
    counted.pages = {};
    counted.answerMs = {};
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const started = performance.now();
    await handlers.refreshTeam({});
    const ms = performance.now() - started;
    clearInterval(sampler);
    log(
      `refresh ${users}${i === 0 ? ' (first, not counted)' : ''}: ${Math.round(ms)} ms, calls ${JSON.stringify(counted.calls)}, pages ${JSON.stringify(counted.pages)}, 429s ${counted.http429}`,
    );
    await composed.close();
    http429 += counted.http429;
    if (i === 0) {
      firstMs = ms;
      continue;
    }
    times.push(ms);
    // The least time any client could take: the first second's burst, then the per-second rate.
    const calls = {
      light: counted.calls.Light,
      medium: counted.calls.Medium,
      heavy: counted.calls.Heavy,
    };
    floor = leastTimeMs(calls, zoomPlanRateLimits.pro, latencyMs);
    // And the least time when each list's pages must follow one another (next_page_token).
    const longestChain = Math.max(0, ...Object.values(counted.pages));
    chainedFloor = leastChainedTimeMs(calls, zoomPlanRateLimits.pro, latencyMs, longestChain);
    // How long the server (the sandbox standing in for Zoom) took to answer the longest list's
    // pages, one after another: its latency and its own work, which no client can shorten.
    const chainAnswers = Object.values(counted.answerMs).reduce(
      (longest, list) => (list.length > longest.length ? list : longest),
      [] as number[],
    );
    chainAnswer.push(chainAnswers.reduce((sum, answer) => sum + answer, 0));
  }
  return {
    ms: median(times),
    firstMs,
    floor,
    chainedFloor,
    chainAnswerMs: median(chainAnswer),
    http429,
    peakRss,
  };
}

async function readiness10k(sandbox: SandboxHandle): Promise<number> {
  const sandboxUrl = sandbox.url;
  await control(sandbox, 'reset', { scenario: 'large', users: 10_000 });
  await control(sandbox, 'faults', {});
  const { access_token: token } = (await control(sandbox, 'tokens', {})) as {
    access_token: string;
  };
  const people: ZoomUserSummary[] = [];
  for (const status of ['active', 'pending', 'inactive']) {
    let next = '';
    for (;;) {
      const res = await fetch(
        `${sandboxUrl}/v2/users?status=${status}&page_size=300&next_page_token=${next}`,
        {
          headers: { Authorization: `Bearer ${token}` },
        },
      );
      // Asked too fast: the same page again after a second (not the next list).
      if (res.status === 429) {
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      const page = ZoomUserList.parse(await res.json());
      people.push(...page.users);
      next = page.next_page_token ?? '';
      if (!next) break;
    }
  }
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    for (const user of people) {
      assessReadiness(
        { user },
        { now: Date.now(), minimumAppVersion: '6.0.0', accountId: sandboxOrganisation.accountId },
      );
    }
    times.push(performance.now() - started);
  }
  log(`readiness over ${people.length} people`);
  return median(times);
}

/** The renderer's JavaScript, every chunk of the build: as shipped and gzipped (KB). */
function rendererJsKb(): { raw: number; gzip: number } {
  const dir = path.join(rendererOut, 'assets');
  let raw = 0;
  let gzip = 0;
  for (const f of fs.readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const bytes = fs.readFileSync(path.join(dir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return { raw: kb(raw), gzip: kb(gzip) };
}

/** The built preload's size (it should stay under 10 KB: names only, no schemas). */
function preloadKb(): number {
  const file = path.join(root, 'dist-electron/preload/preload.cjs');
  return Math.round((fs.statSync(file).size / 1024) * 10) / 10;
}

async function hostColdStart(browser: Browser): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--no-open'],
      {
        cwd: root,
        env: {
          ...process.env,
          READYROOM_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'rr-cold-')),
        },
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        const match = /running at (\S+)/.exec(chunk.toString());
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`the browser host exited (${code})`)));
    });
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    times.push(performance.now() - started);
    await page.close();
    child.kill();
  }
  return median(times);
}

/** What the page records of itself for the bench (see `pageTimes`), in ms since it opened. */
interface PageTimes {
  /** The first frame after the table's first row was added. */
  rowsAt?: number;
  /** The first frame after the count said the whole team is here. */
  wholeAt?: number;
  typedAt?: number;
  /** The first frame after the rows changed once the search was typed. */
  filteredAt?: number;
  /** Starts watching for the search: the next input event, then the rows changing. */
  watch(): void;
}

/** Runs in the page before its own scripts (addInitScript): so it cannot use anything above. */
function pageTimes(): void {
  const times: PageTimes = {
    watch() {
      const rows = () => document.querySelectorAll('table tbody tr').length;
      const before = rows();
      document.addEventListener(
        'input',
        () => {
          times.typedAt = performance.now();
          new MutationObserver((_, observer) => {
            if (rows() === before) return;
            observer.disconnect();
            requestAnimationFrame(() => (times.filteredAt = performance.now()));
          }).observe(document.body, { childList: true, subtree: true });
        },
        { capture: true, once: true },
      );
    },
  };
  (window as unknown as { benchTimes: PageTimes }).benchTimes = times;
  new MutationObserver((_, observer) => {
    if (times.rowsAt === undefined && document.querySelector('table tbody tr')) {
      times.rowsAt = -1;
      requestAnimationFrame(() => (times.rowsAt = performance.now()));
    }
    if (
      times.wholeAt === undefined &&
      /^Showing [\d,]+ of [\d,]+ people\.$/.test(
        document.querySelector('.filter-count')?.textContent ?? '',
      )
    ) {
      times.wholeAt = -1;
      requestAnimationFrame(() => (times.wholeAt = performance.now()));
    }
    if (times.rowsAt !== undefined && times.wholeAt !== undefined) observer.disconnect();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Fresh pages opened at each size (the figures are their medians). */
const pagesMeasured = 5;

async function dashboardAt(browser: Browser, sandbox: SandboxHandle, users: number) {
  const sandboxUrl = sandbox.url;
  await control(sandbox, 'reset', { scenario: 'large', users });
  await control(sandbox, 'faults', {});
  const composed = await createNodeBackend({
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'rr-dash-')),
    log: createMemoryLogger(),
    zoomEnvironment: demoZoomEnvironment(sandboxUrl),
    secretCandidates: [],
  });
  const { handlers } = composed.backend;
  await handlers.updateSettings({ role: 'admin', language: 'en' });
  await handlers.connectAccount({
    accountId: sandboxOrganisation.accountId,
    clientId: demoServerToServerApp.clientId,
    clientSecret: demoServerToServerApp.clientSecret,
  });
  log(`dashboard ${users}: reading the team`);
  await handlers.refreshTeam({});
  log(`dashboard ${users}: opening the page`);
  const host = await startHost({
    port: 0,
    rendererDir: rendererOut,
    backend: composed.backend,
    log: createMemoryLogger(),
  });
  const first: number[] = [];
  const fromOpen: number[] = [];
  const whole: number[] = [];
  const filter: number[] = [];
  let heapBytes = 0;
  for (let i = 0; i < pagesMeasured; i += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Times are taken in the page, on its own clock: Playwright's waiting polls (at 20, 50, 100
    // ms…), which would add up to a poll's interval to each figure.
    // tsx names functions with a helper (`__name`) that the page does not have.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.addInitScript(pageTimes);
    // Each launch address opens once: every fresh page needs its own.
    await page.goto(i === 0 ? host.url : host.newLaunchUrl());
    await page.locator('table tbody tr').first().waitFor();
    // The whole team is here when the count says "Showing N of N" (not "the first N of…").
    await page.getByText(/^Showing [\d,]+ of [\d,]+ people\.$/).waitFor();
    const opening = await page.evaluate(() => {
      const times = (window as unknown as { benchTimes: PageTimes }).benchTimes;
      // The first answer about the team: its first rows (or, for a team that fits in them, all).
      const answer = performance
        .getEntriesByType('resource')
        .filter((e) => /\/api\/getTeam(FirstRows)?$/.test(e.name))
        .map((e) => (e as PerformanceResourceTiming).responseEnd)
        .sort((a, b) => a - b)[0];
      return { rowsAt: times.rowsAt, wholeAt: times.wholeAt, answer };
    });
    if (opening.rowsAt === undefined || opening.answer === undefined)
      throw new Error('the page did not record when its first rows came');
    first.push(opening.rowsAt - opening.answer);
    fromOpen.push(opening.rowsAt);
    whole.push(opening.wholeAt ?? Number.NaN);
    const search = page.getByRole('searchbox').first();
    // A person types once the page has settled: what the whole team's arrival set going is done.
    await page.evaluate(
      () => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 2000 })),
    );
    await page.evaluate(() => (window as unknown as { benchTimes: PageTimes }).benchTimes.watch());
    await search.fill('zz-no-one-has-this-name');
    await page.waitForFunction(
      () => (window as unknown as { benchTimes: PageTimes }).benchTimes.filteredAt !== undefined,
    );
    filter.push(
      await page.evaluate(() => {
        const times = (window as unknown as { benchTimes: PageTimes }).benchTimes;
        return (times.filteredAt ?? Number.NaN) - (times.typedAt ?? Number.NaN);
      }),
    );
    log(`dashboard ${users}: page ${i + 1} of ${pagesMeasured} measured`);
    // The page's JavaScript heap with the whole team loaded and searched.
    const cdp = await page.context().newCDPSession(page);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    heapBytes = Math.max(heapBytes, heap.usedSize);
    await page.close();
  }
  await host.close();
  await composed.close();
  return {
    first: median(first),
    fromOpen: median(fromOpen),
    whole: median(whole),
    filter: median(filter),
    heapBytes,
  };
}

const ratio = (a: number, b: number) => Math.round((a / Math.max(1, b)) * 100) / 100;

/** The dashboard at 100 and at 10,000 people, measured in one run so the ratios hold. */
async function dashboardFigures(browser: Browser, sandbox: SandboxHandle) {
  const small = await dashboardAt(browser, sandbox, 100);
  const large = await dashboardAt(browser, sandbox, 10_000);
  return {
    dashboard_first_rows_100_ms: Math.round(small.first),
    dashboard_first_rows_10k_ms: Math.round(large.first),
    dashboard_first_rows_ratio_10k_100: ratio(large.first, small.first),
    // From opening the page, start-up included; and until the whole team is in (search ready).
    dashboard_first_rows_from_open_100_ms: Math.round(small.fromOpen),
    dashboard_first_rows_from_open_10k_ms: Math.round(large.fromOpen),
    dashboard_first_rows_from_open_ratio_10k_100: ratio(large.fromOpen, small.fromOpen),
    dashboard_whole_team_100_ms: Math.round(small.whole),
    dashboard_whole_team_10k_ms: Math.round(large.whole),
    dashboard_filter_100_ms: Math.round(small.filter),
    dashboard_filter_10k_ms: Math.round(large.filter),
    dashboard_filter_ratio_10k_100: ratio(large.filter, small.filter),
    renderer_js_heap_mb_10k: Math.round(large.heapBytes / 1024 / 1024),
  };
}

/**
 * BENCH_ONLY=dashboard (or refresh, readiness) runs one part, for working on it; the full bench
 * runs every part in one go so the ratios are measured side by side.
 */
const only = process.env.BENCH_ONLY ?? '';

async function main(): Promise<void> {
  const { sandbox, child } = await startSandboxProcess();
  const browser = await launchChromium();
  try {
    if (only === 'dashboard') {
      process.stdout.write(`${JSON.stringify(await dashboardFigures(browser, sandbox))}\n`);
      return;
    }
    if (only === 'refresh') {
      const tenK = await teamRefresh(sandbox, 10_000, 5);
      const figures = {
        ms: Math.round(tenK.ms),
        firstMs: Math.round(tenK.firstMs),
        floor: tenK.chainedFloor,
        rateFloor: tenK.floor,
        chainAnswerMs: Math.round(tenK.chainAnswerMs),
        ratio: ratio(tenK.ms, tenK.chainedFloor),
        answerRatio: ratio(tenK.ms, tenK.chainAnswerMs),
        http429: tenK.http429,
      };
      process.stdout.write(`${JSON.stringify(figures)}\n`);
      return;
    }
    const oneK = await teamRefresh(sandbox, 1000, 3);
    const tenK = await teamRefresh(sandbox, 10_000, 5);
    const result = {
      team_refresh_1k_ms: Math.round(oneK.ms),
      team_refresh_1k_floor_ms: Math.round(oneK.chainedFloor),
      team_refresh_10k_ms: Math.round(tenK.ms),
      // The first refresh after start, not counted above (it compiles the code as it goes).
      team_refresh_10k_first_ms: Math.round(tenK.firstMs),
      team_refresh_10k_floor_ms: Math.round(tenK.chainedFloor),
      team_refresh_10k_floor_ratio: ratio(tenK.ms, tenK.chainedFloor),
      team_refresh_10k_rate_floor_ms: Math.round(tenK.floor),
      // The longest list's pages as the server answered them (latency and the sandbox's own
      // work), and the refresh against that: what is left is ReadyRoom's own work.
      team_refresh_10k_chain_answer_ms: Math.round(tenK.chainAnswerMs),
      team_refresh_10k_chain_answer_ratio: ratio(tenK.ms, tenK.chainAnswerMs),
      http_429_count: oneK.http429 + tenK.http429,
      readiness_10k_ms: Math.round((await readiness10k(sandbox)) * 10) / 10,
      ...(await dashboardFigures(browser, sandbox)),
      renderer_js_kb: rendererJsKb().raw,
      renderer_js_gzip_kb: rendererJsKb().gzip,
      // What the page loads at start (English and the language in use; the others on demand).
      renderer_start_js_kb: rendererStartJsKb(rendererOut).raw,
      renderer_start_js_gzip_kb: rendererStartJsKb(rendererOut).gzip,
      preload_kb: preloadKb(),
      host_cold_start_ms: Math.round(await hostColdStart(browser)),
      peak_rss_mb_backend_10k: Math.round(tenK.peakRss / 1024 / 1024),
      // The bench's own process (backend and host; the sandbox and Chromium have their own).
      peak_rss_mb_bench: Math.round(process.resourceUsage().maxRSS / 1024),
      latency_ms: latencyMs,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await browser.close();
    child.kill();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The benchmark could not finish: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
