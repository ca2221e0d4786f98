import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMemoryLogger } from '../../electron/services/log';
import {
  openSafeStorageStore,
  type SafeStoragePort,
  type SafeStorageStoreOptions,
} from '../../electron/services/secrets/safe-storage-secret-store';

/** Electron's safeStorage as a fake: reversible, but the stored bytes never show the plain text. */
function fakeSafeStorage(
  backend: string | null = 'gnome_libsecret',
  available = true,
): SafeStoragePort {
  const scramble = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (s) => Buffer.concat([Buffer.from('v11'), scramble(Buffer.from(s))]),
    decryptString: (b) => {
      if (b.subarray(0, 3).toString() !== 'v11') throw new Error('Error while decrypting');
      return scramble(b.subarray(3)).toString();
    },
    ...(backend === null ? {} : { getSelectedStorageBackend: () => backend }),
  };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readyroom-secrets-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const options = (
  safeStorage: SafeStoragePort,
  platform: NodeJS.Platform = 'linux',
): SafeStorageStoreOptions => ({
  safeStorage,
  filePath: path.join(dir, 'secrets.json'),
  platform,
  log: createMemoryLogger(),
});

describe('secrets kept with Electron safeStorage', () => {
  it('keeps values encrypted in the file, and the next run reads them back', async () => {
    const store = await openSafeStorageStore(options(fakeSafeStorage()));
    expect(store.backend).toBe('safe-storage');
    await store.set('zoom:refresh-token', 'refresh-abc123');
    await store.set('other', 'value-2');
    const text = fs.readFileSync(path.join(dir, 'secrets.json'), 'utf8');
    expect(text).not.toContain('refresh-abc123');
    expect(JSON.parse(text)).toMatchObject({ version: 1, storageBackend: 'gnome_libsecret' });

    const nextRun = await openSafeStorageStore(options(fakeSafeStorage()));
    expect(await nextRun.get('zoom:refresh-token')).toBe('refresh-abc123');
    await nextRun.delete('zoom:refresh-token');
    expect(await nextRun.get('zoom:refresh-token')).toBeNull();
    expect(await nextRun.get('other')).toBe('value-2');
  });

  it('records which backend protects the secrets', async () => {
    expect((await openSafeStorageStore(options(fakeSafeStorage('kwallet5')))).storageBackend).toBe(
      'kwallet5',
    );
    expect(
      (await openSafeStorageStore(options(fakeSafeStorage(null), 'darwin'))).storageBackend,
    ).toBe('macos-keychain');
  });

  it.each(['basic_text', 'unknown'])('refuses the Linux "%s" backend', async (backend) => {
    await expect(openSafeStorageStore(options(fakeSafeStorage(backend)))).rejects.toMatchObject({
      name: 'SecretStoreUnavailable',
      backend: 'safe-storage',
    });
  });

  it('refuses on Linux when it cannot tell which backend is used', async () => {
    await expect(openSafeStorageStore(options(fakeSafeStorage(null)))).rejects.toThrow(/unknown/);
  });

  it('refuses when encryption is not available', async () => {
    await expect(
      openSafeStorageStore(options(fakeSafeStorage('gnome_libsecret', false))),
    ).rejects.toThrow(/not available/);
  });

  it('uses the async API where Electron offers it, and re-encrypts when asked to', async () => {
    const sync = fakeSafeStorage();
    let reEncryptNext = false;
    let encryptions = 0;
    const port: SafeStoragePort = {
      ...sync,
      encryptString: () => {
        throw new Error('the deprecated sync API was used');
      },
      decryptString: () => {
        throw new Error('the deprecated sync API was used');
      },
      isAsyncEncryptionAvailable: async () => true,
      encryptStringAsync: async (s) => {
        encryptions += 1;
        return sync.encryptString(s);
      },
      decryptStringAsync: async (b) => {
        const shouldReEncrypt = reEncryptNext;
        reEncryptNext = false;
        return { result: sync.decryptString(b), shouldReEncrypt };
      },
    };
    const store = await openSafeStorageStore(options(port));
    await store.set('k', 'v');
    const afterSet = encryptions;
    expect(await store.get('k')).toBe('v');
    expect(encryptions).toBe(afterSet);
    reEncryptNext = true;
    expect(await store.get('k')).toBe('v');
    expect(encryptions).toBe(afterSet + 1);
    expect(await store.get('k')).toBe('v');
  });

  it('treats an unreadable file as empty, then writes a good one', async () => {
    fs.writeFileSync(path.join(dir, 'secrets.json'), '{not json');
    const store = await openSafeStorageStore(options(fakeSafeStorage()));
    expect(await store.get('k')).toBeNull();
    await store.set('k', 'v');
    expect(await store.get('k')).toBe('v');
  });

  it('treats a value it can no longer decrypt as missing', async () => {
    const store = await openSafeStorageStore(options(fakeSafeStorage()));
    await store.set('k', 'v');
    const file = JSON.parse(fs.readFileSync(path.join(dir, 'secrets.json'), 'utf8'));
    file.entries.k = Buffer.from('garbage').toString('base64');
    fs.writeFileSync(path.join(dir, 'secrets.json'), JSON.stringify(file));
    expect(await store.get('k')).toBeNull();
  });

  it('keeps every change when several are made at once', async () => {
    const store = await openSafeStorageStore(options(fakeSafeStorage()));
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.set(`k${i}`, `v${i}`)));
    const nextRun = await openSafeStorageStore(options(fakeSafeStorage()));
    for (let i = 0; i < 10; i += 1) expect(await nextRun.get(`k${i}`)).toBe(`v${i}`);
  });

  it('makes the file readable by this user only', async () => {
    const store = await openSafeStorageStore(options(fakeSafeStorage()));
    await store.set('k', 'v');
    if (process.platform !== 'win32') {
      expect(fs.statSync(path.join(dir, 'secrets.json')).mode & 0o077).toBe(0);
    }
  });
});
