import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import type { Logger } from '../log';
import { salvageJsonObject } from './salvage-json';

/** The part of conf (the settings files in Electron and the browser host) that a document uses. */
export interface KeyValueStore {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface PersistedDocumentOptions<T> {
  /** Where the file lives; checked before the store opens it. */
  readonly filePath: string;
  /** Opens a conf file (in Electron and the browser host alike). */
  readonly openStore: () => KeyValueStore;
  /** Turns whatever was on disk into a valid current document (and says if it changed it). */
  readonly migrate: (raw: unknown) => { value: T; changed: boolean };
  readonly log: Logger;
  readonly now?: () => Date;
}

/** Files that hold what a person told ReadyRoom are theirs alone, like the secrets file. */
export const personalFileMode = 0o600;

/**
 * One JSON document the main process keeps for the person (settings, wizard progress): read
 * through a migration, saved whole, readable only by the person (0600). A file that is not valid
 * JSON (cut off mid-write) is moved aside, never fatal: every field that can still be read is
 * kept, and the ones that could not are named, so the person is told exactly what to set again.
 */
export class PersistedDocument<T extends Record<string, unknown>> {
  readonly #store: KeyValueStore;
  readonly #filePath: string;
  #value: T;
  /** True when the file could not be read whole and was put aside; the UI tells the person once. */
  readonly wasReset: boolean;
  /** After such a recovery: the fields that could not be read back and went to their defaults. */
  readonly lostFields: ReadonlyArray<keyof T & string>;

  constructor(options: PersistedDocumentOptions<T>) {
    const { filePath, openStore, log } = options;
    const now = options.now ?? (() => new Date());
    this.#filePath = filePath;
    removeUnfinishedSaves(filePath, log);
    const text = readText(filePath);
    let salvaged: Record<string, unknown> | null = null;
    if (text !== null && !isJson(text)) {
      salvaged = salvageJsonObject(text);
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      const aside = `${filePath.replace(/\.json$/, '')}.broken-${stamp}.json`;
      fs.renameSync(filePath, aside);
      log.warn('A saved file could not be read whole; it was moved aside', {
        file: path.basename(filePath),
        movedTo: path.basename(aside),
        fieldsKept: Object.keys(salvaged).length,
      });
    }
    this.#store = openStore();
    const { value, changed } = options.migrate(salvaged ?? this.#store.store);
    this.#value = value;
    if (changed || salvaged) this.#store.store = { ...value };
    keepPrivate(filePath);
    this.wasReset = salvaged !== null;
    this.lostFields = salvaged
      ? (Object.keys(value) as Array<keyof T & string>).filter(
          (key) =>
            key !== 'schemaVersion' &&
            JSON.stringify((salvaged as Record<string, unknown>)[key]) !==
              JSON.stringify(value[key]),
        )
      : [];
  }

  /** The current document. */
  get(): T {
    return this.#value;
  }

  /** Saves a new document whole and returns it. */
  set(next: T): T {
    try {
      this.#store.store = { ...next };
      keepPrivate(this.#filePath);
    } catch (error) {
      throw new ApiError('settings-save-failed', String(error));
    }
    this.#value = next;
    return next;
  }
}

function readText(filePath: string): string | null {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch {
    return null;
  }
}

function isJson(text: string): boolean {
  if (text.trim() === '') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function keepPrivate(filePath: string): void {
  try {
    fs.chmodSync(filePath, personalFileMode);
  } catch {
    // Not written yet, or a file system without modes (Windows): nothing to tighten.
  }
}

/**
 * A save that was killed leaves its temporary file (`settings.json.tmp-…`, written before the
 * rename that makes a save whole): remove them, they only hold a copy of what was being saved.
 */
function removeUnfinishedSaves(filePath: string, log: Logger): void {
  const dir = path.dirname(filePath);
  const prefix = `${path.basename(filePath)}.tmp-`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.startsWith(prefix))) {
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      log.info('Removed an unfinished save', { file: name.slice(0, 100) });
    } catch {
      // Another process may hold it; it is tried again at the next start.
    }
  }
}
