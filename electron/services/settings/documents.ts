import path from 'node:path';
import { migrateSettings, type Settings } from '../../../shared/settings';
import { migrateProgress, type WizardProgress } from '../../../shared/wizard';
import type { Logger } from '../log';
import { PersistedDocument, type KeyValueStore } from './persisted-document';

/** The files ReadyRoom keeps in its data folder. */
export const documentNames = { settings: 'settings', progress: 'wizard-progress' } as const;

export interface Documents {
  readonly settings: PersistedDocument<Settings>;
  readonly progress: PersistedDocument<WizardProgress>;
}

/**
 * Opens the person's documents in `dataDir`; `openStore(name)` is conf in Electron and in the
 * browser host, writing `<dataDir>/<name>.json`.
 */
export function openDocuments(
  dataDir: string,
  openStore: (name: string) => KeyValueStore,
  log: Logger,
): Documents {
  const open = <T extends Record<string, unknown>>(
    name: string,
    migrate: (raw: unknown) => { value: T; changed: boolean },
  ) =>
    new PersistedDocument<T>({
      filePath: path.join(dataDir, `${name}.json`),
      openStore: () => openStore(name),
      migrate,
      log,
    });
  return {
    settings: open(documentNames.settings, migrateSettings),
    progress: open(documentNames.progress, migrateProgress),
  };
}
