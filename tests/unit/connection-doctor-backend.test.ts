import type { ConnectionDiagnosis } from '../../shared/connection-doctor';
import { sandboxOrganisation } from '../../electron/sandbox/constants';
import { startSandbox } from '../../electron/sandbox/server';
import { EventHub } from '../../electron/services/events';
import { createMemoryLogger } from '../../electron/services/log';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { ZoomService } from '../../electron/services/zoom-service';
import { demoZoomEnvironment } from '../../electron/services/zoom/environment';
import { testBackend } from '../support/in-process';
import { adminBackendOnSandbox } from '../support/sandbox-backend';
import { callSandboxControl } from '../support/sandbox-control';

/** The doctor behind `diagnoseConnection`, on the real backend against the sandbox. */
describe('the connection doctor on the real backend', () => {
  it('finds nothing wrong with the demo’s admin connection', async () => {
    const { backend } = await adminBackendOnSandbox();
    const d = await backend.handlers.diagnoseConnection({ purpose: 'admin' });
    expect(d.problems).toEqual([]);
    expect(d.checks.find((c) => c.id === 'role')?.state).toBe('passed');
    expect(d.grantedScopes).toContain('user:read:admin');
  });

  it('names the scopes an app lacks, and runs again when a team call is refused', async () => {
    const sandbox = await startSandbox({ scenario: 'nonprofit', rateLimits: 'off' });
    try {
      const built = await callSandboxControl(sandbox, 'apps', {
        type: 'server-to-server',
        publicClient: false,
        redirectAllowList: [],
        scopes: ['user:read:user:admin'],
        activated: true,
      });
      const app = (await built.json()) as { client_id: string; client_secret: string };
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
      await zoom.connectAccount({
        accountId: sandboxOrganisation.accountId,
        clientId: app.client_id,
        clientSecret: app.client_secret,
      });
      const backend = testBackend({ zoom, events });
      const d = await backend.handlers.diagnoseConnection({ purpose: 'admin' });
      const missing = d.problems.find((p) => p.code === 'scopes-missing');
      expect(missing?.page).toBe('scopes');
      expect(missing?.scopes).toContain('user:read:list_users:admin');
      expect(missing?.scopes).not.toContain('user:read:user:admin');

      const heard = new Promise<ConnectionDiagnosis>((resolve) => {
        events.subscribe((event) => {
          if (event.name === 'connectionDiagnosed') resolve(event.payload);
        });
      });
      await expect(
        backend.handlers.assignLicence({ email: 'someone@example.org' }),
      ).rejects.toMatchObject({ code: 'missing-scopes' });
      const again = await heard;
      expect(again.problems.map((p) => p.code)).toContain('scopes-missing');
    } finally {
      await sandbox.close();
    }
  });
});
