import { z } from 'zod';
import {
  ChangeEmailArgs,
  DoctorArgs,
  EmailOnly,
  InviteArgs,
  InviteResult,
  MeetingAccessReport,
  MeetingFixResult,
  Nudge,
  RecordNudgeArgs,
  RefreshProgress,
  RefreshResult,
  ResendResult,
  SaveWaitingArgs,
  SetBouncedArgs,
  TeamAllReady,
  TeamChanged,
  TeamPrefs,
  TeamPrefsPatch,
  TeamFirstRows,
  FirstRowsArgs,
  TeamView,
  WaitingList,
} from './team-schemas';

const NoArgs = z.object({}).strict();

/**
 * The dashboard's calls and events (team readiness and the admin's fixes). Kept beside the main
 * contract so the two grow without stepping on each other; `shared/api.ts` merges them in.
 * Every call needs an owner or admin signed in, except `getTeam`, which shows the saved copy.
 */
export const teamCalls = {
  /** The team as last saw it (the saved copy at first), instantly, without asking Zoom. */
  getTeam: { args: NoArgs, result: TeamView },
  /** The first rows of that team (and its counts), for a big team's first moment on screen. */
  getTeamFirstRows: { args: FirstRowsArgs, result: TeamFirstRows },
  /** Reads Zoom's three user lists (active, pending, inactive); progress comes as events. */
  refreshTeam: { args: NoArgs, result: RefreshResult },
  /** Stops the running refresh; the last snapshot stays. */
  cancelTeamRefresh: { args: NoArgs, result: z.object({ cancelled: z.boolean() }) },
  updateTeamPrefs: { args: TeamPrefsPatch, result: TeamPrefs },
  /** Sends Zoom's invitation to each address; a result for every address given. */
  inviteTeam: { args: InviteArgs, result: InviteResult },
  /** The addresses kept for later for the signed-in admin's account, or null. */
  getWaitingInvites: { args: NoArgs, result: WaitingList.nullable() },
  /** Keeps a new list for later (empty: none); `saved` false when it could not be written. */
  saveWaitingInvites: { args: SaveWaitingArgs, result: z.object({ saved: z.boolean() }) },
  /** Cancels the pending invitation, then invites the same address again (Zoom has no resend). */
  resendInvitation: { args: EmailOnly, result: ResendResult },
  /** Cancels a pending invitation (the link in the email stops working). */
  cancelInvitation: { args: EmailOnly, result: z.object({ email: z.string() }) },
  /** Cancels the invitation to a wrong address and invites the right one. */
  changeInvitationEmail: { args: ChangeEmailArgs, result: ResendResult },
  /** Makes an active Basic account Licensed (`PATCH /users/{email}` with type 2). */
  assignLicence: { args: EmailOnly, result: z.object({ email: z.string() }) },
  /** Turns a deactivated account on again (`PUT /users/{email}/status`, action `activate`). */
  reactivateUser: { args: EmailOnly, result: z.object({ email: z.string() }) },
  /** The admin's note that the invitation email came back (Zoom does not tell). */
  setEmailBounced: {
    args: SetBouncedArgs,
    result: z.object({ email: z.string(), bounced: z.boolean() }),
  },
  /** Notes that the admin just sent the person a message; resends are noted by themselves. */
  recordNudge: {
    args: RecordNudgeArgs,
    result: z.object({ email: z.string(), nudge: Nudge }),
  },
  /** The meeting-access doctor: can the person start (and schedule) the host's meetings? */
  checkMeetingAccess: { args: DoctorArgs, result: MeetingAccessReport },
  /** Makes the person the host's assistant (scheduling privilege), then checks again. */
  grantSchedulingPrivilege: { args: DoctorArgs, result: MeetingAccessReport },
  /** Adds the person as alternative host on each upcoming meeting, then checks again. */
  addAlternativeHost: { args: DoctorArgs, result: MeetingFixResult },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;

/** Events the team service pushes (refresh progress, "everyone is ready"). */
export const teamEvents = {
  /** The snapshot changed: windows with an older revision ask `getTeam` again. */
  teamChanged: TeamChanged,
  teamRefreshProgress: RefreshProgress,
  /** Everyone became ready (sent once per change from not-ready to ready). */
  teamAllReady: TeamAllReady,
} as const satisfies Record<string, z.ZodType>;
