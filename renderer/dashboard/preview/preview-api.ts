import {
  apiCallNames,
  type AccountCheck,
  type ApiArgs,
  type ApiCallName,
  type ApiResult,
  type AppInfo,
  type MeetingDetails,
  type ReadyRoomApi,
  type SessionInfo,
  type ZoomAppCheck,
} from '../../../shared/api';
import { ApiError } from '../../../shared/errors';
import type { InvitationPack } from '../../../shared/invitation-pack';
import { displayVersion } from '../../../shared/readiness';
import type { Settings } from '../../../shared/settings';
import type { TeamPerson } from '../../../shared/team-schemas';
import { personName } from '../../../shared/team-table';
import { compareVersions } from '../../../shared/version';
import { wizardStepIds, type WizardProgress, type WizardStepId } from '../../../shared/wizard';

/**
 * The api under the admin's read-only wizard preview. Every call of the contract is classified
 * here, and TypeScript refuses to compile when a new call is not: "read" calls are answered from
 * what the dashboard already knows (the person as Zoom described them at the last refresh, and
 * the admin's own app info and settings); "refuse" calls — anything that changes something,
 * reaches Zoom or touches this computer (links, sign-in, saving progress, host keys, camera and
 * microphone access, system settings) — throw without doing anything. Nothing here talks to the
 * backend.
 */
export const previewCallKinds = {
  getAppInfo: 'read',
  getSettings: 'read',
  updateSettings: 'refuse',
  dismissNotice: 'refuse',
  getWizardProgress: 'read',
  saveWizardProgress: 'refuse',
  completeWizardStep: 'refuse',
  skipWizardStep: 'refuse',
  restartWizard: 'refuse',
  openInvitation: 'refuse',
  forgetInvitation: 'refuse',
  setZoomClientId: 'refuse',
  checkZoomApp: 'read',
  getMediaAccess: 'refuse',
  openSystemSettings: 'refuse',
  openExternal: 'refuse',
  getSession: 'read',
  startSignIn: 'refuse',
  cancelSignIn: 'refuse',
  signOut: 'refuse',
  connectAccount: 'refuse',
  checkMyAccount: 'read',
  getMeetingDetails: 'read',
  makeNewHostKey: 'refuse',
  checkConnection: 'refuse',
  diagnoseConnection: 'refuse',
  getTeam: 'refuse',
  getTeamFirstRows: 'refuse',
  refreshTeam: 'refuse',
  cancelTeamRefresh: 'refuse',
  updateTeamPrefs: 'refuse',
  inviteTeam: 'refuse',
  getWaitingInvites: 'refuse',
  saveWaitingInvites: 'refuse',
  resendInvitation: 'refuse',
  cancelInvitation: 'refuse',
  changeInvitationEmail: 'refuse',
  assignLicence: 'refuse',
  reactivateUser: 'refuse',
  setEmailBounced: 'refuse',
  recordNudge: 'refuse',
  checkMeetingAccess: 'refuse',
  grantSchedulingPrivilege: 'refuse',
  addAlternativeHost: 'refuse',
  getHelperReport: 'refuse',
  reportProblem: 'refuse',
  takeInvitationOutcome: 'read',
  getUpdateStatus: 'read',
  restartToUpdate: 'refuse',
} as const satisfies Record<ApiCallName, 'read' | 'refuse'>;

export type PreviewReadName = {
  [N in ApiCallName]: (typeof previewCallKinds)[N] extends 'read' ? N : never;
}[ApiCallName];

/** What a preview is drawn from: the person as the dashboard knows them (or nobody), and when. */
export interface PreviewSubject {
  /** The person as Zoom described them at the last refresh; null for "Preview the wizard". */
  readonly person: TeamPerson | null;
  /** When Zoom's lists were read (the team view's fetchedAt). */
  readonly fetchedAt: string | null;
  /** The step to show. */
  readonly step: WizardStepId;
  /** The pack the person would have opened (organisation and admin), when one can be made. */
  readonly invitation: InvitationPack | null;
  /** The admin's own app info and settings (platform, demo mode, minimum Zoom version). */
  readonly info: AppInfo;
  readonly settings: Settings;
}

/** The error every refused call throws: nothing was asked of the backend, Zoom or the OS. */
export class PreviewRefusal extends ApiError {
  constructor(name: ApiCallName) {
    super('internal', `"${name}" does nothing in a preview`);
  }
}

/** The wizard progress a preview starts at: the step, with the steps before it done. */
export function previewProgress(subject: PreviewSubject): WizardProgress {
  const index = wizardStepIds.indexOf(subject.step);
  return {
    schemaVersion: 1,
    currentStep: subject.step,
    completed: subject.person ? wizardStepIds.slice(0, index) : [],
    skipped: [],
    selfReported: [],
    answers: { activationPath: null, signInMethod: null, paysForZoom: null, ownPlanChoice: null },
    invitation: subject.invitation,
    updatedAt: null,
  };
}

/** Signed in as the person once they have an account (an invitation not yet accepted: not). */
export function previewSession(subject: PreviewSubject): SessionInfo {
  const person = subject.person;
  const signedIn = person !== null && person.readiness.stage !== 'invited';
  return {
    state: signedIn ? 'signed-in' : 'signed-out',
    person: signedIn
      ? {
          name: personName(person.user),
          email: person.user.email,
          accountId: subject.invitation?.organisation.zoomAccountId ?? '',
          role: 'member',
          kind: 'user',
        }
      : null,
    signInUrl: null,
    error: null,
    secretBackend: 'keychain',
  };
}

/**
 * The account check as Zoom's user list described the person (never a live GET /users/me); null,
 * as for a person signed out, until they have an account (previewSession).
 */
export function previewAccountCheck(subject: PreviewSubject): AccountCheck | null {
  const person = subject.person;
  if (!person || person.readiness.stage === 'invited') return null;
  return {
    checkedAt: subject.fetchedAt ?? '',
    email: person.user.email,
    name: personName(person.user),
    accountId: subject.invitation?.organisation.zoomAccountId ?? null,
    onOrganisationAccount: !person.readiness.blockers.some(
      (b) => b.code === 'wrong-account' || b.code === 'own-paid-account',
    ),
    userType: person.user.type,
    lastClientVersion: person.user.last_client_version ?? null,
    signInMethods: [],
    readiness: person.readiness,
  };
}

/**
 * The Zoom app as Zoom last saw it (last_client_version), not this computer's: the admin's own
 * computer says nothing about the person's. Without a version from Zoom, the app counts as missing.
 */
export function previewZoomApp(subject: PreviewSubject): ZoomAppCheck {
  const version = subject.person?.user.last_client_version ?? null;
  const minimumVersion = subject.settings.minimumZoomVersion;
  const shown = version ? displayVersion(version) || version : null;
  return {
    status: !shown
      ? 'missing'
      : compareVersions(shown, minimumVersion) < 0
        ? 'too-old'
        : 'installed',
    version: shown,
    location: null,
    minimumVersion,
    checkedAt: subject.fetchedAt ?? '',
  };
}

/** The personal meeting ID from Zoom's user list; the meetings list is not read for a preview. */
export function previewMeetings(subject: PreviewSubject): MeetingDetails {
  const pmi = subject.person?.user.pmi;
  return {
    pmi: pmi === undefined ? null : String(pmi),
    personalMeetingUrl: null,
    alternativeHostMeetings: null,
  };
}

type Readers = { readonly [N in PreviewReadName]: (args: ApiArgs<N>) => ApiResult<N> };

function readers(subject: PreviewSubject): Readers {
  return {
    getAppInfo: () => ({ ...subject.info, notices: [], lostSettings: [] }),
    getSettings: () => subject.settings,
    getWizardProgress: () => previewProgress(subject),
    checkZoomApp: () => previewZoomApp(subject),
    getSession: () => previewSession(subject),
    checkMyAccount: () => {
      const check = previewAccountCheck(subject);
      if (!check) throw new ApiError('not-signed-in', 'no person in this preview');
      return check;
    },
    getMeetingDetails: () => previewMeetings(subject),
    takeInvitationOutcome: () => null,
    getUpdateStatus: () => ({ state: 'off', version: null, checkedAt: null }),
  };
}

const isRead = (name: ApiCallName): name is PreviewReadName => previewCallKinds[name] === 'read';

/**
 * The preview api. `onRefused` hears each refused call (for tests, and so nothing is silent);
 * events never arrive, since nothing in a preview changes.
 */
export function createPreviewApi(
  subject: PreviewSubject,
  onRefused: (name: ApiCallName) => void = () => undefined,
): ReadyRoomApi {
  const answers = readers(subject);
  const handlers: Partial<Record<ApiCallName, (args: unknown) => Promise<unknown>>> = {};
  for (const name of apiCallNames) {
    handlers[name] = isRead(name)
      ? async (args: unknown) => (answers[name] as (a: unknown) => unknown)(args)
      : async () => {
          onRefused(name);
          throw new PreviewRefusal(name);
        };
  }
  return { ...(handlers as ReadyRoomApi), on: () => () => undefined };
}
