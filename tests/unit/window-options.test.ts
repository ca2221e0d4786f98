import {
  createMainWindow,
  requiredWebPreferences,
  type BrowserWindowConstructor,
} from '../../electron/main/window-options';

type BrowserWindowConstructorOptions = ConstructorParameters<BrowserWindowConstructor>[0];

function optionsOfMainWindow(
  options?: Parameters<typeof createMainWindow>[2],
): BrowserWindowConstructorOptions {
  let seen: BrowserWindowConstructorOptions | undefined;
  const FakeWindow = function (this: unknown, options: BrowserWindowConstructorOptions) {
    seen = options;
  } as unknown as BrowserWindowConstructor;
  createMainWindow(FakeWindow, '/app/preload.cjs', options);
  if (!seen) throw new Error('no window was made');
  return seen;
}

describe('the main window', () => {
  const prefs = optionsOfMainWindow().webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews, middle-click windows and drag-navigation off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toContain('Auxclick');
  });

  it('has every required setting, the list the security audit checks', () => {
    expect(prefs).toMatchObject(requiredWebPreferences);
  });

  it('loads our preload and nothing else', () => {
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('has DevTools only when asked for (a development run), never by default', () => {
    expect(prefs.devTools).toBe(false);
    expect(optionsOfMainWindow({ devTools: true }).webPreferences?.devTools).toBe(true);
    expect(optionsOfMainWindow({ devTools: false }).webPreferences?.devTools).toBe(false);
  });
});
