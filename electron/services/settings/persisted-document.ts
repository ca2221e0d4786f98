import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import type { Logger } from '../log';

/** The part of electron-store (and conf, under plain Node) that a persisted document uses. */
export interface KeyValueStore {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface PersistedDocumentOptions<T> {
  /** Where the file lives; checked before the store opens it. */
  readonly filePath: string;
  /** Opens electron-store in Electron, conf under plain Node. */
  readonly openStore: () => KeyValueStore;
  /** Turns whatever was on disk into a valid current document (and says if it changed it). */
  readonly migrate: (raw: unknown) => { value: T; changed: boolean };
  readonly log: Logger;
  readonly now?: () => Date;
}

/**
 * One JSON document the main process keeps for the person (settings, wizard progress): read
 * through a migration, saved whole. A file that is not valid JSON is moved aside, never fatal.
 */
export class PersistedDocument<T extends Record<string, unknown>> {
  readonly #store: KeyValueStore;
  #value: T;
  /** True when the file could not be read and was put aside; the UI tells the person once. */
  readonly wasReset: boolean;

  constructor(options: PersistedDocumentOptions<T>) {
    const { filePath, openStore, log } = options;
    const now = options.now ?? (() => new Date());
    let reset = false;
    if (!fileIsReadableJson(filePath)) {
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      const aside = `${filePath.replace(/\.json$/, '')}.broken-${stamp}.json`;
      fs.renameSync(filePath, aside);
      log.warn('A saved file could not be read; it was moved aside', {
        file: path.basename(filePath),
        movedTo: path.basename(aside),
      });
      reset = true;
    }
    this.#store = openStore();
    const { value, changed } = options.migrate(this.#store.store);
    this.#value = value;
    if (changed) this.#store.store = { ...value };
    this.wasReset = reset;
  }

  /** The current document. */
  get(): T {
    return this.#value;
  }

  /** Saves a new document whole and returns it. */
  set(next: T): T {
    try {
      this.#store.store = { ...next };
    } catch (error) {
      throw new ApiError('settings-save-failed', String(error));
    }
    this.#value = next;
    return next;
  }
}

/** False only when the file exists and is not valid JSON (a missing file is fine). */
function fileIsReadableJson(filePath: string): boolean {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch {
    return true;
  }
  if (text.trim() === '') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
