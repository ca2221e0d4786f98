import Conf from 'conf';
import pkg from '../../package.json' with { type: 'json' };
import type { BackendPorts } from '../services/backend';
import { realComputer } from '../services/checks/computer';
import { composeBackend, type ComposedBackend } from '../services/compose';
import type { Logger } from '../services/log';
import { defaultSecretStoreCandidates } from '../services/secrets/choose-secret-store';
import type { SecretStoreCandidate } from '../services/secrets/choose-secret-store';
import { personalFileMode, type KeyValueStore } from '../services/settings/persisted-document';
import type { ZoomEnvironment } from '../services/zoom/environment';
import type { FetchPort } from '../services/zoom/oauth-endpoints';
import { openInDefaultBrowser } from './open-browser';

export interface NodeBackendOptions {
  readonly dataDir: string;
  readonly log: Logger;
  /** Replaces ports, e.g. to simulate another OS's permission answers in end-to-end tests. */
  readonly overrides?: Partial<BackendPorts>;
  /** Tests: a Zoom (sandbox) they started, and a secret store of their choosing. */
  readonly zoomEnvironment?: ZoomEnvironment;
  readonly secretCandidates?: ReadonlyArray<SecretStoreCandidate>;
  readonly zoomFetch?: FetchPort;
  /** Tests: a sandbox that plays the Zoom of an organisation's client ID. */
  readonly zoomForClientId?: (clientId: string) => ZoomEnvironment;
}

/**
 * The backend as the browser host runs it: the same services as Electron, with conf for the
 * person's files, the OS keychain (or memory) for secrets, and "open a new tab" for links and
 * the Zoom sign-in page (the app already runs in the person's browser).
 */
export function createNodeBackend(options: NodeBackendOptions): Promise<ComposedBackend> {
  const { dataDir, log } = options;
  return composeBackend({
    dataDir,
    log,
    openStore: (name) =>
      new Conf<Record<string, unknown>>({
        cwd: dataDir,
        configName: name,
        projectName: 'ReadyRoom',
        // Settings and wizard progress (with the admin's contact) are this person's alone.
        configFileMode: personalFileMode,
      }) as unknown as KeyValueStore,
    secretCandidates: options.secretCandidates ?? defaultSecretStoreCandidates({}),
    version: pkg.version,
    host: 'browser',
    platform: process.platform,
    computer: realComputer(),
    openExternal: async () => 'tab',
    // The browser host runs on the person's own computer, so it can open OS settings directly.
    openSystemUrl: openInDefaultBrowser,
    openSignInPage: async () => undefined,
    opensSignInInTab: true,
    // Loaded only in demo mode: the services never import the sandbox.
    startDemoZoom: async (demoLog, { appsFile }) => {
      const { startSandbox } = await import('../sandbox/server');
      return startSandbox({ port: 0, scenario: 'nonprofit', log: demoLog, appsFile });
    },
    ...(options.zoomEnvironment ? { zoomEnvironment: options.zoomEnvironment } : {}),
    ...(options.zoomFetch ? { zoomFetch: options.zoomFetch } : {}),
    ...(options.zoomForClientId ? { zoomForClientId: options.zoomForClientId } : {}),
    ...options.overrides,
  });
}
