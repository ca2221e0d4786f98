import { app, BrowserWindow, ipcMain, session, shell, systemPreferences } from 'electron';
import Store from 'electron-store';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ipcEventChannel } from '../../shared/api';
import { createBackend } from '../services/api';
import { createConsoleLogger } from '../services/log';
import { realComputer } from '../services/checks/computer';
import { openDocuments } from '../services/settings/documents';
import type { KeyValueStore } from '../services/settings/persisted-document';
import { registerIpcHandlers, trustedSenderCheck } from './ipc';
import { hardenSession, hardenWebContents } from './security';
import { mainWindowOptions } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.resolve(here, '../../dist/renderer/index.html');
const rendererUrl = pathToFileURL(path.dirname(rendererIndex)).href + '/';
const log = createConsoleLogger('main');
const windows = new Set<BrowserWindow>();

app.enableSandbox();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = windows;
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(start);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(path.resolve(here, '../preload/preload.cjs')));
  windows.add(win);
  win.on('closed', () => windows.delete(win));
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}

function start(): void {
  hardenSession(session.defaultSession);
  const documents = openDocuments(
    app.getPath('userData'),
    (name) => new Store({ name }) as unknown as KeyValueStore,
    log,
  );
  const backend = createBackend({
    version: app.getVersion(),
    host: 'electron',
    platform: process.platform,
    mode: 'demo',
    documents,
    computer: realComputer(),
    openExternal: async (url) => {
      await shell.openExternal(url);
      return 'system';
    },
    openSystemUrl: async (url) => {
      await shell.openExternal(url);
      return true;
    },
    mediaAccess:
      process.platform === 'darwin' || process.platform === 'win32'
        ? (device) => systemPreferences.getMediaAccessStatus(device)
        : undefined,
    log,
  });
  const trustedIds = () => new Set([...windows].map((w) => w.webContents.id));
  registerIpcHandlers(ipcMain, backend.handlers, trustedSenderCheck(trustedIds, rendererUrl), log);
  backend.events.subscribe((event) => {
    for (const win of windows) win.webContents.send(ipcEventChannel, event);
  });
  createWindow();
  app.on('activate', () => {
    if (windows.size === 0) createWindow();
  });
}
