import { apiCallNames, ipcChannel, type ApiEnvelope } from '../../shared/api';
import {
  registerIpcHandlers,
  trustedSenderCheck,
  type IpcEventLike,
  type IpcMainLike,
} from '../../electron/main/ipc';
import { isRendererUrl } from '../../electron/main/app-protocol';
import { createMemoryLogger } from '../../electron/services/log';
import { testBackend } from '../support/in-process';

const rendererUrl = 'app://readyroom/';

function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
  const ipc: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const invoke = (channel: string, event: IpcEventLike, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args) as Promise<ApiEnvelope>;
  };
  return { ipc, handlers, invoke };
}

const ours: IpcEventLike = { sender: { id: 1 }, senderFrame: { url: `${rendererUrl}index.html` } };

function setup() {
  const { ipc, handlers, invoke } = fakeIpcMain();
  const log = createMemoryLogger();
  const backend = testBackend();
  registerIpcHandlers(
    ipc,
    backend.handlers,
    trustedSenderCheck(() => new Set([1]), isRendererUrl),
    log,
  );
  return { handlers, invoke, log, backend };
}

describe('IPC registered from the contract', () => {
  it('has one handler for every call in the contract', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(apiCallNames.map(ipcChannel).sort());
  });

  it('answers our window', async () => {
    const { invoke } = setup();
    const answer = await invoke(ipcChannel('getSettings'), ours, {});
    expect(answer).toMatchObject({ ok: true, value: { schemaVersion: 2 } });
  });

  it.each([
    [
      'another WebContents',
      { sender: { id: 2 }, senderFrame: { url: `${rendererUrl}index.html` } },
    ],
    [
      'our window showing a foreign page',
      { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/' } },
    ],
    ['a frame that is gone', { sender: { id: 1 }, senderFrame: null }],
    [
      'our window showing an address that only starts like ours',
      { sender: { id: 1 }, senderFrame: { url: 'app://readyroom.evil.example/index.html' } },
    ],
    [
      'our window showing the built page from file://',
      { sender: { id: 1 }, senderFrame: { url: 'file:///app/dist/renderer/index.html' } },
    ],
  ])('drops a message from %s and logs it', async (_label, event) => {
    const { invoke, log } = setup();
    const answer = await invoke(ipcChannel('updateSettings'), event as IpcEventLike, {
      role: 'admin',
    });
    expect(answer).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    expect(
      log.entries.some((e) => e.level === 'warn' && /not one of our windows/.test(e.message)),
    ).toBe(true);
  });

  it('does not change anything for an untrusted sender', async () => {
    const { invoke, backend } = setup();
    await invoke(
      ipcChannel('updateSettings'),
      { sender: { id: 9 }, senderFrame: null },
      { role: 'admin' },
    );
    expect((await backend.handlers.getSettings({})).role).toBeNull();
  });

  it.each([
    ['a wrong type', { role: 42 }],
    ['an unknown field', { role: 'admin', isAdmin: true }],
    ['not an object', 'admin'],
    ['a value outside the list', { language: 'de' }],
  ])('answers arguments with %s with a typed error, not a crash', async (_label, args) => {
    const { invoke, log } = setup();
    const answer = await invoke(ipcChannel('updateSettings'), ours, args);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(log.entries.some((e) => /bad arguments/.test(e.message))).toBe(true);
  });

  it('refuses extra arguments', async () => {
    const { invoke } = setup();
    const answer = await invoke(ipcChannel('getSettings'), ours, {}, { sneaky: true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('refuses a link off the allowlist with a typed error and does not open it', async () => {
    const { invoke, backend } = setup();
    const answer = await invoke(ipcChannel('openExternal'), ours, {
      url: 'https://zoom.us.evil.example/',
    });
    expect(answer).toEqual({ ok: false, error: { code: 'link-not-allowed' } });
    expect(backend.opened).toEqual([]);
  });

  it('opens an allowed link through the port', async () => {
    const { invoke, backend } = setup();
    const answer = await invoke(ipcChannel('openExternal'), ours, { url: 'https://zoom.us/test' });
    expect(answer).toEqual({
      ok: true,
      value: { openedBy: 'system', url: 'https://zoom.us/test' },
    });
    expect(backend.opened).toEqual(['https://zoom.us/test']);
  });
});
