import type { ApiHandlers, MediaAccess } from '../../../shared/api';
import { decodeInvitationLink, parseInvitationPack } from '../../../shared/invitation-pack';
import {
  applyProgressPatch,
  completeStep,
  restartProgress,
  skipStep,
  withInvitation,
  type WizardProgress,
} from '../../../shared/wizard';
import { checkMyAccount } from '../checks/account-check';
import { connectionEndpoints, measureConnection } from '../checks/connection-check';
import { makeNewHostKey } from '../checks/host-key';
import { getMeetingDetails } from '../checks/meeting-details';
import { systemSettingsUrl } from '../checks/system-settings';
import { checkZoomApp, type ComputerPorts } from '../checks/zoom-app';
import type { EventHub } from '../events';
import type { Logger } from '../log';
import type { Documents } from '../settings/documents';
import type { ZoomEnvironment } from '../zoom/environment';
import type { FetchPort } from '../zoom/oauth-endpoints';
import { requireSignedIn, type SignedInZoom } from '../zoom/signed-in-zoom';
import { invitationChanges } from '../../../shared/invitation-changes';
import { ApiError } from '../../../shared/errors';

export type WizardHandlers = Pick<
  ApiHandlers,
  | 'getWizardProgress'
  | 'saveWizardProgress'
  | 'completeWizardStep'
  | 'skipWizardStep'
  | 'restartWizard'
  | 'openInvitation'
  | 'forgetInvitation'
  | 'checkZoomApp'
  | 'getMediaAccess'
  | 'openSystemSettings'
  | 'checkMyAccount'
  | 'getMeetingDetails'
  | 'makeNewHostKey'
  | 'checkConnection'
>;

export interface WizardPorts {
  readonly documents: Documents;
  readonly platform: NodeJS.Platform;
  readonly computer: ComputerPorts;
  /** The OS's own answer about device access (Electron on Mac and Windows); absent elsewhere. */
  readonly mediaAccess?: (device: 'microphone' | 'camera') => MediaAccess;
  /** Opens an OS settings link (fixed strings from system-settings.ts only). */
  readonly openSystemUrl: (url: string) => Promise<boolean>;
  readonly zoom: SignedInZoom;
  /** The pack names the organisation's Zoom app: sign-in goes to their Zoom from then on. */
  readonly useZoomApp: (clientId: string) => Promise<void>;
  /** The organisation's client ID in use, the built-in one included; null in demo mode. */
  readonly zoomClientInUse?: () => string | null;
  readonly events: EventHub;
  readonly log: Logger;
  readonly now: () => Date;
  /**
   * The Zoom in use for the connection check (the sandbox in demo mode), and the fetch that
   * reaches it; absent where there is no Zoom to measure.
   */
  readonly zoomInUse?: () => {
    readonly mode: 'demo' | 'zoom';
    readonly environment: ZoomEnvironment;
  };
  readonly zoomFetch?: FetchPort;
}

/** The invitee's wizard: their progress, the invitation pack, and each step's live check. */
export function createWizardHandlers(ports: WizardPorts): WizardHandlers {
  const { events, now } = ports;
  const { settings, progress } = ports.documents;

  /** The one way progress is written: saved, then announced to every window. */
  const save = (change: (current: WizardProgress) => WizardProgress): WizardProgress => {
    const saved = progress.set(change(progress.get()));
    events.emit('progressChanged', saved);
    return saved;
  };

  return {
    getWizardProgress: async () => progress.get(),
    saveWizardProgress: async (patch) => save((p) => applyProgressPatch(p, patch, now())),
    completeWizardStep: async ({ step, how }) => save((p) => completeStep(p, step, how, now())),
    skipWizardStep: async ({ step }) => save((p) => skipStep(p, step, now())),
    restartWizard: async () => save((p) => restartProgress(p, now())),
    openInvitation: async ({ kind, text, replace }) => {
      const parsed = kind === 'file' ? parseInvitationPack(text) : decodeInvitationLink(text);
      if (!parsed.ok) {
        ports.log.warn('Refused an invitation pack', {
          reason: parsed.reason,
          detail: parsed.detail,
        });
        return { ok: false, reason: parsed.reason };
      }
      // The Zoom app in use, the built-in one included: a pack never switches it silently.
      const inUse = ports.zoomClientInUse?.() ?? settings.get().zoomClientId;
      const { changes, needsConfirmation } = invitationChanges(
        progress.get().invitation,
        inUse,
        parsed.pack,
      );
      if (needsConfirmation && replace !== true) {
        ports.log.info('An invitation would change what the person has; asking first', {
          fields: changes.map((c) => c.field),
        });
        return { ok: false, reason: 'needs-confirmation', pack: parsed.pack, changes };
      }
      const saved = save((p) => withInvitation(p, parsed.pack, now()));
      const clientId = parsed.pack.zoomClientId;
      if (clientId && clientId !== inUse) await ports.useZoomApp(clientId);
      return { ok: true, pack: parsed.pack, progress: saved };
    },
    forgetInvitation: async () => save((p) => withInvitation(p, null, now())),
    checkZoomApp: async () =>
      checkZoomApp(ports.computer, settings.get().minimumZoomVersion, now()),
    getMediaAccess: async () => ({
      microphone: ports.mediaAccess?.('microphone') ?? 'unknown',
      camera: ports.mediaAccess?.('camera') ?? 'unknown',
    }),
    openSystemSettings: async ({ page }) => {
      const url = systemSettingsUrl(ports.platform, page);
      return { opened: url ? await ports.openSystemUrl(url) : false };
    },
    checkMyAccount: async () =>
      checkMyAccount(requireSignedIn(ports.zoom).client, {
        pack: progress.get().invitation,
        minimumVersion: settings.get().minimumZoomVersion,
        now: now(),
      }),
    getMeetingDetails: async () =>
      getMeetingDetails(requireSignedIn(ports.zoom).client, progress.get().invitation),
    // The key goes to the person's screen only; it is never logged or saved.
    makeNewHostKey: async () => makeNewHostKey(requireSignedIn(ports.zoom).client),
    // Needs no sign-in: it times requests to Zoom's servers, and sends nothing about the person.
    checkConnection: async () => {
      const zoom = ports.zoomInUse?.();
      if (!zoom) throw new ApiError('internal', 'No Zoom to measure the connection to');
      const result = await measureConnection(connectionEndpoints(zoom.mode, zoom.environment), {
        fetch: ports.zoomFetch ?? ((url, init) => fetch(url, init)),
        now,
      });
      ports.log.info('Measured the connection to Zoom', {
        target: result.target,
        status: result.status,
        ...(result.status === 'measured'
          ? {
              roundTripMs: result.roundTripMs,
              downloadKbps: result.downloadKbps,
              uploadKbps: result.uploadKbps,
            }
          : {}),
      });
      return result;
    },
  };
}
