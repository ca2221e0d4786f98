import { randomBytes } from 'node:crypto';
import {
  realTimer,
  secretServiceName,
  SecretStoreUnavailable,
  withTimeout,
  type SecretStore,
  type SetTimer,
} from './secret-store';

/** The part of keytar ReadyRoom uses. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/** Loads keytar; an optional native module, so this may throw. */
export type KeytarLoader = () => Promise<unknown>;

/**
 * keytar is an optional native module: on a machine without libsecret `npm ci` installs ReadyRoom
 * without it. So it is named in a variable, never in an import the typecheck or a bundler resolves:
 * whether it was built changes nothing before run time, and what loads is checked by `asKeytar`.
 */
const keytarModule = 'keytar';

/** The real loader: a dynamic import, so a missing or broken keytar is a failure to handle. */
export const loadKeytar: KeytarLoader = () => import(/* @vite-ignore */ keytarModule);

export interface KeytarStoreOptions {
  readonly load?: KeytarLoader;
  readonly service?: string;
  /** A keychain that never answers must not hang start-up. */
  readonly probeTimeoutMs?: number;
  /** Each later get/set/delete. */
  readonly operationTimeoutMs?: number;
  readonly timer?: SetTimer;
}

function asKeytar(module: unknown): KeytarApi | null {
  const candidates = [module, (module as { default?: unknown } | null)?.default];
  for (const candidate of candidates) {
    const api = candidate as Partial<KeytarApi> | null | undefined;
    if (
      typeof api?.getPassword === 'function' &&
      typeof api.setPassword === 'function' &&
      typeof api.deletePassword === 'function'
    ) {
      return api as KeytarApi;
    }
  }
  return null;
}

/**
 * Opens the OS keychain through keytar (macOS Keychain, Windows Credential Manager, Secret Service
 * on Linux) and proves it works by writing, reading and deleting a probe entry.
 */
export async function openKeytarStore(options: KeytarStoreOptions = {}): Promise<SecretStore> {
  const service = options.service ?? secretServiceName;
  const timer = options.timer ?? realTimer;
  let module: unknown;
  try {
    module = await (options.load ?? loadKeytar)();
  } catch (cause) {
    throw new SecretStoreUnavailable('keychain', 'keytar could not be loaded', { cause });
  }
  const keytar = asKeytar(module);
  if (!keytar) throw new SecretStoreUnavailable('keychain', 'keytar has an unexpected shape');

  const probe = async () => {
    const account = `probe-${randomBytes(6).toString('hex')}`;
    const value = randomBytes(12).toString('hex');
    await keytar.setPassword(service, account, value);
    const read = await keytar.getPassword(service, account);
    await keytar.deletePassword(service, account);
    if (read !== value) throw new Error('the probe entry read back differently');
  };
  try {
    await withTimeout(
      probe(),
      options.probeTimeoutMs ?? 3000,
      timer,
      () => new Error('the keychain did not answer in time'),
    );
  } catch (cause) {
    throw new SecretStoreUnavailable('keychain', String((cause as Error)?.message ?? cause), {
      cause,
    });
  }

  const limit = options.operationTimeoutMs ?? 10_000;
  const timed = <T>(work: Promise<T>, what: string) =>
    withTimeout(work, limit, timer, () => new Error(`The keychain did not answer (${what})`));
  return {
    backend: 'keychain',
    get: (key) => timed(keytar.getPassword(service, key), 'get'),
    set: (key, value) => timed(keytar.setPassword(service, key, value), 'set'),
    delete: async (key) => {
      await timed(keytar.deletePassword(service, key), 'delete');
    },
  };
}
