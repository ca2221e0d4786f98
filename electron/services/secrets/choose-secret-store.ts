import type { Logger } from '../log';
import { openKeytarStore, type KeytarStoreOptions } from './keytar-secret-store';
import { MemorySecretStore } from './memory-secret-store';
import { openSafeStorageStore, type SafeStorageStoreOptions } from './safe-storage-secret-store';
import {
  realTimer,
  withTimeout,
  type SecretBackend,
  type SecretStore,
  type SetTimer,
} from './secret-store';

/** One way to keep secrets; `open` proves it works here or throws. */
export interface SecretStoreCandidate {
  readonly backend: SecretBackend;
  open(): Promise<SecretStore>;
}

/** Told to the person once when secrets only live in memory. */
export type SecretStoreNotice = 'secrets-not-kept';

export interface ChosenSecretStore {
  readonly store: SecretStore;
  readonly notice: SecretStoreNotice | null;
  /** Why each earlier candidate was passed over (for the log and the "I'm stuck" report). */
  readonly skipped: ReadonlyArray<{ readonly backend: SecretBackend; readonly reason: string }>;
}

export interface ChooseOptions {
  /** A candidate that takes longer than this to prove itself is skipped. */
  readonly timeoutMs?: number;
  readonly timer?: SetTimer;
}

/**
 * Tries each candidate in order (keytar, then safeStorage) and keeps the first that works — by
 * probing, never by guessing from the platform. Falls back to memory, with a notice.
 */
export async function chooseSecretStore(
  candidates: ReadonlyArray<SecretStoreCandidate>,
  log: Logger,
  options: ChooseOptions = {},
): Promise<ChosenSecretStore> {
  const skipped: Array<{ backend: SecretBackend; reason: string }> = [];
  for (const candidate of candidates) {
    try {
      const store = await withTimeout(
        candidate.open(),
        options.timeoutMs ?? 5000,
        options.timer ?? realTimer,
        () => new Error('it did not answer in time'),
      );
      log.info('Secrets store chosen', { backend: store.backend, skipped: skipped.length });
      return { store, notice: store.backend === 'memory' ? 'secrets-not-kept' : null, skipped };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      skipped.push({ backend: candidate.backend, reason });
      log.warn('A secrets store could not be used', { backend: candidate.backend, reason });
    }
  }
  log.warn('Secrets are kept in memory only: the person will sign in again next time');
  return { store: new MemorySecretStore(), notice: 'secrets-not-kept', skipped };
}

/** The production order: keytar (OS keychain), then Electron safeStorage when there is one. */
export function defaultSecretStoreCandidates(options: {
  readonly keytar?: KeytarStoreOptions;
  /** Absent outside Electron (the browser host has no safeStorage). */
  readonly safeStorage?: SafeStorageStoreOptions;
}): SecretStoreCandidate[] {
  const candidates: SecretStoreCandidate[] = [
    { backend: 'keychain', open: () => openKeytarStore(options.keytar) },
  ];
  const safeStorage = options.safeStorage;
  if (safeStorage) {
    candidates.push({ backend: 'safe-storage', open: () => openSafeStorageStore(safeStorage) });
  }
  return candidates;
}
