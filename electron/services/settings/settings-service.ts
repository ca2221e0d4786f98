import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import { migrateSettings, type Settings, type SettingsPatch } from '../../../shared/settings';
import type { Logger } from '../log';

/** The part of electron-store (and conf, under plain Node) that the settings service uses. */
export interface KeyValueStore {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface SettingsServiceOptions {
  /** Where the settings file lives; checked before the store opens it. */
  readonly filePath: string;
  /** Opens electron-store in Electron, conf under plain Node. */
  readonly openStore: () => KeyValueStore;
  readonly log: Logger;
  readonly now?: () => Date;
}

/** Reads, migrates and saves the person's settings; a broken file is moved aside, never fatal. */
export class SettingsService {
  readonly #store: KeyValueStore;
  #settings: Settings;
  /** True when the file could not be read and was put aside; the UI tells the person once. */
  readonly wasReset: boolean;

  constructor(options: SettingsServiceOptions) {
    const { filePath, openStore, log } = options;
    const now = options.now ?? (() => new Date());
    let reset = false;
    if (!fileIsReadableJson(filePath)) {
      const aside = `${filePath.replace(/\.json$/, '')}.broken-${now().toISOString().replace(/[:.]/g, '-')}.json`;
      fs.renameSync(filePath, aside);
      log.warn('The settings file could not be read; it was moved aside', {
        movedTo: path.basename(aside),
      });
      reset = true;
    }
    this.#store = openStore();
    const { settings, changed } = migrateSettings(this.#store.store);
    this.#settings = settings;
    if (changed) this.#store.store = { ...settings };
    this.wasReset = reset;
  }

  /** The current settings. */
  get(): Settings {
    return this.#settings;
  }

  /** Applies a validated change, saves it and returns the new settings. */
  update(patch: SettingsPatch): Settings {
    const next: Settings = {
      ...this.#settings,
      ...patch,
      schemaVersion: this.#settings.schemaVersion,
    };
    try {
      this.#store.store = { ...next };
    } catch (error) {
      throw new ApiError('settings-save-failed', String(error));
    }
    this.#settings = next;
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
