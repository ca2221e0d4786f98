// eng-disable REMOTE_MODULE_JS_CHECK -- the remote module was removed from Electron (14+)
import type {
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
  WebPreferences,
} from 'electron';

/**
 * Electron's security checklist for our windows: the settings every window must have. The
 * window's type demands them, and the security audit and the window's unit test check them.
 */
export const requiredWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
} as const satisfies WebPreferences;

/** Window options whose webPreferences hold every required setting, each with its safe value. */
export type SafeWindowOptions = BrowserWindowConstructorOptions & {
  readonly webPreferences: WebPreferences & typeof requiredWebPreferences;
};

/**
 * Electron's BrowserWindow constructor, passed in so a test can read what it is given; typed to
 * take only safe options, so a window missing a required setting does not compile.
 */
export type BrowserWindowConstructor = new (options: SafeWindowOptions) => ElectronBrowserWindow;

/**
 * Opens the main window with Electron's security checklist written out in one literal: static
 * checkers such as electronegativity read it at the `new BrowserWindow` call and do not follow a
 * spread of `requiredWebPreferences`, so the type above ties the two together instead.
 * DevTools are off unless asked for (main.ts asks only when the app is not packaged).
 */
export function createMainWindow(
  BrowserWindow: BrowserWindowConstructor,
  preloadPath: string,
  options: { readonly devTools: boolean } = { devTools: false },
): ElectronBrowserWindow {
  // PRELOAD: the preload only exposes the contract's named functions through contextBridge.
  return new BrowserWindow({
    width: 1100,
    height: 800,
    minWidth: 480,
    minHeight: 480,
    show: false,
    title: 'ReadyRoom',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // DevTools only while developing (not packaged): an installed app has none to open.
      devTools: options.devTools,
      // Middle-click would open links in a new window; the window-open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
