import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../log';
import { SecretStoreUnavailable, type SecretStore } from './secret-store';

/** Electron's safeStorage, as much of it as ReadyRoom uses (the async API where it exists). */
export interface SafeStoragePort {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
  isAsyncEncryptionAvailable?(): Promise<boolean>;
  encryptStringAsync?(plainText: string): Promise<Buffer>;
  decryptStringAsync?(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

export interface SafeStorageStoreOptions {
  readonly safeStorage: SafeStoragePort;
  /** The JSON file holding the encrypted values. */
  readonly filePath: string;
  readonly platform: NodeJS.Platform;
  readonly log: Logger;
}

/** Linux backends that do not really protect anything: refused. */
const refusedBackends = new Set(['basic_text', 'unknown']);

const SecretsFile = z.object({
  version: z.literal(1),
  storageBackend: z.string(),
  entries: z.record(z.string(), z.string()),
});
type SecretsFile = z.infer<typeof SecretsFile>;

/** Which OS facility protects the key (recorded in the file, reported in logs). */
function storageBackendName(port: SafeStoragePort, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'macos-keychain';
  if (platform === 'win32') return 'windows-dpapi';
  return port.getSelectedStorageBackend?.() ?? 'unknown';
}

/** Secrets encrypted with Electron's safeStorage, kept in a JSON file. */
export class SafeStorageSecretStore implements SecretStore {
  readonly backend = 'safe-storage' as const;
  /** e.g. gnome_libsecret, kwallet5, macos-keychain, windows-dpapi. */
  readonly storageBackend: string;
  readonly #o: SafeStorageStoreOptions;
  /** Writes go one at a time so two changes never overwrite each other. */
  #writes: Promise<void> = Promise.resolve();

  constructor(options: SafeStorageStoreOptions, storageBackend: string) {
    this.#o = options;
    this.storageBackend = storageBackend;
  }

  /** The decrypted value, or null when absent or no longer decryptable. */
  async get(key: string): Promise<string | null> {
    await this.#writes;
    const file = await this.#read();
    const blob = file.entries[key];
    if (blob === undefined) return null;
    try {
      const { value, reEncrypt } = await this.#decrypt(Buffer.from(blob, 'base64'));
      if (reEncrypt) await this.set(key, value);
      return value;
    } catch {
      this.#o.log.warn('A stored secret could not be decrypted; it is treated as missing', {
        storageBackend: this.storageBackend,
        storedWith: file.storageBackend,
      });
      return null;
    }
  }

  /** Encrypts and saves a value. */
  set(key: string, value: string): Promise<void> {
    return this.#change(async (file) => {
      file.entries[key] = (await this.#encrypt(value)).toString('base64');
    });
  }

  /** Removes a value. */
  delete(key: string): Promise<void> {
    return this.#change(async (file) => {
      delete file.entries[key];
    });
  }

  /** Encrypts with the async API where Electron has it. */
  async #encrypt(value: string): Promise<Buffer> {
    const port = this.#o.safeStorage;
    return port.encryptStringAsync ? port.encryptStringAsync(value) : port.encryptString(value);
  }

  async #decrypt(blob: Buffer): Promise<{ value: string; reEncrypt: boolean }> {
    const port = this.#o.safeStorage;
    if (port.decryptStringAsync) {
      const { result, shouldReEncrypt } = await port.decryptStringAsync(blob);
      return { value: result, reEncrypt: shouldReEncrypt };
    }
    return { value: port.decryptString(blob), reEncrypt: false };
  }

  #change(edit: (file: SecretsFile) => Promise<void>): Promise<void> {
    const run = this.#writes.then(async () => {
      const file = await this.#read();
      await edit(file);
      file.storageBackend = this.storageBackend;
      await this.#write(file);
    });
    this.#writes = run.catch(() => undefined);
    return run;
  }

  async #read(): Promise<SecretsFile> {
    let text: string;
    try {
      text = await fs.readFile(this.#o.filePath, 'utf8');
    } catch {
      return { version: 1, storageBackend: this.storageBackend, entries: {} };
    }
    try {
      const parsed = SecretsFile.safeParse(JSON.parse(text));
      if (parsed.success) return { ...parsed.data, entries: { ...parsed.data.entries } };
    } catch {
      // fall through: an unreadable file is treated as empty and replaced on the next write
    }
    this.#o.log.warn('The secrets file could not be read; starting with no stored secrets');
    return { version: 1, storageBackend: this.storageBackend, entries: {} };
  }

  async #write(file: SecretsFile): Promise<void> {
    const { filePath } = this.#o;
    await fs.mkdir(path.dirname(filePath), { recursive: true });
    const temporary = `${filePath}.${randomBytes(4).toString('hex')}.tmp`;
    await fs.writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    await fs.rename(temporary, filePath);
  }
}

/**
 * Opens the safeStorage store after checking that encryption really protects something here:
 * on Linux, the `basic_text` (and `unknown`) backends are refused.
 */
export async function openSafeStorageStore(
  options: SafeStorageStoreOptions,
): Promise<SafeStorageSecretStore> {
  const port = options.safeStorage;
  const available = port.isAsyncEncryptionAvailable
    ? await port.isAsyncEncryptionAvailable()
    : port.isEncryptionAvailable();
  if (!available) throw new SecretStoreUnavailable('safe-storage', 'encryption is not available');
  const storageBackend = storageBackendName(port, options.platform);
  if (refusedBackends.has(storageBackend)) {
    throw new SecretStoreUnavailable(
      'safe-storage',
      `the "${storageBackend}" backend does not protect secrets`,
    );
  }
  const store = new SafeStorageSecretStore(options, storageBackend);
  const probe = randomBytes(8).toString('hex');
  try {
    const blob = port.encryptStringAsync
      ? await port.encryptStringAsync(probe)
      : port.encryptString(probe);
    const back = port.decryptStringAsync
      ? (await port.decryptStringAsync(blob)).result
      : port.decryptString(blob);
    if (back !== probe) throw new Error('the probe decrypted differently');
  } catch (cause) {
    throw new SecretStoreUnavailable('safe-storage', 'encryption does not work', { cause });
  }
  options.log.info('Secrets are kept with safeStorage', { storageBackend });
  return store;
}
