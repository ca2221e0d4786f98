import type { AppInfo, ApiHandlers, MediaAccess, NoticeCode } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { isAllowedExternalUrl } from '../../shared/external-links';
import { EventHub } from './events';
import type { Logger } from './log';
import { decodeInvitationLink, parseInvitationPack } from '../../shared/invitation-pack';
import { applyProgressPatch, initialProgress, type WizardProgress } from '../../shared/wizard';
import { compareVersions } from '../../shared/version';
import { systemSettingsUrl } from './checks/system-settings';
import { findZoomApp, type ComputerPorts } from './checks/zoom-app';
import type { Documents } from './settings/documents';
import { createTeamHandlers } from './team/team-handlers';
import type { ZoomService } from './zoom-service';
import type { ZoomEnvironment } from './zoom/environment';

/** How a link reaches the person's browser: Electron's shell, or a new tab in the browser host. */
export type OpenExternal = (url: string) => Promise<'system' | 'tab'>;

export interface BackendPorts {
  readonly version: string;
  readonly host: AppInfo['host'];
  readonly platform: NodeJS.Platform;
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
  /** Where each Zoom lives: the organisation's app on zoom.us, or the embedded sandbox. */
  readonly zoomEnvironments?: {
    real(clientId: string): ZoomEnvironment;
    demo(): Promise<ZoomEnvironment>;
  };
  /** Where backend events go; the Zoom service shares it. */
  readonly events?: EventHub;
  /** In demo mode, the sandbox's origin: its pages open like Zoom's, and its mailbox is linked. */
  readonly demoZoomOrigin?: () => string | null;
  /** Where the team snapshot is cached (null: not cached, as in tests). */
  readonly dataDir?: string;
  readonly notify?: (title: string, body: string) => void;
}

export interface Backend {
  readonly handlers: ApiHandlers;
  readonly events: EventHub;
}

function platformName(platform: NodeJS.Platform): AppInfo['platform'] {
  return platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other';
}

/** Implements the API contract with the services: the one backend behind every transport. */
export function createBackend(ports: BackendPorts): Backend {
  const events = ports.events ?? new EventHub();
  const demoOrigin = () => ports.demoZoomOrigin?.() ?? null;
  const { settings, progress } = ports.documents;
  const now = ports.now ?? (() => new Date());
  const notices = new Set<NoticeCode>();
  if (settings.wasReset) notices.add('settings-reset');
  if (progress.wasReset) notices.add('progress-reset');
  if (ports.zoom.info().secretBackend === 'memory') notices.add('secrets-not-kept');

  const appInfo = (): AppInfo => ({
    name: 'ReadyRoom',
    version: ports.version,
    mode: ports.zoom.mode,
    host: ports.host,
    platform: platformName(ports.platform),
    notices: [...notices],
    demoMailboxUrl: demoOrigin() ? `${demoOrigin()}/_sandbox/mailbox` : null,
  });

  /** Saves progress and tells every window (the pack may arrive from a menu or a link). */
  const saveProgress = (next: WizardProgress): WizardProgress => {
    const saved = progress.set(next);
    events.emit('progressChanged', saved);
    return saved;
  };

  /** Uses the organisation's Zoom app (client id) from now on, or the demo again (null). */
  const useZoomApp = async (clientId: string | null): Promise<void> => {
    const environments = ports.zoomEnvironments;
    if (!environments) throw new ApiError('internal', 'No Zoom environments configured');
    settings.set({ ...settings.get(), zoomClientId: clientId });
    await ports.zoom.switchEnvironment(
      clientId ? environments.real(clientId) : await environments.demo(),
    );
    events.emit('appInfoChanged', appInfo());
  };

  const handlers: ApiHandlers = {
    getAppInfo: async () => appInfo(),
    getSettings: async () => settings.get(),
    updateSettings: async (patch) => {
      const next = settings.set({ ...settings.get(), ...patch });
      events.emit('settingsChanged', next);
      return next;
    },
    getWizardProgress: async () => progress.get(),
    saveWizardProgress: async (patch) =>
      progress.set(applyProgressPatch(progress.get(), patch, now())),
    restartWizard: async () =>
      saveProgress({
        ...initialProgress,
        invitation: progress.get().invitation,
        updatedAt: now().toISOString(),
      }),
    openInvitation: async ({ kind, text }) => {
      const parsed = kind === 'file' ? parseInvitationPack(text) : decodeInvitationLink(text);
      if (!parsed.ok) {
        ports.log.warn('Refused an invitation pack', {
          reason: parsed.reason,
          detail: parsed.detail,
        });
        return { ok: false, reason: parsed.reason };
      }
      const saved = saveProgress({
        ...progress.get(),
        invitation: parsed.pack,
        updatedAt: now().toISOString(),
      });
      // The pack names the organisation's Zoom app: sign-in goes to their Zoom from now on.
      const clientId = parsed.pack.zoomClientId;
      if (clientId && clientId !== settings.get().zoomClientId) await useZoomApp(clientId);
      return { ok: true, pack: parsed.pack, progress: saved };
    },
    setZoomClientId: async ({ clientId }) => {
      await useZoomApp(clientId);
      return appInfo();
    },
    forgetInvitation: async () =>
      saveProgress({ ...progress.get(), invitation: null, updatedAt: now().toISOString() }),
    dismissNotice: async ({ notice }) => {
      notices.delete(notice);
      const info = appInfo();
      events.emit('appInfoChanged', info);
      return info;
    },
    checkZoomApp: async () => {
      const { location, version } = await findZoomApp(ports.computer);
      const minimumVersion = settings.get().minimumZoomVersion;
      const status = !location
        ? 'missing'
        : version === null
          ? 'version-unknown'
          : compareVersions(version, minimumVersion) < 0
            ? 'too-old'
            : 'installed';
      return { status, version, location, minimumVersion, checkedAt: now().toISOString() };
    },
    getMediaAccess: async () => ({
      microphone: ports.mediaAccess?.('microphone') ?? 'unknown',
      camera: ports.mediaAccess?.('camera') ?? 'unknown',
    }),
    openSystemSettings: async ({ page }) => {
      const url = systemSettingsUrl(ports.platform, page);
      return { opened: url ? await ports.openSystemUrl(url) : false };
    },
    getSession: async () => ports.zoom.info(),
    startSignIn: () => ports.zoom.startSignIn(),
    cancelSignIn: async () => ports.zoom.cancelSignIn(),
    signOut: () => ports.zoom.signOut(),
    connectAccount: (credentials) => ports.zoom.connectAccount(credentials),
    checkMyAccount: () =>
      ports.zoom.checkMyAccount({
        pack: progress.get().invitation,
        minimumVersion: settings.get().minimumZoomVersion,
      }),
    getMeetingDetails: () => ports.zoom.getMeetingDetails(progress.get().invitation),
    ...createTeamHandlers({
      zoom: ports.zoom,
      events,
      log: ports.log,
      now,
      dataDir: ports.dataDir ?? null,
      minimumZoomVersion: () => settings.get().minimumZoomVersion,
      language: () => settings.get().language ?? 'en',
      ...(ports.notify ? { notify: ports.notify } : {}),
    }),
    openExternal: async ({ url }) => {
      const origin = demoOrigin();
      if (!isAllowedExternalUrl(url, origin ? [origin] : [])) {
        ports.log.warn('Refused to open a link that is not on the allowlist', {
          url: url.slice(0, 200),
        });
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

  return { handlers, events };
}
