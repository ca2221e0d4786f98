import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { requiredWebPreferences } from '../../electron/main/window-options';
import { contentSecurityPolicy } from '../../electron/services/csp';
import { apiCallNames, ipcChannel } from '../../shared/api';
import { encodeInvitationLink, type InvitationPack } from '../../shared/invitation-pack';
import { electronExports } from './fake-electron';
import { builtMain, builtPreload, launchBuiltMain, until, type Launch } from './harness';
import { fake } from './fake-electron';

const pack: InvitationPack = {
  format: 'readyroom-invitation',
  version: 1,
  organisation: { name: 'Riverside Food Bank', zoomAccountId: 'AbCdEf123456' },
  admin: { name: 'Maria Lopez', email: 'maria.lopez@riverside.example' },
  invitee: { email: 'robert.smith@riverside.example', role: 'member' },
  issuedAt: '2025-03-01T09:30:00.000Z',
};
const launchLink = encodeInvitationLink(pack);

let launch: Launch;
beforeAll(async () => {
  launch = await launchBuiltMain({ argv: ['--some-chromium-flag', launchLink] });
});
afterAll(async () => {
  await launch?.quit();
});

const ours = () => launch.window.invokeEvent();
const envelope = (value: unknown) =>
  value as { ok: boolean; value?: unknown; error?: { code: string } };

describe('the built main process under a stand-in Electron', () => {
  it('gets from the stand-in every Electron name it imports (the stand-in has not drifted)', () => {
    const provided = electronExports();
    const imports = /import \{([^}]+)\} from "electron"/.exec(fs.readFileSync(builtMain, 'utf8'));
    const names = (imports?.[1] ?? '').split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(provided[name], name).toBeDefined();
    const preloadUses = fs.readFileSync(builtPreload, 'utf8').matchAll(/electron\.(\w+)/g);
    for (const [, name] of preloadUses) expect(provided[name!], name).toBeDefined();
  });

  it('registers its privileged scheme before ready and serves the renderer with the CSP', async () => {
    const scheme = launch.recorded.privilegedSchemes.find((s) => s.scheme === 'app');
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true });
    const serve = launch.recorded.protocolHandlers.get('app');
    expect(serve).toBeDefined();
    const page = await serve!(new Request('app://readyroom/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    const js = await serve!(new Request(`app://readyroom/${script}`));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('serves nothing outside the renderer folder or our host', async () => {
    const serve = launch.recorded.protocolHandlers.get('app')!;
    for (const url of [
      'app://readyroom/../../package.json',
      'app://readyroom/%2e%2e/%2e%2e/package.json',
      'app://readyroom/..%2f..%2fpackage.json',
      'app://another-host/index.html',
      'app://readyroom/missing.js',
    ]) {
      const answer = await serve(new Request(url));
      expect(answer.status, url).toBeGreaterThanOrEqual(400);
      expect(answer.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    }
    const post = await serve(new Request('app://readyroom/index.html', { method: 'POST' }));
    expect(post.status).toBe(405);
  });

  it('opens one window on our origin, never file://, with the secure options', () => {
    expect(launch.recorded.windows).toHaveLength(1);
    expect(launch.window.loadedUrls).toEqual(['app://readyroom/index.html']);
    const prefs = launch.window.options.webPreferences ?? {};
    expect(prefs).toMatchObject(requiredWebPreferences);
    expect(prefs.preload).toBe(builtPreload);
    // Not packaged: DevTools are there for the developer, and in the menu.
    expect(prefs.devTools).toBe(true);
    const view = launch.recorded.menus.at(-1)!.find((m) => m.label === 'View');
    expect(JSON.stringify(view)).toContain('toggleDevTools');
  });

  it('guards the window: no navigation, no new windows', () => {
    const contents = launch.window.webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' } as never)).toEqual({
      action: 'deny',
    });
    let prevented = false;
    contents.emit(
      'will-navigate',
      { preventDefault: () => (prevented = true) },
      'https://evil.example/',
    );
    expect(prevented).toBe(true);
  });

  it('has a handler for every call in the contract, and no other IPC channel', () => {
    expect([...launch.recorded.invokeHandlers.keys()].sort()).toEqual(
      apiCallNames.map(ipcChannel).sort(),
    );
    // electron-store adds one of its own ('electron-store-get-data', for renderers that use it);
    // ours never does, and main removes it, so nothing answers outside the checked contract.
    expect(fake.liveIpcChannels()).toEqual([]);
  });

  it('answers our page and refuses every other sender', async () => {
    expect(envelope(await launch.invoke('readyroom:getSettings', ours(), {})).ok).toBe(true);
    const strangers = [
      { sender: { id: 999 }, senderFrame: { url: 'app://readyroom/index.html' } },
      launch.window.invokeEvent('app://readyroom.evil.example/index.html'),
      launch.window.invokeEvent(
        'file:///opt/ReadyRoom/resources/app.asar/dist/renderer/index.html',
      ),
      launch.window.invokeEvent('https://readyroom.app/'),
    ];
    for (const event of strangers) {
      const answer = await launch.invoke('readyroom:updateSettings', event as never, {
        role: 'admin',
      });
      expect(envelope(answer)).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    }
  });

  it('grants camera, microphone and copying to our origin only', () => {
    const request = launch.recorded.permissionRequest!;
    const check = launch.recorded.permissionCheck!;
    const ask = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined;
      request(
        launch.window.webContents as never,
        permission as never,
        (answer) => (granted = answer),
        { requestingUrl } as never,
      );
      return granted;
    };
    expect(ask('media', 'app://readyroom/index.html')).toBe(true);
    expect(ask('media', 'app://readyroom.evil.example/')).toBe(false);
    expect(ask('geolocation', 'app://readyroom/index.html')).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://readyroom', {} as never)).toBe(true);
    expect(check(null, 'media', 'file://', {} as never)).toBe(false);
  });

  it('hands the link it was started with to the window once it listens', async () => {
    // Nothing was pushed before the page listened: it would have been lost.
    expect(launch.events('invitationOutcome')).toEqual([]);
    const taken = envelope(await launch.invoke('readyroom:takeInvitationOutcome', ours(), {}));
    expect(taken.value).toMatchObject({
      source: 'link',
      status: 'answered',
      result: { ok: true, pack: { organisation: { name: 'Riverside Food Bank' } } },
    });
    const progress = envelope(await launch.invoke('readyroom:getWizardProgress', ours(), {}));
    expect(progress.value).toMatchObject({ invitation: { admin: { name: 'Maria Lopez' } } });
    // Taken once: a reload does not show it again.
    expect(envelope(await launch.invoke('readyroom:takeInvitationOutcome', ours(), {})).value).toBe(
      null,
    );
  });

  it('tells the window what came of a link from a second launch', async () => {
    const before = launch.window.focused;
    const { fake } = await import('./fake-electron');
    fake.app.emit(
      'second-instance',
      {},
      ['/opt/ReadyRoom/readyroom', 'readyroom://invite?p=%%%'],
      '/',
    );
    await until(() => launch.events('invitationOutcome').length === 1, 'the outcome event');
    expect(launch.events('invitationOutcome')[0]).toMatchObject({
      source: 'link',
      status: 'answered',
      result: { ok: false, reason: 'not-a-link' },
    });
    expect(launch.window.focused).toBeGreaterThan(before);
  });

  it('opens a file chosen from the File menu through the same way in', async () => {
    const file = path.join(launch.dir, 'broken.readyroom');
    fs.writeFileSync(file, '{ not json');
    launch.recorded.openDialogAnswer = { canceled: false, filePaths: [file] };
    const fileMenu = launch.recorded.menus.at(-1)!.find((m) => m.label === 'File')!;
    const open = (fileMenu.submenu as Electron.MenuItemConstructorOptions[]).find(
      (item) => item.label === 'Open Invitation…',
    )!;
    open.click!({} as never, undefined, {} as never);
    await until(() => launch.events('invitationOutcome').length === 2, 'the file outcome');
    expect(launch.events('invitationOutcome')[1]).toMatchObject({
      source: 'file',
      result: { ok: false, reason: 'not-json' },
    });
    expect(launch.recorded.openDialogs[0]?.title).toBe('Open the invite your admin sent');
  });

  it('does not load or start the updater when not packaged', async () => {
    const status = envelope(await launch.invoke('readyroom:getUpdateStatus', ours(), {}));
    expect(status.value).toEqual({ state: 'off', version: null, checkedAt: null });
    const require = createRequire(import.meta.url);
    expect(Object.keys(require.cache).some((k) => k.includes('electron-updater'))).toBe(false);
  });

  it('writes its log in the logs folder, without email addresses', () => {
    const log = fs.readFileSync(path.join(launch.dir, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('Updates are off');
    expect(log).not.toMatch(/[\w.]+@[\w.]+\.example/);
    expect(launch.recorded.errorBoxes).toEqual([]);
  });

  it('holds quitting until the backend has closed (its last writes done), then quits once', async () => {
    const quits = launch.recorded.quits;
    let held = 0;
    fake.app.emit('will-quit', { preventDefault: () => (held += 1) });
    expect(held).toBe(1);
    await until(() => launch.recorded.quits > quits, 'main to quit after closing');
    // Electron asks again when main quits: now nothing holds it.
    fake.app.emit('will-quit', { preventDefault: () => (held += 1) });
    expect(held).toBe(1);
    expect(launch.recorded.quits).toBe(quits + 1);
  });
});
