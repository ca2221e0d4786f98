import fs from 'node:fs';
import { createRequire, Module, register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { electronExports, fake, type FakeWindow, type Recorded } from './fake-electron';

const root = path.resolve(import.meta.dirname, '../..');
export const builtMain = path.join(root, 'dist-electron/main/main.js');
export const builtPreload = path.join(root, 'dist-electron/preload/preload.cjs');
export const builtRenderer = path.join(root, 'dist/renderer/index.html');

/** Fails with the command to run when a built file the smoke tier loads is missing. */
export function requireBuilt(...files: ReadonlyArray<string>): void {
  for (const file of files) {
    if (!fs.existsSync(file))
      throw new Error(`${path.relative(root, file)} is not built: run "npm run build" first.`);
  }
}

let installed = false;

/**
 * Makes `electron` mean the stand-in for this process: ES imports through a module hook, and
 * CommonJS `require('electron')` (electron-updater) through the require cache.
 */
export function installElectronStandIn(): void {
  if (installed) return;
  installed = true;
  (globalThis as Record<symbol, unknown>)[Symbol.for('readyroom.smoke.electron')] = electronExports;
  register('./electron-loader.mjs', import.meta.url);
  const require = createRequire(import.meta.url);
  const resolved = require.resolve('electron');
  const standIn = new Module(resolved);
  standIn.filename = resolved;
  standIn.loaded = true;
  standIn.exports = electronExports();
  require.cache[resolved] = standIn;
}

/** Waits until `done()` holds (a few seconds at most). */
export async function until(done: () => boolean, what: string, ms = 15_000): Promise<void> {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface Launch {
  readonly dir: string;
  readonly recorded: Recorded;
  readonly window: FakeWindow;
  /** Calls a contract channel as a window's page would, through the registered handler. */
  invoke(channel: string, event: Electron.IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown>;
  /** What the app sent to the window on the event channel, by event name. */
  events(name: string): unknown[];
  quit(): Promise<void>;
}

/**
 * Launches the built main process once for this test file (an ES module runs once per process;
 * vitest gives each file its own): the stand-in is reset, the command line set, main.js imported,
 * the app made ready, and the first window awaited.
 */
export async function launchBuiltMain(
  options: {
    argv?: ReadonlyArray<string>;
    isPackaged?: boolean;
    locale?: string;
    /** Prepares the launch's folder (for example, to make start-up fail). */
    prepare?: (dir: string) => void;
    /** The start-up is expected to fail: answer what was recorded instead of a window. */
    expectExit?: boolean;
  } = {},
): Promise<Launch> {
  requireBuilt(builtMain, builtPreload, builtRenderer);
  installElectronStandIn();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readyroom-smoke-'));
  options.prepare?.(dir);
  fake.reset({
    userData: path.join(dir, 'data'),
    logs: path.join(dir, 'logs'),
    isPackaged: options.isPackaged ?? false,
    locale: options.locale ?? 'en-US',
  });
  // Where an installed app keeps its resources (electron-updater looks there for its files).
  (process as { resourcesPath?: string }).resourcesPath = path.join(dir, 'resources');
  const argv = process.argv;
  process.argv = ['/opt/ReadyRoom/readyroom', ...(options.argv ?? [])];
  try {
    await import(/* @vite-ignore */ pathToFileURL(builtMain).href);
  } finally {
    process.argv = argv;
  }
  fake.app.becomeReady();
  const recorded = fake.recorded;
  await until(() => recorded.windows.length > 0 || recorded.exitCode !== null, 'the first window');
  if (recorded.exitCode !== null && !options.expectExit)
    throw new Error(
      `main.js exited (${recorded.exitCode}): ${JSON.stringify(recorded.errorBoxes)}`,
    );
  const window = recorded.windows[0]!;
  return {
    dir,
    recorded,
    window,
    invoke: async (channel, event, ...args) => {
      const handler = recorded.invokeHandlers.get(channel);
      if (!handler) throw new Error(`No handler for ${channel}`);
      return handler(event, ...args);
    },
    events: (name) =>
      window.webContents.sent
        .filter((m) => m.channel === 'readyroom:event')
        .map((m) => m.args[0] as { name: string; payload: unknown })
        .filter((e) => e.name === name)
        .map((e) => e.payload),
    quit: async () => {
      // As Electron does: will-quit, which main holds while it closes; then its own app.quit().
      const quits = recorded.quits;
      let held = false;
      fake.app.emit('will-quit', { preventDefault: () => (held = true) });
      if (held) await until(() => recorded.quits > quits, 'main to quit after closing');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
