import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  protocol,
  safeStorage,
  session,
  shell,
  systemPreferences,
  type OpenDialogOptions,
} from 'electron';
import Store from 'electron-store';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ipcEventChannel, type UpdateStatus } from '../../shared/api';
import { realComputer } from '../services/checks/computer';
import { composeBackend, type ComposedBackend } from '../services/compose';
import { contentSecurityPolicy } from '../services/csp';
import { InvitationInbox } from '../services/invitation-inbox';
import {
  createConsoleLogger,
  createFileLogger,
  recordProblems,
  teeLogger,
  type Logger,
} from '../services/log';
import { defaultSecretStoreCandidates } from '../services/secrets/choose-secret-store';
import { personalFileMode, type KeyValueStore } from '../services/settings/persisted-document';
import { UpdateService } from '../services/updates';
import {
  appScheme,
  appSchemePrivileges,
  createRendererHandler,
  isRendererUrl,
  rendererEntryUrl,
} from './app-protocol';
import { desktopLanguage, desktopTranslator, type Translate } from './desktop-texts';
import {
  ArrivalQueue,
  linkScheme,
  listenForArrivals,
  readFileStart,
  type Arrival,
} from './invitation-entry';
import { registerIpcHandlers, trustedSenderCheck } from './ipc';
import { applicationMenuTemplate } from './menu';
import { describeError, installProcessErrorHandlers } from './process-errors';
import { hardenSession, hardenWebContents } from './security';
import { loadUpdateFeed } from './updater';
import { createMainWindow } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, '../../dist/renderer');
const preloadPath = path.resolve(here, '../preload/preload.cjs');
const isMac = process.platform === 'darwin';
const updatesOff: UpdateStatus = { state: 'off', version: null, checkedAt: null };

const log = startLogging();
const windows = new Set<BrowserWindow>();
const arrivals = new ArrivalQueue();
let composed: ComposedBackend | null = null;
let inbox: InvitationInbox | null = null;
let updates: UpdateService | null = null;

installProcessErrorHandlers(process, log, { show: showProblem }, texts);
// Before `ready`: our scheme's privileges, and the launch's links (macOS sends `open-url` early).
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  listenForArrivals(app, process.argv, arrivals);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  // Quitting waits (briefly) for what the backend still has to write, such as the team's saved
  // copy from a refresh that has just answered; then it quits for real.
  let closing: Promise<void> | null = null;
  app.on('will-quit', (event) => {
    updates?.stop();
    if (closing || !composed) return;
    event.preventDefault();
    const closed = composed.close().catch((error: unknown) => {
      log.warn('Could not finish closing cleanly', { error: String(error) });
    });
    closing = closed;
    void closed.then(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => startFailed(error));
}

/** The log files in the OS's usual place (and the console while developing). */
function startLogging() {
  const loggers: Logger[] = [];
  let fileProblem: string | null = null;
  try {
    loggers.push(createFileLogger({ dir: app.getPath('logs') }));
  } catch (error) {
    fileProblem = describeError(error);
  }
  if (!app.isPackaged || fileProblem) loggers.push(createConsoleLogger('main'));
  const recording = recordProblems(teeLogger(...loggers));
  if (fileProblem) recording.warn('Could not open the log file', { error: fileProblem });
  return recording;
}

/** The OS-facing words in the person's language (their setting, else the system's). */
function texts(): Translate {
  const chosen = composed?.documents.settings.get().language ?? null;
  return desktopTranslator(
    desktopLanguage(
      chosen,
      app.isReady() ? [...app.getPreferredSystemLanguages(), app.getLocale()] : [],
    ),
  );
}

function showProblem(title: string, body: string, ok: string): void {
  if (!app.isReady()) return dialog.showErrorBox(title, body);
  void dialog.showMessageBox({
    type: 'warning',
    title,
    message: title,
    detail: body,
    buttons: [ok],
  });
}

function startFailed(error: unknown): void {
  log.error('ReadyRoom could not start', { error: describeError(error) });
  const t = texts();
  dialog.showErrorBox(t('dialogs.startFailed.title'), t('dialogs.startFailed.body'));
  app.exit(1);
}

function createWindow(): BrowserWindow {
  const win = createMainWindow(BrowserWindow, preloadPath, { devTools: !app.isPackaged });
  windows.add(win);
  win.on('closed', () => {
    windows.delete(win);
    if (windows.size === 0) inbox?.windowsClosed();
  });
  win.once('ready-to-show', () => win.show());
  win.loadURL(rendererEntryUrl).catch((error: unknown) => {
    log.error('The window could not load its page', { error: describeError(error) });
  });
  return win;
}

/** Brings our window forward (a second launch, a link, a file), or opens one. */
function showWindow(): void {
  const [win] = windows;
  if (!win) {
    if (composed) createWindow();
    return;
  }
  if (win.isMinimized()) win.restore();
  win.focus();
}

function refreshMenu(): void {
  const template = applicationMenuTemplate(
    texts(),
    { isMac, isPackaged: app.isPackaged, updateReady: updates?.status().state === 'ready' },
    {
      openInvitation: () => void chooseInvitationFile(),
      restartToUpdate: () => void updates?.restart(),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** File > Open Invitation…: the OS's file picker, then the same inbox as every other way in. */
async function chooseInvitationFile(): Promise<void> {
  const t = texts();
  const options: OpenDialogOptions = {
    title: t('dialogs.openInvitation.title'),
    properties: ['openFile'],
    filters: [{ name: t('dialogs.openInvitation.filter'), extensions: ['readyroom', 'json'] }],
  };
  const [win] = windows;
  const choice = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  const file = choice.filePaths[0];
  if (!choice.canceled && file) await inbox?.openFile(file);
}

function onArrival(arrival: Arrival): void {
  if (!inbox || arrival.kind === 'focus') return showWindow();
  const opening =
    arrival.kind === 'link' ? inbox.openLink(arrival.url) : inbox.openFile(arrival.path);
  opening.catch((error: unknown) => {
    log.error('An invitation from outside could not be handled', { error: describeError(error) });
  });
}

function onUpdateStatus(status: UpdateStatus): void {
  composed?.backend.events.emit('updateStatusChanged', status);
  refreshMenu();
  if (status.state === 'ready' && Notification.isSupported()) {
    const t = texts();
    new Notification({
      title: t('notifications.updateReady.title'),
      body: t('notifications.updateReady.body'),
    }).show();
  }
}

/**
 * electron-store in userData (the same files the browser host writes with conf). It answers
 * renderers that use it on an IPC channel of its own ('electron-store-get-data'); ours never do,
 * and no trusted-sender check guards that channel, so it is removed at once.
 */
function openElectronStore(name: string): KeyValueStore {
  const store = new Store<Record<string, unknown>>({ name, configFileMode: personalFileMode });
  ipcMain.removeAllListeners('electron-store-get-data');
  return store as unknown as KeyValueStore;
}

async function start(): Promise<void> {
  protocol.handle(appScheme, createRendererHandler(rendererDir, contentSecurityPolicy));
  hardenSession(session.defaultSession);
  const dataDir = app.getPath('userData');
  composed = await composeBackend({
    dataDir,
    log,
    // Settings and wizard progress (with the admin's contact) are this person's alone.
    openStore: (name) => openElectronStore(name),
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
    systemLanguages: () => app.getPreferredSystemLanguages(),
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
    startDemoZoom: async (demoLog, { appsFile }) => {
      const { startSandbox } = await import('../sandbox/server');
      return startSandbox({ port: 0, scenario: 'nonprofit', log: demoLog, appsFile });
    },
    notify: (title, body) => {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
    mediaAccess:
      process.platform === 'darwin' || process.platform === 'win32'
        ? (device) => systemPreferences.getMediaAccessStatus(device)
        : undefined,
    desktop: {
      recentProblems: () => log.recentProblems(),
      updateStatus: () => updates?.status() ?? updatesOff,
      restartToUpdate: () => updates?.restart() ?? updatesOff,
      takeInvitationOutcome: () => inbox?.take() ?? null,
    },
  });
  const { backend } = composed;
  inbox = new InvitationInbox({
    handlers: backend.handlers,
    log,
    announce: (outcome) => backend.events.emit('invitationOutcome', outcome),
    focusWindow: showWindow,
    readFile: readFileStart,
  });
  updates = new UpdateService({
    feed: await loadUpdateFeed(app.isPackaged, log),
    log,
    onStatus: onUpdateStatus,
  });
  const trustedIds = () => new Set([...windows].map((w) => w.webContents.id));
  registerIpcHandlers(
    ipcMain,
    backend.handlers,
    trustedSenderCheck(trustedIds, isRendererUrl),
    log,
  );
  backend.events.subscribe((event) => {
    for (const win of windows) win.webContents.send(ipcEventChannel, event);
    if (event.name === 'settingsChanged') refreshMenu();
  });
  // Installers register readyroom: links too; a development run leaves the OS's handler alone.
  if (app.isPackaged)
    app.setAsDefaultProtocolClient(linkScheme); /* eng-disable PROTOCOL_HANDLER_JS_CHECK */
  refreshMenu();
  createWindow();
  arrivals.connect(onArrival);
  app.on('activate', () => {
    if (windows.size === 0) createWindow();
  });
  updates.start();
}
