import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { apiCallNames, type ReadyRoomApi, type ReadyRoomTransport } from '../../shared/api';
import { createBackend, type Backend, type BackendPorts } from '../../electron/services/backend';
import { dispatchCall } from '../../electron/services/dispatch';
import { createMemoryLogger } from '../../electron/services/log';
import { openDocuments } from '../../electron/services/settings/documents';
import type { KeyValueStore } from '../../electron/services/settings/persisted-document';
import { createApiClient } from '../../renderer/bridge/api-client';
import { EventHub } from '../../electron/services/events';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { ZoomService } from '../../electron/services/zoom-service';
import { demoZoomEnvironment } from '../../electron/services/zoom/environment';

/** A settings store kept in memory (what conf does, without the file). */
export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore {
  return { path: ':memory:', store: { ...initial } };
}

/** A fresh, empty temporary folder. */
export function tempDir(prefix = 'readyroom-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The real backend over memory settings, with every port replaceable. */
export function testBackend(overrides: Partial<BackendPorts> = {}): Backend & {
  opened: string[];
} {
  const opened: string[] = [];
  const log = createMemoryLogger();
  const documents = overrides.documents ?? openDocuments(tempDir(), () => memoryStore(), log);
  const events = overrides.events ?? new EventHub();
  // No Zoom here: tests that talk to Zoom start a sandbox and pass their own ZoomService.
  const zoom =
    overrides.zoom ??
    new ZoomService({
      environment: demoZoomEnvironment('http://127.0.0.1:9'),
      secrets: new MemorySecretStore(),
      openBrowser: async () => undefined,
      opensInTab: true,
      events,
      log,
      language: () => 'en',
    });
  const backend = createBackend({
    version: '0.0.0-test',
    host: 'browser',
    platform: 'linux',
    log,
    computer: {
      platform: 'linux',
      env: {},
      homeDir: '/home/test',
      fileExists: async () => false,
      readText: async () => null,
      run: async () => null,
    },
    openExternal: async (url) => {
      opened.push(url);
      return 'system';
    },
    openSystemUrl: async (url) => {
      opened.push(url);
      return true;
    },
    ...overrides,
    documents,
    events,
    zoom,
  });
  return { ...backend, opened };
}

/** A transport that calls the backend directly, as IPC or HTTP would, envelopes and all. */
export function inProcessTransport(backend: Backend): ReadyRoomTransport {
  const log = createMemoryLogger();
  const calls = Object.fromEntries(
    apiCallNames.map((name) => [
      name,
      async (args: unknown) =>
        JSON.parse(JSON.stringify(await dispatchCall(backend.handlers, name, args, log))),
    ]),
  );
  return {
    ...calls,
    on: (event, listener) =>
      backend.events.subscribe((e) => {
        if (e.name === event) listener(JSON.parse(JSON.stringify(e.payload)));
      }),
  } as ReadyRoomTransport;
}

/** The renderer's API client wired straight to a real backend. */
export function inProcessApi(backend: Backend): ReadyRoomApi {
  return createApiClient(inProcessTransport(backend));
}
