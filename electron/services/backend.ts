import type { ApiHandlers, AppInfo, MediaAccess } from '../../shared/api';
import type { ComputerPorts } from './checks/zoom-app';
import { EventHub } from './events';
import {
  createAppHandlers,
  type OpenExternal,
  type ZoomEnvironments,
} from './handlers/app-handlers';
import { createConnectionHandlers } from './handlers/connection-handlers';
import { createDesktopHandlers, type DesktopPorts } from './handlers/desktop-handlers';
import { createSessionHandlers } from './handlers/session-handlers';
import { createWizardHandlers } from './handlers/wizard-handlers';
import type { Logger } from './log';
import type { Documents } from './settings/documents';
import { PendingSaves } from './pending-saves';
import { createTeamHandlers } from './team/team-handlers';
import type { ZoomService } from './zoom-service';
import type { FetchPort } from './zoom/oauth-endpoints';

export type { OpenExternal, ZoomEnvironments };

export interface BackendPorts {
  readonly version: string;
  readonly host: AppInfo['host'];
  readonly platform: NodeJS.Platform;
  /**
   * The operating system's preferred languages, most preferred first (Electron:
   * `app.getPreferredSystemLanguages()`); absent in the browser host, whose page knows the browser's.
   */
  readonly systemLanguages?: () => ReadonlyArray<string>;
  readonly documents: Documents;
  readonly computer: ComputerPorts;
  /** The OS's own answer about device access (Electron on Mac and Windows); absent elsewhere. */
  readonly mediaAccess?: (device: 'microphone' | 'camera') => MediaAccess;
  /** Opens an OS settings link (fixed strings from system-settings.ts only). */
  readonly openSystemUrl: (url: string) => Promise<boolean>;
  readonly now?: () => Date;
  readonly openExternal: OpenExternal;
  readonly log: Logger;
  readonly zoom: ZoomService;
  /** The fetch that reaches Zoom (tests watch it or take the network away); global fetch if absent. */
  readonly zoomFetch?: FetchPort;
  /** Where each Zoom lives: the organisation's app on zoom.us, or the embedded sandbox. */
  readonly zoomEnvironments?: ZoomEnvironments;
  /** The Zoom client ID this copy was built with (zoom/built-in-client-id.ts), or null. */
  readonly builtInZoomClientId?: string | null;
  /** Where backend events go; the Zoom service shares it. */
  readonly events?: EventHub;
  /** In demo mode, the sandbox's origin: its pages open like Zoom's, and its mailbox is linked. */
  readonly demoZoomOrigin?: () => string | null;
  /** Where the team snapshot is cached (null: not cached, as in tests). */
  readonly dataDir?: string;
  readonly notify?: (title: string, body: string) => void;
  /** The desktop app's logs, updates and invitation inbox (the browser host: its logs only). */
  readonly desktop?: Partial<DesktopPorts>;
}

/** The backend as every transport sees it: one handler per call, and the events it pushes. */
export interface Backend {
  readonly handlers: ApiHandlers;
  readonly events: EventHub;
  /** Finishes the writes planned just after an answer (call before the process ends). */
  flush(): Promise<void>;
}

/** The one backend behind every transport: the API contract, built from its groups of handlers. */
export function createBackend(ports: BackendPorts): Backend {
  const events = ports.events ?? new EventHub();
  const now = ports.now ?? (() => new Date());
  const { settings } = ports.documents;
  const saves = new PendingSaves();
  const app = createAppHandlers({ ...ports, events });
  const connection = createConnectionHandlers({ zoom: ports.zoom, events, log: ports.log, now });
  const handlers: ApiHandlers = {
    ...app.handlers,
    ...createWizardHandlers({
      ...ports,
      events,
      now,
      useZoomApp: app.useZoomApp,
      zoomClientInUse: app.zoomClientInUse,
      zoomInUse: () => ({ mode: ports.zoom.mode, environment: ports.zoom.environment }),
    }),
    ...createSessionHandlers(ports.zoom),
    ...connection.handlers,
    ...createDesktopHandlers({ ...ports, now }),
    // A team call that fails for want of a scope, a role or a licence runs the doctor again.
    ...connection.observe(
      createTeamHandlers({
        zoom: ports.zoom,
        events,
        log: ports.log,
        now,
        dataDir: ports.dataDir ?? null,
        minimumZoomVersion: () => settings.get().minimumZoomVersion,
        language: () => settings.get().language ?? 'en',
        ...(ports.notify ? { notify: ports.notify } : {}),
        saves,
      }),
    ),
  };
  return { handlers, events, flush: () => saves.flush() };
}
