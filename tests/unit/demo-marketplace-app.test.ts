import fs from 'node:fs';
import path from 'node:path';
import { SandboxAppRegistry, type SandboxAppConfig } from '../../electron/sandbox/apps';
import { isDemoAppClientId } from '../../shared/demo-apps';
import { tempDir } from '../support/in-process';
import { nodeBackend } from '../support/node-backend';

const config: SandboxAppConfig = {
  type: 'admin-managed',
  publicClient: true,
  redirectAllowList: ['http://127.0.0.1/callback'],
  scopes: ['user:read:list_users:admin'],
  activated: true,
};

describe('an app built on the demo Zoom’s Marketplace pages', () => {
  it('gets a client ID demo mode can tell from a real Zoom app’s', () => {
    const app = new SandboxAppRegistry().create('acct-1', config);
    expect(isDemoAppClientId(app.clientId)).toBe(true);
    expect(isDemoAppClientId('AbC123xYz')).toBe(false);
  });

  it('is kept in the demo’s file, so it still works after a restart, and a reset forgets it', () => {
    const file = path.join(tempDir(), 'demo-zoom-apps.json');
    const first = new SandboxAppRegistry(file).create('acct-1', config);
    const again = new SandboxAppRegistry(file);
    expect(again.get(first.clientId)).toMatchObject({ ...config, accountId: 'acct-1' });
    again.clear();
    expect(new SandboxAppRegistry(file).list()).toEqual([]);
  });

  it('ignores a damaged file instead of failing to start', () => {
    const file = path.join(tempDir(), 'demo-zoom-apps.json');
    fs.writeFileSync(file, '{not json');
    expect(new SandboxAppRegistry(file).list()).toEqual([]);
  });

  it('signs in on the demo Zoom, not zoom.us, when its client ID is typed — also after a restart', async () => {
    const dataDir = tempDir();
    const first = await nodeBackend({ dataDir });
    const demoUrl = first.sandbox!.url;
    // What the Marketplace page's "Create" does, in the demo's own registry.
    const registry = new SandboxAppRegistry(path.join(dataDir, 'demo-zoom-apps.json'));
    const app = registry.create('acct-1', config);
    await first.close();

    const second = await nodeBackend({ dataDir });
    await second.backend.handlers.setZoomClientId({ clientId: app.clientId });
    expect(second.zoom.environment.clientId).toBe(app.clientId);
    expect(second.zoom.environment.oauthBase).toBe(second.sandbox!.url);
    expect(second.zoom.environment.oauthBase).not.toContain('zoom.us');
    // Still the demo: every screen keeps saying so (no real Zoom account is involved).
    expect((await second.backend.handlers.getAppInfo({})).mode).toBe('demo');
    // The demo Zoom started again and still knows the app: it accepts the client ID.
    const diagnosis = await second.backend.handlers.diagnoseConnection({ purpose: 'admin' });
    expect(diagnosis.checks.find((c) => c.id === 'client-id')?.state).toBe('passed');
    await second.close();

    // Started again with that client ID saved: straight to the demo Zoom, which still knows it.
    const third = await nodeBackend({ dataDir });
    expect(third.zoom.environment.clientId).toBe(app.clientId);
    expect(third.zoom.environment.oauthBase).toBe(third.sandbox!.url);
    expect(demoUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it('leaves every other client ID to real Zoom', async () => {
    const composed = await nodeBackend();
    await composed.backend.handlers.setZoomClientId({ clientId: 'OrgApp1' });
    expect(composed.zoom.environment.oauthBase).toBe('https://zoom.us');
    expect((await composed.backend.handlers.getAppInfo({})).mode).toBe('zoom');
  });
});
