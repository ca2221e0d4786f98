import fs from 'node:fs';
import { apiCallNames, apiEventNames, ipcChannel, ipcEventChannel } from '../../shared/api';
import { electronExports, fake } from './fake-electron';
import { builtPreload, requireBuilt } from './harness';

/** What a sandboxed preload may require in Electron: `electron` and a few of Node's own. */
const sandboxModules = new Set(['electron', 'events', 'timers', 'url']);

/** Runs the built preload as Electron's sandbox does: one script, a `require` that knows little. */
function runPreload(): Record<string, unknown> {
  requireBuilt(builtPreload);
  fake.reset({ userData: '/nowhere', logs: '/nowhere' });
  const required: string[] = [];
  const sandboxRequire = (id: string) => {
    required.push(id);
    if (!sandboxModules.has(id)) throw new Error(`A sandboxed preload cannot require "${id}"`);
    if (id !== 'electron') throw new Error(`The stand-in does not provide "${id}"`);
    return electronExports();
  };
  const module = { exports: {} };
  // The built file, run as Electron's sandbox runs a preload.
  new Function('require', 'module', 'exports', fs.readFileSync(builtPreload, 'utf8'))(
    sandboxRequire,
    module,
    module.exports,
  );
  expect(required).toEqual(['electron']);
  const api = fake.recorded.exposed.get('readyroom');
  if (!api || typeof api !== 'object') throw new Error('The preload exposed no readyroom API');
  return api as Record<string, unknown>;
}

describe('the built preload', () => {
  const api = runPreload();

  it('exposes exactly the contract: one function per call, and `on`', () => {
    expect([...fake.recorded.exposed.keys()]).toEqual(['readyroom']);
    expect(Object.keys(api).sort()).toEqual([...apiCallNames, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each call on its own channel, with its one argument', async () => {
    await (api.getSettings as (args: unknown) => Promise<unknown>)({});
    await (api.openInvitation as (args: unknown) => Promise<unknown>)({ kind: 'link', text: 'x' });
    expect(fake.recorded.rendererInvokes).toEqual([
      { channel: ipcChannel('getSettings'), args: [{}] },
      { channel: ipcChannel('openInvitation'), args: [{ kind: 'link', text: 'x' }] },
    ]);
  });

  it('gives a listener the payload of its own event only, never the IPC event', () => {
    const on = api.on as (event: string, listener: (payload: unknown) => void) => () => void;
    const heard: unknown[] = [];
    const off = on('invitationOutcome', (payload) => heard.push(payload));
    const [listener] = fake.recorded.rendererListeners.get(ipcEventChannel) ?? [];
    const ipcEvent = { sender: 'the IPC event must not reach the page' };
    listener!(ipcEvent, { name: 'settingsChanged', payload: 'not for this listener' });
    listener!(ipcEvent, { name: 'invitationOutcome', payload: { status: 'unreadable' } });
    expect(heard).toEqual([{ status: 'unreadable' }]);
    off();
    expect(fake.recorded.rendererListeners.get(ipcEventChannel)).toEqual([]);
    expect(apiEventNames).toContain('invitationOutcome');
  });

  it('refuses to subscribe to an event the contract does not have', () => {
    const on = api.on as (event: string, listener: () => void) => unknown;
    expect(() => on('anything', () => undefined)).toThrow();
  });

  it('is small: names only, no zod and no schemas', () => {
    const text = fs.readFileSync(builtPreload, 'utf8');
    expect(text.length).toBeLessThan(10 * 1024);
    expect(text).not.toMatch(/require\(["']zod|safeParse|ZodError|\$ZodType|prettifyError/);
  });
});
