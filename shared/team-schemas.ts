import { z } from 'zod';
import { ErrorCode } from './errors';
import { hasUnsafeText } from './invitation-pack';
import { Blocker, Readiness, ReadinessStage } from './readiness-codes';
import { ZoomUserStatus, ZoomUserSummary } from './zoom';

/**
 * The shapes of the admin's dashboard: the team as ReadyRoom last saw it in Zoom, refresh
 * progress, and the outcomes of the fixes. They cross the transports (checked by the contract)
 * and the team snapshot on disk is parsed with the same schemas.
 */

/** The three lists `GET /users?status=…` answers; a refresh reads all three. */
export const teamLists = ['active', 'pending', 'inactive'] as const satisfies ReadonlyArray<
  z.infer<typeof ZoomUserStatus>
>;

/** When ReadyRoom first saw a person at a stage. */
export const StageEvent = z.object({ stage: ReadinessStage, at: z.string() });
export type StageEvent = z.infer<typeof StageEvent>;

/**
 * The admin's last nudge of a person, recorded by the backend when it happened: an invitation
 * sent again (or to a fixed address), or a personal message she copied, mailed or saved.
 */
export const Nudge = z.object({
  at: z.string().max(40),
  how: z.enum(['invitation', 'message']),
});
export type Nudge = z.infer<typeof Nudge>;

/**
 * What the meeting-access doctor last found for a person (kept when the admin ran it): as Zoom
 * answered at `checkedAt`, for the host and role she checked. Absent: never checked here.
 */
export const MeetingAccessNote = z.object({
  checkedAt: z.string().max(40),
  role: z.enum(['co-admin', 'alternative-host']),
  host: z.object({ email: z.string().max(320), name: z.string().max(200) }),
  /** The host's upcoming meetings the doctor looked at, and how many of them they can't start. */
  meetings: z.number().int().min(0),
  cannotStart: z.number().int().min(0),
  /** The person may schedule for the host (Zoom's scheduling privilege). */
  schedulingPrivilege: z.boolean(),
  /** Something keeps them from starting (or, for a co-admin, scheduling) the host's meetings. */
  blocked: z.boolean(),
  /** What the hosting checks found then, in the readiness model's words (part of their readiness). */
  findings: z.array(Blocker).max(10).readonly(),
});
export type MeetingAccessNote = z.infer<typeof MeetingAccessNote>;

/** One person as the dashboard shows them. */
export const TeamPerson = z.object({
  /** What Zoom's user list said (never a host key). */
  user: ZoomUserSummary,
  readiness: Readiness,
  /** The stages ReadyRoom has seen, oldest first. */
  history: z.array(StageEvent).readonly(),
  /** The admin said the invitation email came back. */
  bounced: z.boolean(),
  /** Not confirmed by the last refresh: the list it belongs to failed, so this is older data. */
  stale: z.boolean(),
  /** When the admin last nudged them from ReadyRoom (absent: never, on this computer). */
  lastNudge: Nudge.optional(),
  /** The meeting-access doctor's last finding for them (absent: never checked on this computer). */
  meetingAccess: MeetingAccessNote.optional(),
});
export type TeamPerson = z.infer<typeof TeamPerson>;

export const autoRefreshChoices = [0, 5, 15, 30, 60] as const;
export const AutoRefreshMinutes = z.union([
  z.literal(0),
  z.literal(5),
  z.literal(15),
  z.literal(30),
  z.literal(60),
]);
export type AutoRefreshMinutes = z.infer<typeof AutoRefreshMinutes>;

/** A name a person reads in a message: no control characters or angle brackets. */
export const OrganisationName = z
  .string()
  .trim()
  .max(120)
  .refine((s) => !hasUnsafeText(s), { message: 'HTML or control characters are not allowed' });

/** What the admin chose once and ReadyRoom remembers with the snapshot. */
export const TeamPrefs = z.object({
  /** 0: only when the admin presses Refresh. */
  autoRefreshMinutes: AutoRefreshMinutes,
  /** For the onboarding message and invitation pack ("" until the admin fills it). */
  organisationName: OrganisationName,
});
export type TeamPrefs = z.infer<typeof TeamPrefs>;

export const StageCounts = z.record(ReadinessStage, z.number().int());
export type StageCounts = z.infer<typeof StageCounts>;

/** The team as the dashboard shows it: the last snapshot, with readiness worked out for now. */
export const TeamView = z.object({
  /** The Zoom account the snapshot belongs to (null: no snapshot for this sign-in). */
  accountId: z.string().nullable(),
  /** Goes up by one with every change, so windows know when to ask again. */
  revision: z.number().int(),
  /** When Zoom's lists were read (null: never). */
  fetchedAt: z.string().nullable(),
  /** False when a list failed: the people of that list are from an earlier refresh. */
  complete: z.boolean(),
  failedLists: z.array(ZoomUserStatus).readonly(),
  /** True until the first refresh since ReadyRoom started: a saved copy, "as of" fetchedAt. */
  fromCache: z.boolean(),
  people: z.array(TeamPerson).readonly(),
  counts: StageCounts,
  /** Everyone (deactivated accounts aside) is ready, in a complete snapshot. */
  allReady: z.boolean(),
  prefs: TeamPrefs,
});
export type TeamView = z.infer<typeof TeamView>;

/** The most first rows the dashboard asks for before the whole team (a window's worth). */
export const MAX_FIRST_ROWS = 200;
export const FirstRowsArgs = z
  .object({ count: z.number().int().min(1).max(MAX_FIRST_ROWS) })
  .strict();

/**
 * The first rows of the team, in the table's first order (stage, then name), so a big team's
 * table starts at once while the whole team is on its way. Only the rows are partial: the counts,
 * "everyone is ready" and `total` are about everyone. Nothing may be said about "everyone" from
 * `people` (who needs the admin, who is in the team): the dashboard waits for `getTeam` for that.
 */
export const TeamFirstRows = TeamView.omit({ people: true }).extend({
  people: z.array(TeamPerson).max(MAX_FIRST_ROWS).readonly(),
  /** How many people the whole team has. */
  total: z.number().int().min(0),
});
export type TeamFirstRows = z.infer<typeof TeamFirstRows>;

/** One list's progress during a refresh. */
export const ListProgress = z.object({
  status: ZoomUserStatus,
  state: z.enum(['loading', 'done', 'failed', 'cancelled']),
  fetched: z.number().int(),
  /** Zoom's total_records once the first page arrived. */
  total: z.number().int().nullable(),
  error: ErrorCode.nullable(),
});
export type ListProgress = z.infer<typeof ListProgress>;

/** The `teamRefreshProgress` event: counts while paging through Zoom. */
export const RefreshProgress = z.object({
  running: z.boolean(),
  startedAt: z.string(),
  lists: z.array(ListProgress).readonly(),
});
export type RefreshProgress = z.infer<typeof RefreshProgress>;

export const RefreshOutcome = z.enum(['complete', 'partial', 'failed', 'cancelled']);
export type RefreshOutcome = z.infer<typeof RefreshOutcome>;

export const RefreshResult = z.object({
  outcome: RefreshOutcome,
  /** The first list's failure, in words the UI can translate. */
  error: ErrorCode.nullable(),
  view: TeamView,
});
export type RefreshResult = z.infer<typeof RefreshResult>;

/** What is wrong with an address itself: each has its own sentence for the admin. */
export const addressProblems = [
  'no-at',
  'two-at',
  'space',
  'too-long',
  'no-name',
  'no-domain',
  'dot-at-end',
  'dots',
  'bad-character',
  'no-dot-in-domain',
  'bad-domain',
] as const;
export const AddressProblem = z.enum(addressProblems);
export type AddressProblem = z.infer<typeof AddressProblem>;

/** Why ReadyRoom refused an address before asking Zoom. */
export const EmailProblem = z.enum([...addressProblems, 'duplicate', 'in-team']);
export type EmailProblem = z.infer<typeof EmailProblem>;

export const Licence = z.enum(['licensed', 'basic']);
export type Licence = z.infer<typeof Licence>;

const EmailArg = z.string().trim().min(3).max(254);

/**
 * Addresses per `inviteTeam` call: the dialog sends a long list in groups this size, so each
 * call stays small and the admin sees progress (and can stop) between groups.
 */
export const INVITES_PER_CALL = 100;

/** Invitations Zoom lets a Pro account send a day (`POST /users` creates); Business has more. */
export const ZOOM_DAILY_INVITES = 1500;

/** One address to invite, with the name when the admin gave one. */
export const InvitePerson = z
  .object({
    email: z.string().max(320),
    firstName: z.string().trim().max(64).optional(),
    lastName: z.string().trim().max(64).optional(),
  })
  .strict();
export type InvitePerson = z.infer<typeof InvitePerson>;

/** The most addresses one paste may hold (matches team-emails' MAX_PASTED_EMAILS). */
const MAX_WAITING = 10_000;

/** Addresses a bulk invite kept for later (Zoom's daily limit, or the admin stopped). */
export const WaitingList = z.object({
  /** When the list was last saved (ISO time). */
  savedAt: z.string().max(40),
  people: z.array(InvitePerson).max(MAX_WAITING),
});
export type WaitingList = z.infer<typeof WaitingList>;

export const SaveWaitingArgs = z
  .object({ people: z.array(InvitePerson).max(MAX_WAITING) })
  .strict();

export const InviteArgs = z
  .object({
    people: z.array(InvitePerson).min(1).max(INVITES_PER_CALL),
    licence: Licence,
  })
  .strict();

/** What happened to one address. */
export const InviteItem = z.object({
  email: z.string(),
  outcome: z.enum(['invited', 'refused', 'failed', 'not-tried']),
  /** Refused by ReadyRoom before asking Zoom. */
  problem: EmailProblem.nullable(),
  /** Zoom's answer (1005, 1009, licences, daily limit…) or why it was not tried. */
  error: ErrorCode.nullable(),
});
export type InviteItem = z.infer<typeof InviteItem>;

export const InviteResult = z.object({
  /** One per address sent, in the same order. */
  results: z.array(InviteItem).max(INVITES_PER_CALL).readonly(),
  /** What made ReadyRoom stop asking Zoom (the daily limit…): later addresses meet it too. */
  stoppedBy: ErrorCode.nullable(),
  /** For the daily limit: when Zoom takes invitations again (ISO time), when Zoom said. */
  retryAt: z.string().nullable(),
});
export type InviteResult = z.infer<typeof InviteResult>;

export const EmailOnly = z.object({ email: EmailArg }).strict();

export const ChangeEmailArgs = z
  .object({ email: EmailArg, newEmail: z.string().max(320) })
  .strict();

/** Resend and "fix the address": the old invitation is cancelled first, then a new one sent. */
export const ResendResult = z.object({
  /** resent: both steps worked; cancelled-only: the new invitation failed (see error). */
  outcome: z.enum(['resent', 'cancelled-only']),
  email: z.string(),
  error: ErrorCode.nullable(),
});
export type ResendResult = z.infer<typeof ResendResult>;

export const SetBouncedArgs = z.object({ email: EmailArg, bounced: z.boolean() }).strict();

/** The admin sent a personal message (copied, opened in her mail app, or saved the pack). */
export const RecordNudgeArgs = z.object({ email: EmailArg, how: z.literal('message') }).strict();

export const TeamPrefsPatch = z
  .object({
    autoRefreshMinutes: AutoRefreshMinutes.optional(),
    organisationName: OrganisationName.optional(),
  })
  .strict();

/** What the meeting-access doctor is asked: can `person` start (and schedule) `host`'s meetings? */
export const DoctorArgs = z
  .object({
    hostEmail: EmailArg,
    personEmail: EmailArg,
    /** co-admin: schedules and starts; alternative-host: starts only. */
    role: z.enum(['co-admin', 'alternative-host']),
  })
  .strict();
export type DoctorArgs = z.infer<typeof DoctorArgs>;

/** What Zoom says about one side of the check. */
export const DoctorParty = z.object({
  email: z.string(),
  name: z.string(),
  found: z.boolean(),
  licensed: z.boolean(),
  onAccount: z.boolean(),
  /** Why Zoom could not say, when it could not. */
  error: ErrorCode.nullable(),
});
export type DoctorParty = z.infer<typeof DoctorParty>;

export const DoctorMeeting = z.object({
  id: z.string(),
  topic: z.string(),
  startTime: z.string().nullable(),
  joinUrl: z.string().nullable(),
  isAlternativeHost: z.boolean(),
});
export type DoctorMeeting = z.infer<typeof DoctorMeeting>;

export const MeetingAccessReport = z.object({
  checkedAt: z.string(),
  role: z.enum(['co-admin', 'alternative-host']),
  host: DoctorParty,
  person: DoctorParty,
  meetings: z.array(DoctorMeeting).readonly(),
  /** The person is the host's assistant (may schedule for them). */
  schedulingPrivilege: z.boolean(),
  /** The person's readiness with the meeting-access checks (the wizard's words). */
  readiness: Readiness.nullable(),
  /** Green: both licensed on the account, and nothing blocks the person's access. */
  ok: z.boolean(),
});
export type MeetingAccessReport = z.infer<typeof MeetingAccessReport>;

export const MeetingFixItem = z.object({
  id: z.string(),
  topic: z.string(),
  ok: z.boolean(),
  error: ErrorCode.nullable(),
});
export type MeetingFixItem = z.infer<typeof MeetingFixItem>;

export const MeetingFixResult = z.object({
  results: z.array(MeetingFixItem).readonly(),
  /** The doctor's check, run again after the fix. */
  report: MeetingAccessReport,
});
export type MeetingFixResult = z.infer<typeof MeetingFixResult>;

export const TeamChanged = z.object({ revision: z.number().int() });
export const TeamAllReady = z.object({ at: z.string(), people: z.number().int() });
