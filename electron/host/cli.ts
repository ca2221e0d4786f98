import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createConsoleLogger,
  createFileLogger,
  defaultLogDir,
  recordProblems,
  teeLogger,
  type Logger,
} from '../services/log';
import { defaultDataDir } from '../services/paths';
import { createNodeBackend } from './compose';
import { openInDefaultBrowser } from './open-browser';
import { startHost } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
/** What happens while the host starts is written after its address (the README's first line). */
const consoleLog = createConsoleLogger('host', { held: true });
/** The same logger port as the desktop app: rotated, redacted files in the OS's usual place. */
const log = recordProblems(teeLogger(consoleLog, ...fileLog()));

function fileLog(): Logger[] {
  try {
    return [createFileLogger({ dir: defaultLogDir(), fileName: 'host.log' })];
  } catch {
    return [];
  }
}

/** `npm run web -- --port <n> --no-open`: serves ReadyRoom to the browser on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`"${values.port}" is not a port number. Use a number from 0 to 65535.\n`);
    process.exit(2);
  }
  const composed = await createNodeBackend({
    dataDir: defaultDataDir(),
    log,
    // The helper report's last problems (the browser host has no updates or invitation inbox).
    overrides: { desktop: { recentProblems: () => log.recentProblems() } },
  });
  const host = await startHost({
    port,
    // The built renderer; READYROOM_RENDERER_OUT when it was built elsewhere (as the tests and
    // the bench do, to leave dist/ alone).
    rendererDir: process.env.READYROOM_RENDERER_OUT
      ? path.resolve(process.env.READYROOM_RENDERER_OUT)
      : path.resolve(here, '../../dist/renderer'),
    backend: composed.backend,
    log,
  });
  process.stdout.write(`ReadyRoom running at ${host.url}\n`);
  consoleLog.release();
  if (!values['no-open']) {
    const opened = await openInDefaultBrowser(host.url);
    process.stdout.write(
      opened
        ? 'Opened ReadyRoom in your web browser.\n'
        : 'No web browser was found on this computer. Open the address above in a browser.\n',
    );
  }
  const stop = () => {
    void Promise.all([host.close(), composed.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  consoleLog.release();
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('EADDRINUSE')) {
    process.stderr.write('That port is already in use. Try another port, or use --port 0.\n');
  } else if (message.includes('ENOENT') && message.includes('index.html')) {
    process.stderr.write('The app is not built yet. Run "npm run build:renderer" first.\n');
  } else {
    process.stderr.write(`ReadyRoom could not start: ${message}\n`);
  }
  process.exit(1);
});
