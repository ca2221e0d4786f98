/**
 * The names of the contract's calls and events, and their IPC channels, without the schemas: the
 * preload needs only these, and importing `shared/api.ts` would bundle zod and every schema into
 * it. `tests/unit/api-names.test.ts` checks that this list and the contract name the same things.
 */

export const apiCallNameList = [
  'getAppInfo',
  'getSettings',
  'updateSettings',
  'dismissNotice',
  'getWizardProgress',
  'saveWizardProgress',
  'completeWizardStep',
  'skipWizardStep',
  'restartWizard',
  'openInvitation',
  'forgetInvitation',
  'setZoomClientId',
  'checkZoomApp',
  'getMediaAccess',
  'openSystemSettings',
  'openExternal',
  'getSession',
  'startSignIn',
  'cancelSignIn',
  'signOut',
  'connectAccount',
  'checkMyAccount',
  'getMeetingDetails',
  'makeNewHostKey',
  'checkConnection',
  'diagnoseConnection',
  'getTeam',
  'getTeamFirstRows',
  'refreshTeam',
  'cancelTeamRefresh',
  'updateTeamPrefs',
  'inviteTeam',
  'getWaitingInvites',
  'saveWaitingInvites',
  'resendInvitation',
  'cancelInvitation',
  'changeInvitationEmail',
  'assignLicence',
  'reactivateUser',
  'setEmailBounced',
  'recordNudge',
  'checkMeetingAccess',
  'grantSchedulingPrivilege',
  'addAlternativeHost',
  'getHelperReport',
  'reportProblem',
  'takeInvitationOutcome',
  'getUpdateStatus',
  'restartToUpdate',
] as const;

export const apiEventNameList = [
  'settingsChanged',
  'appInfoChanged',
  'progressChanged',
  'sessionChanged',
  'teamChanged',
  'teamRefreshProgress',
  'teamAllReady',
  'invitationOutcome',
  'updateStatusChanged',
  'connectionDiagnosed',
] as const;

export type ApiCallNameInList = (typeof apiCallNameList)[number];
export type ApiEventNameInList = (typeof apiEventNameList)[number];

/** The IPC channel of one call (the same function as in `shared/api.ts`). */
export const callChannel = (name: ApiCallNameInList): string => `readyroom:${name}`;
/** The one channel every backend event travels on. */
export const eventChannel = 'readyroom:event';
