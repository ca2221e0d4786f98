import type { Role } from './settings';
import type { ZoomUser, ZoomUserSummary } from './zoom';
import type { Blocker, FixCode, InvitationFacts, Readiness } from './readiness-codes';
import {
  DAY_MS,
  compareVersions,
  displayVersion,
  hasVersion,
  toEpochMs,
  type Instant,
} from './readiness-measures';
import {
  addHostingBlockers,
  inviteeRoles,
  type HostingInput,
  type InviteeRole,
  type ZoomPersonRef,
} from './readiness-hosting';
import { isOwnPaidAccount } from './readiness-own-plan';
import { normaliseEmail } from './team-emails';

/**
 * The readiness model: from what Zoom says about one person to one stage and the blockers that
 * keep them from the next. The wizard and the dashboard both call `assessReadiness`, so a person
 * and their admin read the same stage and the same reasons.
 *
 * Stages: invited → activated → app-signed-in → ready, and "inactive" for a deactivated person.
 * Every stage but "ready" carries at least one blocking blocker; "ready" carries none (it may
 * carry warnings). Zoom's silence is not a problem: a field Zoom did not send (verified,
 * account_id, meetings, assistants) raises no blocker.
 */

export * from './readiness-codes';
export {
  compareVersions,
  daysBetween,
  displayVersion,
  DAY_MS,
  type Instant,
} from './readiness-measures';
export {
  hasSchedulingPrivilege,
  hostMeetingsFromZoom,
  inviteeRoles,
  type HostMeeting,
  type HostingInput,
  type InviteeRole,
  type ZoomPersonRef,
} from './readiness-hosting';

/** Zoom's pending invitations stop working after this many days; a resend starts a new count. */
export const INVITATION_EXPIRY_DAYS = 30;
/** An invitation this close to expiry gets an "expires soon" warning. */
export const EXPIRING_SOON_DAYS = 7;
// Longer expiries are not Zoom's and would make the day counts meaningless.
const MAX_EXPIRY_DAYS = 3650;
/** Zoom's meeting limit for Basic (unlicensed) users, in minutes. */
export const BASIC_MEETING_MINUTES = 40;

/** What Zoom says about one person, plus what ReadyRoom knows about the role they were given. */
export interface ReadinessInput {
  readonly user: ZoomUserSummary | ZoomUser;
  /** The role from the invitation pack; meeting-access checks run only for hosting roles. */
  readonly role?: InviteeRole;
  /** The email the invitation went to (from the pack): names the person's own paid plan. */
  readonly invitedEmail?: string;
  /** True when the invitation email bounced (undefined when ReadyRoom does not know). */
  readonly emailBounced?: boolean;
  /** The host whose meetings this person should be able to start, as Zoom describes them. */
  readonly hosting?: HostingInput;
  /** `GET /users/{person}/schedulers`: whom this person can schedule for. */
  readonly schedulers?: ReadonlyArray<ZoomPersonRef>;
}

/** The facts every assessment in one refresh shares. */
export interface ReadinessContext {
  readonly now: Instant;
  /** The organisation's Zoom account id; without it the wrong-account check is skipped. */
  readonly accountId?: string;
  /** The oldest Zoom app version the team may use, such as "5.17.0". */
  readonly minimumAppVersion: string;
  /** Defaults to Zoom's 30 days. */
  readonly invitationExpiryDays?: number;
  /** When the invitation was sent; defaults to Zoom's created_at, then user_created_at. */
  readonly invitationSentAt?: Instant | string;
  /** Who reads the result: it picks the licence fix (assign it, or ask for it). Default admin. */
  readonly viewer?: Role;
}

// Blockers without params are shared, frozen, so 10,000 assessments do not allocate them.
function fixed(code: Blocker['code'], severity: Blocker['severity'], fix: FixCode): Blocker {
  return Object.freeze({ code, severity, params: Object.freeze({}), fix });
}
const DEACTIVATED = fixed('deactivated', 'blocking', 'reactivate');
const NEVER_SIGNED_IN = fixed('never-signed-in-to-app', 'blocking', 'sign-in-to-app');
const UNDATED_INVITATION = fixed('invitation-pending', 'blocking', 'resend-invitation');
const NO_LICENSE_ADMIN = fixed('no-license', 'blocking', 'assign-license');
const NO_LICENSE_INVITEE = fixed('no-license', 'blocking', 'ask-admin-for-license');
const BASIC_PARAMS = Object.freeze({ minutes: BASIC_MEETING_MINUTES });

type Status = 'active' | 'inactive' | 'pending';

// Zoom always sends status; if it is missing or strange, a record without an id is an invitation.
function statusOf(user: Partial<ZoomUser>): Status {
  const status: unknown = user.status;
  if (status === 'active' || status === 'inactive' || status === 'pending') return status;
  return typeof user.id === 'string' && user.id.length > 0 ? 'active' : 'pending';
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function hasBlocking(blockers: ReadonlyArray<Blocker>): boolean {
  for (const b of blockers) if (b.severity === 'blocking') return true;
  return false;
}

/**
 * A person's readiness with what a meeting-access check found later (the blockers the hosting
 * checks gave then): added to theirs, and "ready" no more if one of them blocks — the same rule
 * `assessReadiness` applies when it is given the hosting facts itself.
 */
export function withHostingFindings(
  readiness: Readiness,
  findings: ReadonlyArray<Blocker>,
): Readiness {
  const have = new Set(readiness.blockers.map((b) => b.code));
  const added = findings.filter((b) => !have.has(b.code));
  if (added.length === 0) return readiness;
  const blockers = [...readiness.blockers, ...added];
  const stage =
    readiness.stage === 'ready' && hasBlocking(added) ? 'app-signed-in' : readiness.stage;
  return { ...readiness, stage, blockers };
}

/** Assesses one person: their stage and what keeps them from being ready. Never throws. */
export function assessReadiness(input: ReadinessInput, context: ReadinessContext): Readiness {
  const raw: unknown = input?.user;
  const user = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<ZoomUser>;
  const email = asString(user.email);
  const blockers: Blocker[] = [];
  const status = statusOf(user);

  if (status === 'inactive') return { stage: 'inactive', blockers: [DEACTIVATED] };
  if (status === 'pending')
    return assessInvitation(user, email, input?.emailBounced === true, context);

  const accountId = asString(context.accountId);
  const userAccount = asString(user.account_id);
  if (accountId !== '' && userAccount !== '' && userAccount !== accountId) {
    // This record belongs to another (usually personal) account: its licence and app say nothing
    // about the organisation's account, where the person has not arrived yet. On the invited
    // email and a plan they pay for, "sign in with the invited email" would go in a circle.
    blockers.push(
      isOwnPaidAccount(user, input?.invitedEmail)
        ? {
            code: 'own-paid-account',
            severity: 'blocking',
            params: { email },
            fix: 'decide-about-own-plan',
          }
        : {
            code: 'wrong-account',
            severity: 'blocking',
            params: { email },
            fix: 'sign-out-personal-account',
          },
    );
    return { stage: 'invited', blockers };
  }
  if (input?.emailBounced === true) {
    blockers.push({
      code: 'email-bounced',
      severity: 'warning',
      params: { email },
      fix: 'fix-email-address',
    });
  }

  const admin = context.viewer !== 'invitee';
  const type: unknown = user.type;
  // 3 (On-prem) is a licensed host on an older kind of account; it counts as Licensed.
  if (type === 1) {
    blockers.push({
      code: 'basic-not-licensed',
      severity: 'blocking',
      params: BASIC_PARAMS,
      fix: admin ? 'assign-license' : 'ask-admin-for-license',
    });
  } else if (type !== 2 && type !== 3) {
    blockers.push(admin ? NO_LICENSE_ADMIN : NO_LICENSE_INVITEE);
  }

  const verified: unknown = user.verified;
  if (verified !== undefined && verified !== null && verified !== 1 && verified !== true) {
    blockers.push({
      code: 'email-unverified',
      severity: 'blocking',
      params: { email },
      fix: 'verify-email',
    });
  }

  const version = asString(user.last_client_version);
  const signedIn = version.trim() !== '';
  if (!signedIn) {
    blockers.push(NEVER_SIGNED_IN);
  } else {
    const minimum = asString(context.minimumAppVersion);
    // A version Zoom recorded but nobody can read is not evidence of an old app.
    if (hasVersion(version) && hasVersion(minimum) && compareVersions(version, minimum) < 0) {
      blockers.push({
        code: 'app-too-old',
        severity: 'blocking',
        params: { version: displayVersion(version), minimum: displayVersion(minimum) },
        fix: 'update-app',
      });
    }
  }

  const role = input?.role;
  if (
    input?.hosting &&
    role !== undefined &&
    (inviteeRoles as ReadonlyArray<string>).includes(role)
  ) {
    addHostingBlockers(blockers, normaliseEmail(email), role, input.hosting, input.schedulers);
  }

  if (!signedIn) return { stage: 'activated', blockers };
  return { stage: hasBlocking(blockers) ? 'app-signed-in' : 'ready', blockers };
}

function assessInvitation(
  user: Partial<ZoomUser>,
  email: string,
  bounced: boolean,
  context: ReadinessContext,
): Readiness {
  const blockers: Blocker[] = [];
  if (bounced) {
    blockers.push({
      code: 'email-bounced',
      severity: 'blocking',
      params: { email },
      fix: 'fix-email-address',
    });
  }
  const now = toEpochMs(context.now);
  let sent = toEpochMs(context.invitationSentAt);
  if (Number.isNaN(sent)) sent = toEpochMs(user.created_at);
  if (Number.isNaN(sent)) sent = toEpochMs(user.user_created_at);
  if (Number.isNaN(sent) || Number.isNaN(now)) {
    blockers.push(UNDATED_INVITATION);
    return { stage: 'invited', blockers };
  }

  const requested = context.invitationExpiryDays;
  const expiryDays =
    typeof requested === 'number' && requested > 0 && requested <= MAX_EXPIRY_DAYS
      ? requested
      : INVITATION_EXPIRY_DAYS;
  // A clock a little behind Zoom's must not show an invitation from the future.
  const ageMs = Math.max(0, now - sent);
  const days = Math.floor(ageMs / DAY_MS);
  const expiryMs = expiryDays * DAY_MS;
  const expired = ageMs >= expiryMs;
  const daysLeft = expired ? 0 : Math.ceil((expiryMs - ageMs) / DAY_MS);

  if (expired) {
    blockers.push({
      code: 'invitation-expired',
      severity: 'blocking',
      params: { days, expiryDays },
      fix: 'cancel-and-reinvite',
    });
  } else {
    blockers.push({
      code: 'invitation-pending',
      severity: 'blocking',
      params: { days },
      fix: 'resend-invitation',
    });
    if (daysLeft <= EXPIRING_SOON_DAYS) {
      blockers.push({
        code: 'invitation-expiring',
        severity: 'warning',
        params: { daysLeft },
        fix: 'resend-invitation',
      });
    }
  }
  const invitation: InvitationFacts = { sentAt: sent, daysPending: days, daysLeft, expired };
  return { stage: 'invited', blockers, invitation };
}
