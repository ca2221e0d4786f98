import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchBuiltMain, until, type Launch } from './harness';

// An installed copy: the updater loads and checks at start; whatever it meets is logged, never
// shown as an alarm. DevTools and the developer's menu items are gone. Spanish system.
let launch: Launch;
beforeAll(async () => {
  launch = await launchBuiltMain({ isPackaged: true, locale: 'es-MX' });
});
afterAll(async () => {
  await launch?.quit();
});

const logText = () => fs.readFileSync(path.join(launch.dir, 'logs', 'main.log'), 'utf8');

describe('the built main process as an installed app', () => {
  it('loads electron-updater and checks for an update at start', async () => {
    const require = createRequire(import.meta.url);
    expect(Object.keys(require.cache).some((k) => k.includes('electron-updater'))).toBe(true);
    await until(() => /Updater: /.test(logText()), 'the updater to log its check');
  });

  it('keeps update problems in the log, not in a dialog', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(launch.recorded.messageBoxes).toEqual([]);
    expect(launch.recorded.errorBoxes).toEqual([]);
    expect(launch.recorded.notifications).toEqual([]);
  });

  it('has no DevTools, no reload, and a Spanish menu', () => {
    expect(launch.window.options.webPreferences?.devTools).toBe(false);
    const menu = launch.recorded.menus.at(-1)!;
    const text = JSON.stringify(menu);
    expect(text).not.toContain('toggleDevTools');
    expect(text).not.toContain('"reload"');
    expect(menu.map((m) => m.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda']);
  });

  it('registers readyroom: links with the OS', () => {
    expect(launch.recorded.protocolClients).toEqual(['readyroom']);
  });
});
