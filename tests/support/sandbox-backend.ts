import type { SandboxHandle } from './sandbox-control';
import { afterEach } from 'vitest';
import type { SessionInfo } from '../../shared/api';
import { demoServerToServerApp, sandboxOrganisation } from '../../electron/sandbox/constants';
import { startSandbox } from '../../electron/sandbox/server';
import { EventHub } from '../../electron/services/events';
import { createMemoryLogger } from '../../electron/services/log';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { ZoomService } from '../../electron/services/zoom-service';
import { demoZoomEnvironment } from '../../electron/services/zoom/environment';
import { testBackend } from './in-process';

const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/**
 * The real backend against a fresh `nonprofit` sandbox, connected as the organisation's admin
 * (the sandbox's Server-to-Server demo app). `prepare` may change the sandbox before connecting.
 * Closed after each test.
 */
export async function adminBackendOnSandbox(prepare?: (sandbox: SandboxHandle) => Promise<void>) {
  const sandbox = await startSandbox({ scenario: 'nonprofit', rateLimits: 'off' });
  const events = new EventHub();
  const zoom = new ZoomService({
    environment: demoZoomEnvironment(sandbox.url),
    secrets: new MemorySecretStore(),
    openBrowser: async () => undefined,
    opensInTab: true,
    events,
    log: createMemoryLogger(),
    language: () => 'en',
  });
  cleanups.push(async () => {
    zoom.cancelSignIn();
    await sandbox.close();
  });
  await prepare?.(sandbox);
  await zoom.connectAccount({ accountId: sandboxOrganisation.accountId, ...demoServerToServerApp });
  return { sandbox, zoom, backend: testBackend({ zoom, events }) };
}

/** The owner, signed in: the session a dashboard test starts from when it fakes the backend. */
export const signedInOwner: SessionInfo = {
  state: 'signed-in',
  person: {
    name: 'Maria Lopez',
    email: 'maria@example.org',
    accountId: 'acct1',
    role: 'owner',
    kind: 'user',
  },
  signInUrl: null,
  error: null,
  secretBackend: 'memory',
};
