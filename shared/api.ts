import { z } from 'zod';
import { teamCalls, teamEvents } from './api-team';
import { ApiErrorBody, ErrorCode } from './errors';
import { Readiness } from './readiness';
import { Settings, SettingsPatch } from './settings';
import { InvitationPack, PackParseReason } from './invitation-pack';
import { MESSAGE_MAX_BYTES } from './limits';
import { StepCompletion, WizardProgress, WizardProgressPatch, WizardStepId } from './wizard';
import { InvitationChange } from './invitation-changes';
import { ConnectionDiagnosis, ConnectionPurpose } from './connection-doctor';
import { ConnectionCheck } from './connection-advice';

/**
 * The one contract between the UI and the backend. Electron's IPC, the preload bridge and the
 * browser host's HTTP routes are all generated from this table, so a call exists everywhere or
 * nowhere.
 */

const NoArgs = z.object({}).strict();

/** Things the backend wants the person to know once, such as "your settings were reset". */
export const NoticeCode = z.enum(['settings-reset', 'progress-reset', 'secrets-not-kept']);

/** A setting a damaged settings file can lose (each has its own plain name on screen). */
export const LostSetting = z.enum(['language', 'role', 'minimumZoomVersion', 'zoomClientId']);
export type LostSetting = z.infer<typeof LostSetting>;
export type NoticeCode = z.infer<typeof NoticeCode>;

/** A BCP 47 language tag as operating systems give them ("en-US", "zh-Hans-CN", "fil"). */
export const SystemLanguageTag = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/);

export const AppInfo = z.object({
  name: z.literal('ReadyRoom'),
  version: z.string(),
  /** demo: the built-in Zoom sandbox; zoom: a real Zoom account. */
  mode: z.enum(['demo', 'zoom']),
  /** electron: the desktop app; browser: the browser host (same backend over HTTP). */
  host: z.enum(['electron', 'browser']),
  platform: z.enum(['darwin', 'win32', 'linux', 'other']),
  notices: z.array(NoticeCode).readonly(),
  /** After 'settings-reset': the settings that could not be read back and went to their defaults. */
  lostSettings: z.array(LostSetting).readonly(),
  /** In demo mode: the sandbox's mailbox, where the invitation emails it "sent" can be read. */
  demoMailboxUrl: z.string().nullable(),
  /**
   * Where the Zoom client ID in use came from: built into this copy of ReadyRoom, an invitation
   * pack, or typed by the person; null in demo mode.
   */
  zoomClientSource: z.enum(['built-in', 'invitation', 'typed']).nullable(),
  /**
   * The operating system's preferred languages, most preferred first, from this computer
   * (Electron's `app.getPreferredSystemLanguages()`); empty in the browser host, where the page
   * reads the browser's own (`navigator.languages`).
   */
  systemLanguages: z.array(SystemLanguageTag).max(10).readonly(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const OpenExternalResult = z.object({
  /** system: the backend opened the system browser; tab: the browser host asks the page to open a tab. */
  openedBy: z.enum(['system', 'tab']),
  url: z.string(),
});

/** What the "Install the Zoom app" step found on this computer. */
export const ZoomAppCheck = z.object({
  status: z.enum(['installed', 'too-old', 'missing', 'version-unknown']),
  version: z.string().nullable(),
  location: z.string().nullable(),
  minimumVersion: z.string(),
  checkedAt: z.string(),
});
export type ZoomAppCheck = z.infer<typeof ZoomAppCheck>;

/** What the OS says about ReadyRoom's use of a device (Mac and Windows tell; elsewhere "unknown"). */
export const MediaAccess = z.enum(['granted', 'denied', 'restricted', 'not-determined', 'unknown']);
export type MediaAccess = z.infer<typeof MediaAccess>;

export const MediaAccessState = z.object({ microphone: MediaAccess, camera: MediaAccess });
export type MediaAccessState = z.infer<typeof MediaAccessState>;

export const SystemSettingsPage = z.enum(['microphone', 'camera']);

/** Opening an invitation pack: the pack, or one reason to tell the person. */
export const OpenInvitationResult = z.union([
  z.object({ ok: z.literal(true), pack: InvitationPack, progress: WizardProgress }),
  z.object({ ok: z.literal(false), reason: PackParseReason }),
  /** It would replace the invitation or the Zoom app in use: nothing changed until confirmed. */
  z.object({
    ok: z.literal(false),
    reason: z.literal('needs-confirmation'),
    pack: InvitationPack,
    changes: z.array(InvitationChange).max(10),
  }),
]);
export type OpenInvitationResult = z.infer<typeof OpenInvitationResult>;

/** Who is signed in to Zoom, as the UI may know it (never a token). */
export const SessionPerson = z.object({
  name: z.string(),
  email: z.string(),
  accountId: z.string(),
  role: z.enum(['owner', 'admin', 'member']),
  /** user: the person signed in; account: an admin's Server-to-Server app. */
  kind: z.enum(['user', 'account']),
});
export type SessionPerson = z.infer<typeof SessionPerson>;

export const SessionInfo = z.object({
  state: z.enum(['signed-out', 'signing-in', 'signed-in']),
  person: SessionPerson.nullable(),
  /** While signing in: the Zoom page's address, to show again or copy. */
  signInUrl: z.string().nullable(),
  /** Why the last sign-in did not work, to say in plain words. */
  error: ErrorCode.nullable(),
  /** Where the sign-in is kept: the OS keychain, Electron's safeStorage, or memory only. */
  secretBackend: z.enum(['keychain', 'safe-storage', 'memory']),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const StartSignInResult = z.object({
  session: SessionInfo,
  /** The browser host opens this in a new tab (Electron opened the system browser itself). */
  openInTab: z.string().nullable(),
});

/** The live check of the signed-in person's own Zoom account (`GET /users/me`). */
export const AccountCheck = z.object({
  checkedAt: z.string(),
  email: z.string(),
  name: z.string(),
  accountId: z.string().nullable(),
  /** Whether the account is the organisation's (from the invitation pack); null when unknown. */
  onOrganisationAccount: z.boolean().nullable(),
  userType: z.number().int(),
  lastClientVersion: z.string().nullable(),
  /** How the person signs in to Zoom: email, google, apple, microsoft, facebook, sso. */
  signInMethods: z.array(z.string()),
  readiness: Readiness,
});
export type AccountCheck = z.infer<typeof AccountCheck>;

export const MeetingDetails = z.object({
  pmi: z.string().nullable(),
  personalMeetingUrl: z.string().nullable(),
  /** Meetings the person is alternative host on (from the host's list, where ReadyRoom may read it). */
  alternativeHostMeetings: z
    .array(
      z.object({
        id: z.string(),
        topic: z.string(),
        startTime: z.string().nullable(),
        joinUrl: z.string().nullable(),
        hostEmail: z.string(),
      }),
    )
    .nullable(),
});
export type MeetingDetails = z.infer<typeof MeetingDetails>;

/** The desktop app's updates: off (not installed, or the browser host), or where one is. */
export const UpdateStatus = z.object({
  state: z.enum(['off', 'idle', 'checking', 'downloading', 'ready']),
  /** The version that is downloading or ready to install. */
  version: z.string().max(50).nullable(),
  checkedAt: z.string().nullable(),
});
export type UpdateStatus = z.infer<typeof UpdateStatus>;

/**
 * What happened to an invitation that reached the desktop app from outside its window (the File
 * menu, a file opened with ReadyRoom, a readyroom: link): `openInvitation`'s answer, the file
 * could not be read, or the call failed. The window always has a sentence to show.
 */
export const InvitationOutcome = z.union([
  z.object({
    source: z.enum(['link', 'file']),
    status: z.literal('answered'),
    result: OpenInvitationResult,
  }),
  z.object({ source: z.enum(['link', 'file']), status: z.literal('unreadable') }),
  z.object({ source: z.enum(['link', 'file']), status: z.literal('failed'), error: ErrorCode }),
]);
export type InvitationOutcome = z.infer<typeof InvitationOutcome>;

/** A warning or error ReadyRoom logged (already redacted), for the report for a helper. */
export const LoggedProblem = z.object({
  at: z.string(),
  level: z.enum(['warn', 'error']),
  message: z.string().max(300),
});

/**
 * What a helper needs to know to help, and nothing secret: versions, where the person is, the
 * last problems ReadyRoom logged. No token, no email address, no name (the logger and the report
 * both redact).
 */
export const HelperReport = z.object({
  madeAt: z.string(),
  app: z.object({
    version: z.string(),
    host: AppInfo.shape.host,
    mode: AppInfo.shape.mode,
  }),
  system: z.object({
    os: z.string().max(100),
    arch: z.string().max(20),
    electron: z.string().max(30).nullable(),
    chrome: z.string().max(30).nullable(),
    node: z.string().max(30),
  }),
  language: z.string().max(10).nullable(),
  role: z.string().max(20).nullable(),
  wizard: z.object({
    currentStep: WizardStepId,
    completed: z.array(WizardStepId).readonly(),
    skipped: z.array(WizardStepId).readonly(),
    selfReported: z.array(WizardStepId).readonly(),
    hasInvitation: z.boolean(),
  }),
  session: z.object({
    state: SessionInfo.shape.state,
    kind: SessionPerson.shape.kind.nullable(),
    secretBackend: SessionInfo.shape.secretBackend,
    error: ErrorCode.nullable(),
  }),
  updates: UpdateStatus,
  problems: z.array(LoggedProblem).max(20).readonly(),
});
export type HelperReport = z.infer<typeof HelperReport>;

/** A host key ReadyRoom just set for the person (Zoom's API cannot read one back). */
export const NewHostKey = z.object({ hostKey: z.string().regex(/^\d{6,10}$/) });
export type NewHostKey = z.infer<typeof NewHostKey>;

export const apiCalls = {
  getAppInfo: { args: NoArgs, result: AppInfo },
  getSettings: { args: NoArgs, result: Settings },
  updateSettings: { args: SettingsPatch, result: Settings },
  dismissNotice: { args: z.object({ notice: NoticeCode }).strict(), result: AppInfo },
  getWizardProgress: { args: NoArgs, result: WizardProgress },
  saveWizardProgress: { args: WizardProgressPatch, result: WizardProgress },
  /** Marks a step done (checked, or vouched for) and moves on, by the rules in shared/wizard.ts. */
  completeWizardStep: {
    args: z.object({ step: WizardStepId, how: StepCompletion }).strict(),
    result: WizardProgress,
  },
  /** Marks a step skipped ("does not apply to me") and moves on. */
  skipWizardStep: { args: z.object({ step: WizardStepId }).strict(), result: WizardProgress },
  restartWizard: { args: NoArgs, result: WizardProgress },
  openInvitation: {
    args: z
      .object({
        kind: z.enum(['file', 'link']),
        text: z.string().max(MESSAGE_MAX_BYTES),
        /** The person saw the changes and chose the new invitation. */
        replace: z.boolean().optional(),
      })
      .strict(),
    result: OpenInvitationResult,
  },
  forgetInvitation: { args: NoArgs, result: WizardProgress },
  /** The organisation's Zoom app (public client id), or null to go back to the demo. */
  setZoomClientId: {
    args: z
      .object({
        clientId: z
          .string()
          .regex(/^[\w.-]{1,100}$/)
          .nullable(),
      })
      .strict(),
    result: AppInfo,
  },
  checkZoomApp: { args: NoArgs, result: ZoomAppCheck },
  getMediaAccess: { args: NoArgs, result: MediaAccessState },
  openSystemSettings: {
    args: z.object({ page: SystemSettingsPage }).strict(),
    result: z.object({ opened: z.boolean() }),
  },
  openExternal: {
    args: z.object({ url: z.string().max(2048) }).strict(),
    result: OpenExternalResult,
  },
  getSession: { args: NoArgs, result: SessionInfo },
  startSignIn: { args: NoArgs, result: StartSignInResult },
  cancelSignIn: { args: NoArgs, result: SessionInfo },
  signOut: { args: NoArgs, result: SessionInfo },
  connectAccount: {
    args: z
      .object({
        accountId: z.string().trim().min(1).max(100),
        clientId: z.string().trim().min(1).max(100),
        clientSecret: z.string().trim().min(1).max(200),
      })
      .strict(),
    result: SessionInfo,
  },
  checkMyAccount: { args: NoArgs, result: AccountCheck },
  getMeetingDetails: { args: NoArgs, result: MeetingDetails },
  /** Sets a new host key for the signed-in person (`PATCH /users/me`); only after they said yes. */
  makeNewHostKey: { args: NoArgs, result: NewHostKey },
  /** Round trip and speed between this computer and the Zoom in use, before the test meeting. */
  checkConnection: { args: NoArgs, result: ConnectionCheck },
  /** The connection doctor: checks the Zoom app and the signed-in person, names every fix. */
  diagnoseConnection: {
    args: z.object({ purpose: ConnectionPurpose }).strict(),
    result: ConnectionDiagnosis,
  },
  ...teamCalls,
  /** The report for a helper ("Copy a report for my helper"): versions, step, last problems. */
  getHelperReport: { args: NoArgs, result: HelperReport },
  /** A screen of the renderer failed; logged (redacted) so the helper report can say so. */
  reportProblem: {
    args: z.object({ where: z.enum(['screen']), message: z.string().max(500) }).strict(),
    result: z.object({ logged: z.boolean() }),
  },
  /** An invitation that arrived from outside before a window listened (a link at launch). */
  takeInvitationOutcome: { args: NoArgs, result: InvitationOutcome.nullable() },
  getUpdateStatus: { args: NoArgs, result: UpdateStatus },
  /** The person chose "Restart to update": installs the downloaded update and restarts. */
  restartToUpdate: { args: NoArgs, result: UpdateStatus },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;

export type ApiCallName = keyof typeof apiCalls;
export const apiCallNames = Object.keys(apiCalls) as ReadonlyArray<ApiCallName>;

export type ApiArgs<N extends ApiCallName> = z.input<(typeof apiCalls)[N]['args']>;
export type ApiResult<N extends ApiCallName> = z.output<(typeof apiCalls)[N]['result']>;

/** Whether a string names a call in the contract. */
export function isApiCallName(name: string): name is ApiCallName {
  return Object.hasOwn(apiCalls, name);
}

/** Events the backend pushes to every open window. */
export const apiEvents = {
  settingsChanged: Settings,
  appInfoChanged: AppInfo,
  progressChanged: WizardProgress,
  sessionChanged: SessionInfo,
  ...teamEvents,
  /** An invitation arrived from outside the window (menu, file, link): what came of it. */
  invitationOutcome: InvitationOutcome,
  updateStatusChanged: UpdateStatus,
  /** The connection doctor ran again because a team call ran into a scope, role or licence. */
  connectionDiagnosed: ConnectionDiagnosis,
} as const satisfies Record<string, z.ZodType>;

export type ApiEventName = keyof typeof apiEvents;
export const apiEventNames = Object.keys(apiEvents) as ReadonlyArray<ApiEventName>;
export type ApiEventPayload<E extends ApiEventName> = z.output<(typeof apiEvents)[E]>;
export type ApiEvent = {
  [E in ApiEventName]: { name: E; payload: ApiEventPayload<E> };
}[ApiEventName];

/** Whether a string names an event in the contract. */
export function isApiEventName(name: string): name is ApiEventName {
  return Object.hasOwn(apiEvents, name);
}

/** What every transport carries back for a call: a value, or an error code to translate. */
export const ApiEnvelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorBody }),
]);
export type ApiEnvelope = z.infer<typeof ApiEnvelope>;

/** The backend as the transports see it: one async function per call. */
export type ApiHandlers = { [N in ApiCallName]: (args: ApiArgs<N>) => Promise<ApiResult<N>> };

export type Unsubscribe = () => void;

/** What the renderer sees as `window.readyroom`, whichever host it runs in. */
export type ReadyRoomApi = ApiHandlers & {
  on<E extends ApiEventName>(
    event: E,
    listener: (payload: ApiEventPayload<E>) => void,
  ): Unsubscribe;
};

/** Names of the IPC channels, one per call, plus the single event channel. */
export const ipcChannel = (name: ApiCallName): string => `readyroom:${name}`;
export const ipcEventChannel = 'readyroom:event';

/**
 * The raw transport under `window.readyroom`: one function per call answering with an envelope,
 * and event subscription. The renderer wraps it with `createApiClient`, which checks every answer.
 */
export type ReadyRoomTransport = { [N in ApiCallName]: (args: unknown) => Promise<unknown> } & {
  on(event: ApiEventName, listener: (payload: unknown) => void): Unsubscribe;
};
