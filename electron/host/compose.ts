import Conf from 'conf';
import pkg from '../../package.json' with { type: 'json' };
import { createBackend, type Backend, type BackendPorts } from '../services/api';
import { openInDefaultBrowser } from './open-browser';
import type { Logger } from '../services/log';
import { realComputer } from '../services/checks/computer';
import { openDocuments } from '../services/settings/documents';
import type { KeyValueStore } from '../services/settings/persisted-document';

export interface NodeBackendOptions {
  readonly dataDir: string;
  readonly log: Logger;
  /** Replaces ports, e.g. to simulate another OS's permission answers in end-to-end tests. */
  readonly overrides?: Partial<BackendPorts>;
}

/**
 * The backend as the browser host runs it: the same services as Electron, with conf for settings
 * and "open a new tab" for links (the app already runs in the person's browser).
 */
export function createNodeBackend(options: NodeBackendOptions): Backend {
  const { dataDir, log } = options;
  const documents = openDocuments(
    dataDir,
    (name) =>
      new Conf<Record<string, unknown>>({
        cwd: dataDir,
        configName: name,
        projectName: 'ReadyRoom',
      }) as unknown as KeyValueStore,
    log,
  );
  return createBackend({
    version: pkg.version,
    host: 'browser',
    platform: process.platform,
    mode: 'demo',
    documents,
    computer: realComputer(),
    openExternal: async () => 'tab',
    // The browser host runs on the person's own computer, so it can open OS settings directly.
    openSystemUrl: openInDefaultBrowser,
    log,
    ...options.overrides,
  });
}
