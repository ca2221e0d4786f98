// `npm run audit:security`: Electron's security checklist, checked by machine. Prints a summary
// and exits non-zero on any finding. Run after `npm run build` (the npm script does it).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  createMainWindow,
  requiredWebPreferences,
  type BrowserWindowConstructor,
} from '../electron/main/window-options';

type BrowserWindowConstructorOptions = ConstructorParameters<BrowserWindowConstructor>[0];
import { demoServerToServerApp } from '../electron/sandbox/constants';
import { contentSecurityPolicy } from '../electron/services/csp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
type Result = { name: string; ok: boolean; notes: string[] };
const results: Result[] = [];

function run(
  cmd: string,
  args: string[],
  timeoutMs = 180_000,
): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { cwd: root, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, out: `${stdout}${stderr}` });
      },
    );
  });
}

/** Splits electronegativity's CSV (quoted fields may hold commas and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field.trim() !== '' || row.length) rows.push([...row, field.trim()]);
  return rows;
}

async function electronegativity(): Promise<Result> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rr-eng-')), 'report.csv');
  // Sources, not the bundle: the bundle drops the comments that explain each reviewed exception.
  const { code, out: log } = await run('npx', [
    'electronegativity',
    '-i',
    'electron',
    '-o',
    out,
    '-r',
    '-v',
    'false',
  ]);
  if (!fs.existsSync(out))
    return {
      name: 'electronegativity',
      ok: false,
      notes: [`did not run (exit ${code})`, log.slice(-400)],
    };
  const [, ...rows] = parseCsv(fs.readFileSync(out, 'utf8'));
  const findings = rows.filter((r) => r.length > 3);
  const serious = findings.filter((r) => /HIGH|MEDIUM|CRITICAL/.test(r[1] ?? ''));
  return {
    name: 'electronegativity (medium or higher)',
    ok: serious.length === 0,
    notes: [
      `${findings.length} finding(s), ${serious.length} medium or higher`,
      ...serious.map((r) => `${r[0]} ${r[1]} ${r[3]}:${r[4]}`),
    ],
  };
}

function windowSettings(): Result {
  let seen: BrowserWindowConstructorOptions | undefined;
  const Fake = function (this: unknown, o: BrowserWindowConstructorOptions) {
    seen = o;
  } as unknown as BrowserWindowConstructor;
  createMainWindow(Fake, '/preload.cjs');
  const p = seen?.webPreferences ?? {};
  const wrong = Object.entries({ ...requiredWebPreferences, devTools: false }).filter(
    ([k, v]) => (p as Record<string, unknown>)[k] !== v,
  );
  const main = fs.readFileSync(path.join(root, 'electron/main/security.ts'), 'utf8');
  const guards = [
    'will-navigate',
    'setWindowOpenHandler',
    'will-attach-webview',
    'setPermissionRequestHandler',
  ];
  const missing = guards.filter((g) => !main.includes(g));
  return {
    name: 'window settings and navigation guards',
    ok: wrong.length === 0 && missing.length === 0,
    notes: [
      ...wrong.map(([k]) => `webPreferences.${k} is not safe`),
      ...missing.map((g) => `${g} is not used`),
    ],
  };
}

function csp(): Result {
  const html = fs.readFileSync(path.join(root, 'dist/renderer/index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const notes: string[] = [];
  for (const [where, policy] of [
    ['index.html', meta],
    ['header', contentSecurityPolicy],
  ] as const) {
    if (!policy) notes.push(`no CSP in the ${where}`);
    if (policy.includes('unsafe-eval')) notes.push(`unsafe-eval in the ${where} CSP`);
    const script = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
    if (script.includes('unsafe-inline')) notes.push(`inline scripts allowed in the ${where} CSP`);
    if (!/object-src 'none'/.test(policy)) notes.push(`plugins not blocked in the ${where} CSP`);
  }
  return { name: 'content security policy', ok: notes.length === 0, notes };
}

/** All 8 of Electron's fuses, each with its safe value. */
const wantedFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
} as const;

function fuses(): Result {
  const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
    electronFuses?: Record<string, boolean>;
  };
  const wrong = Object.entries(wantedFuses).filter(([k, v]) => config.electronFuses?.[k] !== v);
  return {
    name: `Electron fuses (all ${Object.keys(wantedFuses).length})`,
    ok: wrong.length === 0,
    notes: wrong.map(([k, v]) => `${k} should be ${v}`),
  };
}

/**
 * The renderer comes from our privileged scheme, never file:// (checklist item 18): the scheme is
 * registered before ready and handled, the window loads it, the handler sends the CSP, and the
 * sender and permission checks compare the exact origin.
 */
function rendererProtocol(): Result {
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  const main = read('electron/main/main.ts');
  const protocolFile = read('electron/main/app-protocol.ts');
  const security = read('electron/main/security.ts');
  const builtPath = path.join(root, 'dist-electron/main/main.js');
  const built = fs.existsSync(builtPath) ? fs.readFileSync(builtPath, 'utf8') : '';
  const notes: string[] = [];
  const need = (ok: boolean, note: string) => {
    if (!ok) notes.push(note);
  };
  need(
    /protocol\.registerSchemesAsPrivileged\(/.test(main),
    'the scheme is not registered as privileged',
  );
  need(/protocol\.handle\(appScheme/.test(main), 'protocol.handle does not serve the renderer');
  need(/loadURL\(rendererEntryUrl\)/.test(main), 'the window does not load app://readyroom');
  need(
    !/loadFile\(|file:\/\//.test(main) && !/\.loadFile\(/.test(built),
    'a page is loaded from file://',
  );
  need(
    /standard: true/.test(protocolFile) && /secure: true/.test(protocolFile),
    'the scheme is not standard and secure',
  );
  need(
    /'Content-Security-Policy': contentSecurityPolicy/.test(protocolFile),
    'the scheme does not send the CSP',
  );
  need(
    /isRendererUrl\(details\.requestingUrl\)/.test(security),
    'permission requests are not checked against our origin',
  );
  need(
    /trustedSenderCheck\(trustedIds, isRendererUrl\)/.test(main),
    'the sender check does not use our origin',
  );
  need(!/startsWith\(renderer/i.test(main + security), 'an origin is compared by prefix');
  need(
    built.includes('app://') || built.includes('"app"'),
    'dist-electron/main/main.js is not built',
  );
  need(/devTools: !app\.isPackaged/.test(main), 'DevTools are not tied to a development run');
  return {
    name: 'renderer served from app://readyroom (not file://)',
    ok: notes.length === 0,
    notes,
  };
}

/** The preload is names only (no zod, no schemas) and small. */
function leanPreload(): Result {
  const file = path.join(root, 'dist-electron/preload/preload.cjs');
  if (!fs.existsSync(file)) return { name: 'lean preload', ok: false, notes: ['not built'] };
  const text = fs.readFileSync(file, 'utf8');
  const kb = fs.statSync(file).size / 1024;
  const notes = [`${kb.toFixed(1)} KB`];
  if (kb >= 10) notes.push('the preload is 10 KB or more');
  if (/require\(["']zod|safeParse|ZodError/.test(text)) notes.push('the preload bundles zod');
  return { name: 'lean preload (under 10 KB, no zod)', ok: notes.length === 1, notes };
}

function files(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => pattern.test(f) && fs.statSync(f).isFile());
}

function electronImports(): Result {
  const dirs = ['renderer', 'shared', 'electron/services', 'electron/host', 'electron/sandbox'];
  const offenders = dirs
    .flatMap((d) => files(path.join(root, d), /\.(ts|tsx|js|mjs)$/))
    .filter((f) =>
      /from ['"]electron['"]|require\(['"]electron['"]\)/.test(fs.readFileSync(f, 'utf8')),
    );
  return {
    name: "no 'electron' import outside main and preload",
    ok: offenders.length === 0,
    notes: offenders.map((f) => path.relative(root, f)),
  };
}

function bundleSecrets(): Result {
  const demo = [demoServerToServerApp.clientSecret];
  const patterns: ReadonlyArray<[string, RegExp]> = [
    ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
    ['client secret', /client_?secret["']?\s*[:=]\s*["'][\w-]{12,}["']/i],
    ['JSON web token', /\beyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}/],
    ['AWS key', /AKIA[0-9A-Z]{16}/],
    ['GitHub token', /gh[pousr]_[A-Za-z0-9]{30,}/],
  ];
  const notes: string[] = [];
  let demoHits = 0;
  for (const file of [
    ...files(path.join(root, 'dist'), /\.(js|html|css|json)$/),
    ...files(path.join(root, 'dist-electron'), /\.(c?js)$/),
  ]) {
    let text = fs.readFileSync(file, 'utf8');
    for (const secret of demo) {
      if (text.includes(secret)) demoHits += 1;
      text = text.split(secret).join('DEMO');
    }
    for (const [label, re] of patterns)
      if (re.test(text)) notes.push(`${label} in ${path.relative(root, file)}`);
  }
  return {
    name: 'no secrets in the built bundles',
    ok: notes.length === 0,
    notes: [
      ...notes,
      `the sandbox's demo-only app secret appears in ${demoHits} file(s) (allowed: it opens nothing outside the local sandbox)`,
    ],
  };
}

async function npmAudit(): Promise<Result> {
  const { out } = await run('npm', ['audit', '--omit=dev', '--json', '--loglevel=silent'], 120_000);
  let report: {
    metadata?: { vulnerabilities?: Record<string, number> };
    error?: { summary?: string; code?: string };
    message?: string;
  };
  try {
    report = JSON.parse(out) as typeof report;
  } catch {
    return {
      name: 'npm audit --omit=dev',
      ok: true,
      notes: ['the registry did not answer the audit; nothing was checked this time'],
    };
  }
  if (report.error || !report.metadata?.vulnerabilities) {
    return {
      name: 'npm audit --omit=dev',
      ok: true,
      notes: [
        `the registry did not answer the audit (${report.error?.summary || report.message || 'no report'}); nothing was checked this time`,
      ],
    };
  }
  const v = report.metadata.vulnerabilities;
  const bad = (v.high ?? 0) + (v.critical ?? 0);
  return {
    name: 'npm audit --omit=dev (no high or critical)',
    ok: bad === 0,
    notes: [
      `critical ${v.critical ?? 0}, high ${v.high ?? 0}, moderate ${v.moderate ?? 0}, low ${v.low ?? 0}`,
    ],
  };
}

results.push(
  windowSettings(),
  csp(),
  fuses(),
  rendererProtocol(),
  leanPreload(),
  electronImports(),
  bundleSecrets(),
);
results.push(await electronegativity(), await npmAudit());
for (const r of results) {
  process.stdout.write(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}\n`);
  for (const n of r.notes) process.stdout.write(`      ${n}\n`);
}
const failed = results.filter((r) => !r.ok).length;
process.stdout.write(`\nsecurity audit: ${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
