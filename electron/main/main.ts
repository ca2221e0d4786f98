import {
  app,
  BrowserWindow,
  ipcMain,
  Notification,
  safeStorage,
  session,
  shell,
  systemPreferences,
} from 'electron';
import Store from 'electron-store';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ipcEventChannel } from '../../shared/api';
import { realComputer } from '../services/checks/computer';
import { composeBackend, type ComposedBackend } from '../services/compose';
import { createConsoleLogger } from '../services/log';
import { defaultSecretStoreCandidates } from '../services/secrets/choose-secret-store';
import { personalFileMode, type KeyValueStore } from '../services/settings/persisted-document';
import { registerIpcHandlers, trustedSenderCheck } from './ipc';
import { installInvitationEntryPoints } from './invitation-entry';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.resolve(here, '../../dist/renderer/index.html');
const rendererUrl = pathToFileURL(path.dirname(rendererIndex)).href + '/';
const log = createConsoleLogger('main');
const windows = new Set<BrowserWindow>();
let composed: ComposedBackend | null = null;

app.enableSandbox();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void composed?.close();
  });
  void app.whenReady().then(start);
}

function createWindow(): BrowserWindow {
  const win = createMainWindow(BrowserWindow, path.resolve(here, '../preload/preload.cjs'));
  windows.add(win);
  win.on('closed', () => windows.delete(win));
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}

/** Brings our window forward (second launch, or a readyroom: link). */
function focusWindow(): void {
  const [win] = windows;
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, rendererUrl);
  const dataDir = app.getPath('userData');
  composed = await composeBackend({
    dataDir,
    log,
    // Settings and wizard progress (with the admin's contact) are this person's alone.
    openStore: (name) =>
      new Store({ name, configFileMode: personalFileMode }) as unknown as KeyValueStore,
    secretCandidates: defaultSecretStoreCandidates({
      safeStorage: {
        safeStorage,
        filePath: path.join(dataDir, 'secrets.json'),
        platform: process.platform,
        log,
      },
    }),
    version: app.getVersion(),
    host: 'electron',
    platform: process.platform,
    computer: realComputer(),
    openExternal: async (url) => {
      // The backend passes only the normalised href of a URL that passed externalUrlToOpen.
      await shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
      return 'system';
    },
    openSystemUrl: async (url) => {
      // Only the fixed strings of checks/system-settings.ts reach here.
      await shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
      return true;
    },
    // The Zoom sign-in page of the configured environment, built by the OAuth service.
    openSignInPage: (url) => shell.openExternal(url) /* eng-disable OPEN_EXTERNAL_JS_CHECK */,
    opensSignInInTab: false,
    // Loaded only in demo mode: the services never import the sandbox.
    startDemoZoom: async (demoLog) => {
      const { startSandbox } = await import('../sandbox/server');
      return startSandbox({ port: 0, scenario: 'nonprofit', log: demoLog });
    },
    notify: (title, body) => {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
    mediaAccess:
      process.platform === 'darwin' || process.platform === 'win32'
        ? (device) => systemPreferences.getMediaAccessStatus(device)
        : undefined,
  });
  const { backend } = composed;
  const trustedIds = () => new Set([...windows].map((w) => w.webContents.id));
  registerIpcHandlers(ipcMain, backend.handlers, trustedSenderCheck(trustedIds, rendererUrl), log);
  backend.events.subscribe((event) => {
    for (const win of windows) win.webContents.send(ipcEventChannel, event);
  });
  installInvitationEntryPoints(backend, focusWindow, log);
  createWindow();
  app.on('activate', () => {
    if (windows.size === 0) createWindow();
  });
}
