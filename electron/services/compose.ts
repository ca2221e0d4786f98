import path from 'node:path';
import { createBackend, type Backend, type BackendPorts } from './backend';
import { EventHub } from './events';
import type { Logger } from './log';
import { chooseSecretStore, type SecretStoreCandidate } from './secrets/choose-secret-store';
import { openDocuments, type Documents } from './settings/documents';
import type { KeyValueStore } from './settings/persisted-document';
import { ZoomService } from './zoom-service';
import { isDemoAppClientId } from '../../shared/demo-apps';
import { demoZoomEnvironment, realZoomEnvironment, type ZoomEnvironment } from './zoom/environment';
import { builtInZoomClientId } from './zoom/built-in-client-id';
import type { FetchPort } from './zoom/oauth-endpoints';
import { pickLanguage } from '../../shared/languages';

/** The Zoom sandbox as demo mode runs it: where it listens, and how to stop it. */
export interface DemoZoom {
  readonly url: string;
  /** Its control endpoints' secret, for the tests that drive the demo; the app never uses it. */
  readonly controlSecret: string;
  close(): Promise<void>;
}

/** What demo mode's sandbox keeps in the person's data folder. */
export interface DemoZoomOptions {
  /** The apps an admin built on the demo Marketplace pages, kept between runs. */
  readonly appsFile: string;
}

/** What differs between Electron and the browser host; everything else is composed here once. */
export interface ComposeOptions extends Omit<
  BackendPorts,
  'documents' | 'zoom' | 'events' | 'demoZoomOrigin' | 'zoomEnvironments'
> {
  readonly dataDir: string;
  readonly openStore: (name: string) => KeyValueStore;
  readonly secretCandidates: ReadonlyArray<SecretStoreCandidate>;
  /** Opens Zoom's sign-in page (Electron: the system browser; browser host: nothing, the page does). */
  readonly openSignInPage: (url: string) => Promise<void>;
  readonly opensSignInInTab: boolean;
  /**
   * Starts the sandbox for demo mode. The composition roots load it with `import()`, so the
   * services never depend on it and a real account never loads it.
   */
  readonly startDemoZoom: (log: Logger, options: DemoZoomOptions) => Promise<DemoZoom>;
  /** Tests point ReadyRoom at a Zoom (sandbox) they started themselves. */
  readonly zoomEnvironment?: ZoomEnvironment;
  /** Tests watch what crosses the wire to Zoom. */
  readonly zoomFetch?: FetchPort;
  /** Tests: where an organisation's client ID signs in (real Zoom unless a sandbox plays it). */
  readonly zoomForClientId?: (clientId: string) => ZoomEnvironment;
}

export interface ComposedBackend {
  readonly backend: Backend;
  readonly documents: Documents;
  readonly zoom: ZoomService;
  /** The embedded sandbox, once demo mode started it. */
  readonly sandbox: DemoZoom | null;
  close(): Promise<void>;
}

/**
 * Builds the one backend: documents, secrets, the Zoom connection — real Zoom when the admin
 * configured a client id, otherwise demo mode on the embedded sandbox (started here, on 127.0.0.1).
 */
export async function composeBackend(options: ComposeOptions): Promise<ComposedBackend> {
  const { log } = options;
  const documents = openDocuments(options.dataDir, options.openStore, log);
  // The person's own choice first, then the client ID this copy was built with.
  const builtInClientId =
    options.builtInZoomClientId === undefined ? builtInZoomClientId() : options.builtInZoomClientId;
  const clientId = documents.settings.get().zoomClientId ?? builtInClientId;
  let sandbox: DemoZoom | null = null;
  const startDemo = async (): Promise<ZoomEnvironment> => {
    sandbox ??= await options.startDemoZoom(quiet(log), {
      appsFile: path.join(options.dataDir, 'demo-zoom-apps.json'),
    });
    return demoZoomEnvironment(sandbox.url);
  };
  // An app built on the demo Zoom's own Marketplace pages signs in there, so the guide can be
  // walked end to end in demo mode; every other client ID is a real Zoom app.
  const real = async (id: string): Promise<ZoomEnvironment> => {
    if (options.zoomForClientId) return options.zoomForClientId(id);
    if (isDemoAppClientId(id)) return { ...(await startDemo()), clientId: id };
    return realZoomEnvironment(id);
  };
  const environment =
    options.zoomEnvironment ?? (clientId ? await real(clientId) : await startDemo());
  const { store: secrets } = await chooseSecretStore(options.secretCandidates, log);
  const events = new EventHub();
  const zoom = new ZoomService({
    environment,
    secrets,
    openBrowser: options.openSignInPage,
    opensInTab: options.opensSignInInTab,
    events,
    log,
    // The callback page's language: the person's choice, else the system's first that we offer.
    language: () =>
      documents.settings.get().language ?? pickLanguage(options.systemLanguages?.() ?? []),
    ...(options.zoomFetch ? { fetch: options.zoomFetch } : {}),
  });
  await zoom.restore();
  const backend = createBackend({
    ...options,
    documents,
    zoom,
    events,
    zoomEnvironments: { real, demo: startDemo },
    builtInZoomClientId: builtInClientId,
    dataDir: options.dataDir,
    // In demo mode the sandbox's pages (sign-in, mailbox) may be opened like Zoom's.
    demoZoomOrigin: () =>
      zoom.mode === 'demo' ? new URL(zoom.environment.oauthBase).origin : null,
  });
  return {
    backend,
    documents,
    zoom,
    get sandbox() {
      return sandbox;
    },
    close: async () => {
      zoom.cancelSignIn();
      await backend.flush();
      await sandbox?.close();
    },
  };
}

/** The sandbox's own log, kept to warnings: it is part of the app in demo mode. */
function quiet(log: Logger): Logger {
  return { info: () => undefined, warn: log.warn, error: log.error };
}
