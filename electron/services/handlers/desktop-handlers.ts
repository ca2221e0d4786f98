import os from 'node:os';
import type {
  ApiHandlers,
  AppInfo,
  HelperReport,
  InvitationOutcome,
  UpdateStatus,
} from '../../../shared/api';
import { redactText } from '../../../shared/redact';
import type { LoggedProblem, Logger } from '../log';
import type { Documents } from '../settings/documents';
import type { ZoomService } from '../zoom-service';

export type DesktopHandlers = Pick<
  ApiHandlers,
  | 'getHelperReport'
  | 'reportProblem'
  | 'takeInvitationOutcome'
  | 'getUpdateStatus'
  | 'restartToUpdate'
>;

/**
 * What the desktop app adds (electron/main composes it): the logger's last problems, updates, and
 * invitations that arrived from outside the window. The browser host passes only the problems.
 */
export interface DesktopPorts {
  readonly recentProblems: () => ReadonlyArray<LoggedProblem>;
  readonly updateStatus: () => UpdateStatus;
  readonly restartToUpdate: () => UpdateStatus;
  readonly takeInvitationOutcome: () => InvitationOutcome | null;
}

/** The computer and runtime, as the helper report names them. */
export interface SystemDescription {
  readonly os: string;
  readonly arch: string;
  readonly electron: string | null;
  readonly chrome: string | null;
  readonly node: string;
}

export interface DesktopHandlerPorts {
  readonly version: string;
  readonly host: AppInfo['host'];
  readonly documents: Documents;
  readonly zoom: Pick<ZoomService, 'mode' | 'info'>;
  readonly log: Logger;
  readonly now: () => Date;
  readonly desktop?: Partial<DesktopPorts>;
  readonly system?: () => SystemDescription;
}

/** This computer: OS name and release, processor type, and the runtime versions. */
export function describeSystem(): SystemDescription {
  const versions = process.versions as NodeJS.ProcessVersions & {
    electron?: string;
    chrome?: string;
  };
  return {
    os: `${os.type()} ${os.release()}`.slice(0, 100),
    arch: os.arch(),
    electron: versions.electron ?? null,
    chrome: versions.chrome ?? null,
    node: versions.node,
  };
}

const updatesOff: UpdateStatus = { state: 'off', version: null, checkedAt: null };

/** The report for a helper, updates, and the desktop's invitation inbox. */
export function createDesktopHandlers(ports: DesktopHandlerPorts): DesktopHandlers {
  const { desktop = {}, log } = ports;
  return {
    getHelperReport: async (): Promise<HelperReport> => {
      const settings = ports.documents.settings.get();
      const progress = ports.documents.progress.get();
      const session = ports.zoom.info();
      return {
        madeAt: ports.now().toISOString(),
        app: { version: ports.version, host: ports.host, mode: ports.zoom.mode },
        system: (ports.system ?? describeSystem)(),
        language: settings.language,
        role: settings.role,
        wizard: {
          currentStep: progress.currentStep,
          completed: progress.completed,
          skipped: progress.skipped,
          selfReported: progress.selfReported,
          hasInvitation: progress.invitation !== null,
        },
        session: {
          state: session.state,
          kind: session.person?.kind ?? null,
          secretBackend: session.secretBackend,
          error: session.error,
        },
        updates: desktop.updateStatus?.() ?? updatesOff,
        // Redacted by the logger already; again here, as the report leaves the computer.
        problems: (desktop.recentProblems?.() ?? [])
          .slice(-20)
          .map((p) => ({ ...p, message: redactText(p.message).slice(0, 300) })),
      };
    },
    reportProblem: async ({ where, message }) => {
      log.error('A screen stopped working', { where, message });
      return { logged: true };
    },
    takeInvitationOutcome: async () => desktop.takeInvitationOutcome?.() ?? null,
    getUpdateStatus: async () => desktop.updateStatus?.() ?? updatesOff,
    restartToUpdate: async () => desktop.restartToUpdate?.() ?? updatesOff,
  };
}
