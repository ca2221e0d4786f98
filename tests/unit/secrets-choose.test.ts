import en from '../../renderer/locales/en/translation.json' with { type: 'json' };
import es from '../../renderer/locales/es/translation.json' with { type: 'json' };
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMemoryLogger } from '../../electron/services/log';
import {
  chooseSecretStore,
  defaultSecretStoreCandidates,
} from '../../electron/services/secrets/choose-secret-store';
import type { KeytarApi } from '../../electron/services/secrets/keytar-secret-store';
import type { SafeStoragePort } from '../../electron/services/secrets/safe-storage-secret-store';
import { ManualClock } from '../../electron/services/zoom/clock';

/** A keychain that works, in memory. */
function workingKeytar(): KeytarApi {
  const entries = new Map<string, string>();
  return {
    getPassword: async (s, a) => entries.get(`${s}/${a}`) ?? null,
    setPassword: async (s, a, p) => void entries.set(`${s}/${a}`, p),
    deletePassword: async (s, a) => entries.delete(`${s}/${a}`),
  };
}

/** A keychain that never answers (a locked keyring waiting for a prompt nobody sees). */
const silentKeytar: KeytarApi = {
  getPassword: () => new Promise(() => undefined),
  setPassword: () => new Promise(() => undefined),
  deletePassword: () => new Promise(() => undefined),
};

const safeStorage = (backend = 'gnome_libsecret'): SafeStoragePort => ({
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(`enc:${s}`),
  decryptString: (b) => b.toString().slice(4),
  getSelectedStorageBackend: () => backend,
});

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readyroom-choose-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function candidates(
  load: () => Promise<unknown>,
  port: SafeStoragePort | null,
  clock = new ManualClock(),
) {
  const log = createMemoryLogger();
  const list = defaultSecretStoreCandidates({
    keytar: { load, timer: (fn, ms) => clock.setTimeout(fn, ms) },
    safeStorage: port
      ? { safeStorage: port, filePath: path.join(dir, 'secrets.json'), platform: 'linux', log }
      : undefined,
  });
  return { list, log, clock, timer: (fn: () => void, ms: number) => clock.setTimeout(fn, ms) };
}

describe('choosing where secrets are kept', () => {
  it('takes the keychain first when it works, even where safeStorage would work too', async () => {
    const c = candidates(async () => ({ default: workingKeytar() }), safeStorage());
    const chosen = await chooseSecretStore(c.list, c.log, { timer: c.timer });
    expect(chosen.store.backend).toBe('keychain');
    expect(chosen.notice).toBeNull();
  });

  it('falls back to safeStorage when keytar is missing', async () => {
    const c = candidates(async () => {
      throw new Error("Cannot find module 'keytar'");
    }, safeStorage());
    const chosen = await chooseSecretStore(c.list, c.log, { timer: c.timer });
    expect(chosen.store.backend).toBe('safe-storage');
    expect(chosen.notice).toBeNull();
    expect(chosen.skipped).toEqual([
      { backend: 'keychain', reason: expect.stringContaining('could not be loaded') },
    ]);
  });

  it('moves on when the keychain never answers, instead of hanging start-up', async () => {
    const c = candidates(async () => silentKeytar, safeStorage());
    const chosen = await c.clock.settle(chooseSecretStore(c.list, c.log, { timer: c.timer }));
    expect(chosen.store.backend).toBe('safe-storage');
    expect(chosen.skipped[0]).toMatchObject({
      backend: 'keychain',
      reason: expect.stringMatching(/in time/),
    });
  });

  it('also times out a candidate that hangs before its own probe starts', async () => {
    const c = candidates(() => new Promise(() => undefined), null);
    const chosen = await c.clock.settle(
      chooseSecretStore(c.list, c.log, { timer: c.timer, timeoutMs: 2000 }),
    );
    expect(chosen.store.backend).toBe('memory');
  });

  it('passes over a keychain that reads back something else', async () => {
    const liar = { ...workingKeytar(), getPassword: async () => 'not what was written' };
    const c = candidates(async () => liar, safeStorage());
    expect((await chooseSecretStore(c.list, c.log, { timer: c.timer })).store.backend).toBe(
      'safe-storage',
    );
  });

  it('keeps secrets in memory, and says so, when nothing safe is available', async () => {
    const c = candidates(async () => ({ unexpected: true }), safeStorage('basic_text'));
    const chosen = await chooseSecretStore(c.list, c.log, { timer: c.timer });
    expect(chosen.store.backend).toBe('memory');
    expect(chosen.notice).toBe('secrets-not-kept');
    expect(chosen.skipped.map((s) => s.backend)).toEqual(['keychain', 'safe-storage']);
    expect(chosen.skipped[1]?.reason).toContain('basic_text');
    await chosen.store.set('k', 'v');
    expect(await chosen.store.get('k')).toBe('v');
    await chosen.store.delete('k');
    expect(await chosen.store.get('k')).toBeNull();
  });

  it('has the notice in English and Spanish', () => {
    expect(en.notices['secrets-not-kept']).toContain('sign in again next time');
    expect(es.notices['secrets-not-kept']).toContain('iniciar sesión otra vez');
  });
});
