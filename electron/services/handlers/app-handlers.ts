import {
  LostSetting,
  SystemLanguageTag,
  type ApiHandlers,
  type AppInfo,
  type NoticeCode,
} from '../../../shared/api';
import { ApiError } from '../../../shared/errors';
import { externalUrlToOpen } from '../../../shared/external-links';
import type { EventHub } from '../events';
import type { Logger } from '../log';
import type { Documents } from '../settings/documents';
import type { ZoomService } from '../zoom-service';
import type { ZoomEnvironment } from '../zoom/environment';

/** How a link reaches the person's browser: Electron's shell, or a new tab in the browser host. */
export type OpenExternal = (url: string) => Promise<'system' | 'tab'>;

/** Where each Zoom lives: the organisation's app on zoom.us, or the embedded sandbox. */
export interface ZoomEnvironments {
  /** Where a client ID signs in: zoom.us, or the demo Zoom for an app built on its pages. */
  real(clientId: string): ZoomEnvironment | Promise<ZoomEnvironment>;
  demo(): Promise<ZoomEnvironment>;
}

export type AppHandlers = Pick<
  ApiHandlers,
  | 'getAppInfo'
  | 'dismissNotice'
  | 'getSettings'
  | 'updateSettings'
  | 'setZoomClientId'
  | 'openExternal'
>;

export interface AppPorts {
  readonly version: string;
  readonly host: AppInfo['host'];
  readonly platform: NodeJS.Platform;
  readonly systemLanguages?: () => ReadonlyArray<string>;
  readonly documents: Documents;
  readonly zoom: Pick<ZoomService, 'mode' | 'info' | 'switchEnvironment'>;
  readonly zoomEnvironments?: ZoomEnvironments;
  /** In demo mode, the sandbox's origin: its pages open like Zoom's, and its mailbox is linked. */
  readonly demoZoomOrigin?: () => string | null;
  readonly openExternal: OpenExternal;
  readonly events: EventHub;
  readonly log: Logger;
  /** The Zoom client ID this copy was built with, used when the person has not set one. */
  readonly builtInZoomClientId?: string | null;
}

export interface AppGroup {
  readonly handlers: AppHandlers;
  /**
   * Uses the organisation's Zoom app (client id) from now on; null: the one this copy was built
   * with, or the demo again when it has none.
   */
  useZoomApp(clientId: string | null): Promise<void>;
  /** The organisation's client ID in use (typed, from a pack, or built in); null in demo mode. */
  zoomClientInUse(): string | null;
}

function platformName(platform: NodeJS.Platform): AppInfo['platform'] {
  return platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other';
}

/** The app's own calls: what it is, its notices and settings, which Zoom it uses, links out. */
export function createAppHandlers(ports: AppPorts): AppGroup {
  const { events, log } = ports;
  const { settings, progress } = ports.documents;
  const demoOrigin = () => ports.demoZoomOrigin?.() ?? null;
  const notices = new Set<NoticeCode>();
  if (settings.wasReset) notices.add('settings-reset');
  if (progress.wasReset) notices.add('progress-reset');
  if (ports.zoom.info().secretBackend === 'memory') notices.add('secrets-not-kept');

  const builtIn = ports.builtInZoomClientId ?? null;
  const zoomClientInUse = (): string | null => settings.get().zoomClientId ?? builtIn;
  /** Where the client ID in use came from (the invitation pack's, when it is the pack's). */
  const zoomClientSource = (): AppInfo['zoomClientSource'] => {
    const inUse = zoomClientInUse();
    if (ports.zoom.mode !== 'zoom' || inUse === null) return null;
    if (inUse === builtIn) return 'built-in';
    return ports.documents.progress.get().invitation?.zoomClientId === inUse
      ? 'invitation'
      : 'typed';
  };

  const appInfo = (): AppInfo => ({
    name: 'ReadyRoom',
    version: ports.version,
    mode: ports.zoom.mode,
    host: ports.host,
    platform: platformName(ports.platform),
    notices: [...notices],
    lostSettings: notices.has('settings-reset')
      ? settings.lostFields.flatMap((field) => {
          const known = LostSetting.safeParse(field);
          return known.success ? [known.data] : [];
        })
      : [],
    demoMailboxUrl: demoOrigin() ? `${demoOrigin()}/_sandbox/mailbox` : null,
    zoomClientSource: zoomClientSource(),
    systemLanguages: systemLanguageTags(ports.systemLanguages?.() ?? []),
  });

  const useZoomApp = async (clientId: string | null): Promise<void> => {
    const environments = ports.zoomEnvironments;
    if (!environments) throw new ApiError('internal', 'No Zoom environments configured');
    settings.set({ ...settings.get(), zoomClientId: clientId });
    const next = clientId ?? builtIn;
    await ports.zoom.switchEnvironment(
      next ? await environments.real(next) : await environments.demo(),
    );
    events.emit('appInfoChanged', appInfo());
  };

  const handlers: AppHandlers = {
    getAppInfo: async () => appInfo(),
    dismissNotice: async ({ notice }) => {
      notices.delete(notice);
      const info = appInfo();
      events.emit('appInfoChanged', info);
      return info;
    },
    getSettings: async () => settings.get(),
    updateSettings: async (patch) => {
      const next = settings.set({ ...settings.get(), ...patch });
      events.emit('settingsChanged', next);
      return next;
    },
    setZoomClientId: async ({ clientId }) => {
      await useZoomApp(clientId);
      return appInfo();
    },
    openExternal: async ({ url: raw }) => {
      const origin = demoOrigin();
      // The parsed, normalised address goes on, never the raw text: another parser could read
      // the host of "https://zoom.us\\@evil.com" differently from the one that checked it.
      const url = externalUrlToOpen(raw, origin ? [origin] : []);
      if (url === null) {
        // Not its content: a refused link may hold anything, including what someone pasted.
        log.warn('Refused to open a link that is not on the allowlist', { length: raw.length });
        throw new ApiError('link-not-allowed');
      }
      try {
        // Checked against the allowlist just above.
        const openedBy = await ports.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
        return { openedBy, url };
      } catch (error) {
        throw new ApiError('link-open-failed', String(error));
      }
    },
  };

  return { handlers, useZoomApp, zoomClientInUse };
}

/** The OS's language tags as the renderer may see them: well-formed BCP 47 tags only, at most 10. */
function systemLanguageTags(tags: ReadonlyArray<string>): string[] {
  return tags.filter((tag) => SystemLanguageTag.safeParse(tag).success).slice(0, 10);
}
