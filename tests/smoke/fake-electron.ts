import { EventEmitter } from 'node:events';

/*
 * A stand-in for the `electron` module: just the API the built main process and preload use, each
 * piece typed as a slice (`Pick`) of Electron's own declarations (node_modules/electron/
 * electron.d.ts, the global `Electron` namespace), so a signature that changes in Electron breaks
 * the typecheck here. What it cannot know — a new API the glue starts to use — the smoke tests
 * catch by comparing the names main.js imports with the names provided here.
 */

// Event methods (`on`, `once`…) return Electron's whole class as `this`, so they come from Node's
// EventEmitter here; the events main listens to are exercised by the smoke tests instead.
type AppSlice = Pick<
  Electron.App,
  | 'whenReady'
  | 'isReady'
  | 'quit'
  | 'exit'
  | 'enableSandbox'
  | 'requestSingleInstanceLock'
  | 'getPath'
  | 'getLocale'
  | 'getPreferredSystemLanguages'
  | 'getVersion'
  | 'getName'
  | 'setAsDefaultProtocolClient'
  | 'isPackaged'
  | 'name'
>;
type WebContentsSlice = Pick<
  Electron.WebContents,
  'id' | 'send' | 'setWindowOpenHandler' | 'getURL'
>;
type WindowSlice = Pick<
  Electron.BrowserWindow,
  'show' | 'loadURL' | 'isMinimized' | 'restore' | 'focus' | 'isVisible'
>;
type DialogSlice = Pick<Electron.Dialog, 'showErrorBox' | 'showMessageBox' | 'showOpenDialog'>;
type IpcMainSlice = Pick<Electron.IpcMain, 'handle'>;
type MenuSlice = Pick<typeof Electron.Menu, 'setApplicationMenu' | 'buildFromTemplate'>;
type ProtocolSlice = Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
type SafeStorageSlice = Pick<
  Electron.SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString'
>;
type SessionSlice = Pick<
  Electron.Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> & { readonly webRequest: Pick<Electron.WebRequest, 'onHeadersReceived'> };
type ShellSlice = Pick<Electron.Shell, 'openExternal'>;
type SystemPreferencesSlice = Pick<Electron.SystemPreferences, 'getMediaAccessStatus'>;
type ContextBridgeSlice = Pick<Electron.ContextBridge, 'exposeInMainWorld'>;
type IpcRendererSlice = Pick<Electron.IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];
type InvokeHandler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Everything the stand-in records, for the smoke tests to read. */
export interface Recorded {
  privilegedSchemes: Electron.CustomScheme[];
  protocolHandlers: Map<string, (request: Request) => Response | Promise<Response>>;
  invokeHandlers: Map<string, InvokeHandler>;
  onChannels: string[];
  windows: FakeWindow[];
  menus: Electron.MenuItemConstructorOptions[][];
  errorBoxes: Array<{ title: string; content: string }>;
  messageBoxes: Electron.MessageBoxOptions[];
  openDialogs: Electron.OpenDialogOptions[];
  openDialogAnswer: Electron.OpenDialogReturnValue;
  notifications: Electron.NotificationConstructorOptions[];
  permissionRequest: PermissionRequestHandler | null;
  permissionCheck: PermissionCheckHandler | null;
  protocolClients: string[];
  exitCode: number | null;
  quits: number;
  exposed: Map<string, unknown>;
  rendererInvokes: Array<{ channel: string; args: unknown[] }>;
  rendererListeners: Map<string, Array<(...args: unknown[]) => void>>;
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter implements WebContentsSlice {
  readonly id = nextWebContentsId++;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  url = '';
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]) {
    this.windowOpenHandler = handler;
  }

  getURL(): string {
    return this.url;
  }
}

export class FakeWindow extends EventEmitter implements WindowSlice {
  readonly webContents = new FakeWebContents();
  readonly options: Electron.BrowserWindowConstructorOptions;
  loadedUrls: string[] = [];
  shown = false;
  focused = 0;

  constructor(options: Electron.BrowserWindowConstructorOptions) {
    super();
    this.options = options;
    fake.recorded.windows.push(this);
    fake.app.emit('web-contents-created', {}, this.webContents);
  }

  show(): void {
    this.shown = true;
  }

  isVisible(): boolean {
    return this.shown;
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.url = url;
  }

  isMinimized(): boolean {
    return false;
  }

  restore(): void {}

  focus(): void {
    this.focused += 1;
  }

  /** What a trusted renderer call from this window's page looks like to ipcMain. */
  invokeEvent(url = this.webContents.url): Electron.IpcMainInvokeEvent {
    return {
      sender: this.webContents,
      senderFrame: { url },
    } as unknown as Electron.IpcMainInvokeEvent;
  }
}

class FakeApp extends EventEmitter implements AppSlice {
  isPackaged = false;
  name = 'ReadyRoom';
  locale = 'en-US';
  userData = '';
  logs = '';
  #ready = false;
  #readyWaiters: Array<() => void> = [];

  whenReady(): Promise<void> {
    return this.#ready
      ? Promise.resolve()
      : new Promise((resolve) => this.#readyWaiters.push(resolve));
  }

  isReady(): boolean {
    return this.#ready;
  }

  /** A new launch: no listeners, not ready, these paths and answers. */
  resetState(options: ResetOptions): void {
    this.removeAllListeners();
    this.#ready = false;
    this.#readyWaiters = [];
    this.userData = options.userData;
    this.logs = options.logs;
    this.isPackaged = options.isPackaged ?? false;
    this.locale = options.locale ?? 'en-US';
  }

  /** The stand-in's moment: Electron is ready. */
  becomeReady(): void {
    this.#ready = true;
    this.emit('ready');
    for (const resolve of this.#readyWaiters.splice(0)) resolve();
  }

  quit(): void {
    fake.recorded.quits += 1;
  }

  exit(code?: number): void {
    fake.recorded.exitCode = code ?? 0;
  }

  enableSandbox(): void {}

  requestSingleInstanceLock(): boolean {
    return true;
  }

  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    if (name === 'userData') return this.userData;
    if (name === 'logs') return this.logs;
    throw new Error(`The stand-in has no path "${name}"`);
  }

  getLocale(): string {
    return this.locale;
  }

  /** The OS's list; the stand-in's OS prefers its one locale (Electron gives e.g. ["es-MX"]). */
  getPreferredSystemLanguages(): string[] {
    return [this.locale];
  }

  getVersion(): string {
    return '0.0.0-smoke';
  }

  getName(): string {
    return this.name;
  }

  setAsDefaultProtocolClient(protocol: string): boolean {
    fake.recorded.protocolClients.push(protocol);
    return true;
  }
}

function freshRecord(): Recorded {
  return {
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    invokeHandlers: new Map(),
    onChannels: [],
    windows: [],
    menus: [],
    errorBoxes: [],
    messageBoxes: [],
    openDialogs: [],
    openDialogAnswer: { canceled: true, filePaths: [] },
    notifications: [],
    permissionRequest: null,
    permissionCheck: null,
    protocolClients: [],
    exitCode: null,
    quits: 0,
    exposed: new Map(),
    rendererInvokes: [],
    rendererListeners: new Map(),
  };
}

const dialog: DialogSlice = {
  showErrorBox: (title: string, content: string) => {
    fake.recorded.errorBoxes.push({ title, content });
  },
  showMessageBox: (async (...args: unknown[]) => {
    const options = (args.length > 1 ? args[1] : args[0]) as Electron.MessageBoxOptions;
    fake.recorded.messageBoxes.push(options);
    return { response: 0, checkboxChecked: false };
  }) as DialogSlice['showMessageBox'],
  showOpenDialog: (async (...args: unknown[]) => {
    const options = (args.length > 1 ? args[1] : args[0]) as Electron.OpenDialogOptions;
    fake.recorded.openDialogs.push(options);
    return fake.recorded.openDialogAnswer;
  }) as DialogSlice['showOpenDialog'],
};

class FakeIpcMain extends EventEmitter implements IpcMainSlice {
  handle(
    channel: string,
    listener: (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown,
  ): void {
    if (fake.recorded.invokeHandlers.has(channel)) throw new Error(`Two handlers for ${channel}`);
    fake.recorded.invokeHandlers.set(channel, listener);
  }

  override on(channel: string, listener: Parameters<EventEmitter['on']>[1]): this {
    fake.recorded.onChannels.push(channel);
    return super.on(channel, listener);
  }

  /** The `on` channels still listened to (a library may add one that main then removes). */
  liveChannels(): string[] {
    return this.eventNames().filter((name): name is string => typeof name === 'string');
  }
}

class FakeMenu {
  constructor(readonly template: Electron.MenuItemConstructorOptions[]) {}

  static buildFromTemplate(
    template: Array<Electron.MenuItemConstructorOptions | Electron.MenuItem>,
  ) {
    return new FakeMenu(
      template as Electron.MenuItemConstructorOptions[],
    ) as unknown as Electron.Menu;
  }

  static setApplicationMenu(menu: Electron.Menu | null): void {
    if (menu) fake.recorded.menus.push((menu as unknown as FakeMenu).template);
  }
}
const Menu: MenuSlice = FakeMenu;

class FakeNotification {
  static isSupported(): boolean {
    return true;
  }

  constructor(readonly options: Electron.NotificationConstructorOptions) {}

  show(): void {
    fake.recorded.notifications.push(this.options);
  }
}
const Notification: Pick<typeof Electron.Notification, 'isSupported'> &
  (new (options: Electron.NotificationConstructorOptions) => Pick<Electron.Notification, 'show'>) =
  FakeNotification;

const protocol: ProtocolSlice = {
  registerSchemesAsPrivileged: (schemes: Electron.CustomScheme[]) => {
    if (fake.app.isReady()) throw new Error('Schemes must be registered before the app is ready');
    fake.recorded.privilegedSchemes.push(...schemes);
  },
  handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
    if (!fake.app.isReady()) throw new Error('protocol.handle needs the app to be ready');
    fake.recorded.protocolHandlers.set(scheme, handler);
  },
};

const safeStorage: SafeStorageSlice = {
  isEncryptionAvailable: () => false,
  encryptString: () => {
    throw new Error('Encryption is not available in the stand-in');
  },
  decryptString: () => {
    throw new Error('Encryption is not available in the stand-in');
  },
};

const defaultSession: SessionSlice = {
  setPermissionRequestHandler: (handler) => {
    fake.recorded.permissionRequest = handler;
  },
  setPermissionCheckHandler: (handler) => {
    fake.recorded.permissionCheck = handler;
  },
  webRequest: {
    onHeadersReceived: () => undefined,
  } as unknown as Pick<Electron.WebRequest, 'onHeadersReceived'>,
};

const shell: ShellSlice = { openExternal: async () => undefined };
const systemPreferences: SystemPreferencesSlice = { getMediaAccessStatus: () => 'granted' };

const contextBridge: ContextBridgeSlice = {
  exposeInMainWorld: (key: string, api: unknown) => {
    fake.recorded.exposed.set(key, api);
  },
};

const ipcRenderer: IpcRendererSlice = {
  invoke: async (channel: string, ...args: unknown[]) => {
    fake.recorded.rendererInvokes.push({ channel, args });
    return { ok: true, value: null };
  },
  on(channel: string, listener: (...args: never[]) => void) {
    const list = fake.recorded.rendererListeners.get(channel) ?? [];
    list.push(listener as (...args: unknown[]) => void);
    fake.recorded.rendererListeners.set(channel, list);
    return this as Electron.IpcRenderer;
  },
  removeListener(channel: string, listener: (...args: never[]) => void) {
    const list = fake.recorded.rendererListeners.get(channel) ?? [];
    fake.recorded.rendererListeners.set(
      channel,
      list.filter((l) => l !== listener),
    );
    return this as Electron.IpcRenderer;
  },
};

export interface ResetOptions {
  readonly userData: string;
  readonly logs: string;
  readonly isPackaged?: boolean;
  readonly locale?: string;
}

/** The whole stand-in; `reset()` gives each smoke run a fresh app, as a new launch would. */
export const fake = {
  app: new FakeApp(),
  recorded: freshRecord(),
  /** The `on` channels main still listens to. */
  liveIpcChannels(): string[] {
    return ipcMainInstance.liveChannels();
  },
  reset(options: ResetOptions): void {
    this.app.resetState(options);
    this.recorded = freshRecord();
    ipcMainInstance.removeAllListeners();
  },
};

const ipcMainInstance = new FakeIpcMain();

/** The module's exports, as `import { app, … } from 'electron'` sees them. */
export function electronExports(): Record<string, unknown> {
  return {
    app: fake.app,
    BrowserWindow: FakeWindow,
    dialog,
    ipcMain: ipcMainInstance,
    Menu,
    Notification,
    protocol,
    safeStorage,
    session: { defaultSession },
    shell,
    systemPreferences,
    contextBridge,
    ipcRenderer,
  };
}
