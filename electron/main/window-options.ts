// eng-disable REMOTE_MODULE_JS_CHECK -- the remote module was removed from Electron (14+)
import type {
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
} from 'electron';

/** Electron's BrowserWindow constructor, passed in so a test can read what it is given. */
export type BrowserWindowConstructor = new (
  options: BrowserWindowConstructorOptions,
) => ElectronBrowserWindow;

/**
 * Opens the main window with Electron's security checklist in one literal (so static checkers
 * such as electronegativity see it at the `new BrowserWindow` call).
 */
export function createMainWindow(
  BrowserWindow: BrowserWindowConstructor,
  preloadPath: string,
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
      // Middle-click would open links in a new window; the window-open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
