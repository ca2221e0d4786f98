import type { BlockerCode } from './readiness-codes';
import type { Nudge, TeamPerson } from './team-schemas';

/**
 * "Who needs you today": the people whose next step is the admin's, most urgent first, each with
 * the one fix that moves them on. Worked out only from what the team view already holds (Zoom's
 * lists, the readiness model, the admin's own notes, the nudges the backend recorded and what the
 * meeting-access doctor last found when she ran it).
 */

/** Why someone is on the list, most urgent first (the order of this list is the ranking). */
export const needsYouReasons = [
  // The link stops working within days (Zoom's invitations last 30 days: shared/readiness.ts).
  'invitation-expiring',
  // The email came back: no invitation or message can reach them until the address is fixed.
  'email-bounced',
  // The link no longer works at all.
  'invitation-expired',
  // Pending for more than a week: a reminder helps.
  'invitation-waiting',
  // Basic instead of Licensed: their meetings stop after 40 minutes.
  'not-licensed',
  // Never signed in to the Zoom app: a personal message with the steps.
  'never-signed-in-to-app',
  // An alternative host or co-admin who cannot start the meetings they should.
  'cannot-start-meetings',
] as const;
export type NeedsYouReason = (typeof needsYouReasons)[number];

/** The one-click fix for each reason (the dashboard's existing dialogs). */
export type NeedsYouFix = 'resend' | 'fixEmail' | 'licence' | 'message' | 'doctor';

export const needsYouFix: Readonly<Record<NeedsYouReason, NeedsYouFix>> = {
  'invitation-expiring': 'resend',
  'email-bounced': 'fixEmail',
  'invitation-expired': 'resend',
  'invitation-waiting': 'resend',
  'not-licensed': 'licence',
  'never-signed-in-to-app': 'message',
  'cannot-start-meetings': 'doctor',
};

/** The fixes that reach the person (a new email from Zoom, or her message): the ones to not repeat. */
export const nudgingFixes: ReadonlySet<NeedsYouFix> = new Set(['resend', 'message']);

/** "Pending for more than a week". */
export const WAITING_DAYS = 7;

export interface NeedsYouItem {
  readonly person: TeamPerson;
  readonly reason: NeedsYouReason;
  readonly fix: NeedsYouFix;
  /** For the invitation reasons: days left, or days waiting (for the sentence). */
  readonly days: number | null;
  readonly lastNudge: Nudge | null;
  /** She already nudged them today (on this computer's calendar): the fix waits for tomorrow. */
  readonly nudgedToday: boolean;
}

/** Whether two moments fall on the same calendar day where this computer is. */
export function sameLocalDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

/** Whether a nudge happened today (false for none, or a time that does not parse). */
export function nudgedOn(nudge: Nudge | null | undefined, now: Date): boolean {
  if (!nudge) return false;
  const at = new Date(nudge.at);
  return !Number.isNaN(at.getTime()) && sameLocalDay(at, now);
}

const has = (person: TeamPerson, code: BlockerCode) =>
  person.readiness.blockers.some((b) => b.code === code);

/** The most urgent reason a person needs the admin, or null when they do not. */
export function reasonFor(person: TeamPerson): NeedsYouReason | null {
  const status = person.user.status ?? 'active';
  if (status === 'inactive') return null;
  const invitation = person.readiness.invitation;
  if (status === 'pending') {
    if (has(person, 'email-bounced') || person.bounced) return 'email-bounced';
    if (has(person, 'invitation-expiring')) return 'invitation-expiring';
    if (has(person, 'invitation-expired')) return 'invitation-expired';
    if (invitation && invitation.daysPending > WAITING_DAYS) return 'invitation-waiting';
    return null;
  }
  if (
    person.readiness.blockers.some(
      (b) =>
        (b.code === 'basic-not-licensed' || b.code === 'no-license') && b.fix === 'assign-license',
    )
  )
    return 'not-licensed';
  if (has(person, 'never-signed-in-to-app')) return 'never-signed-in-to-app';
  // What the meeting-access doctor found when the admin last ran it for them.
  if (
    person.meetingAccess?.blocked ||
    has(person, 'not-alternative-host') ||
    has(person, 'no-scheduling-privilege')
  )
    return 'cannot-start-meetings';
  return null;
}

const rank: Readonly<Record<NeedsYouReason, number>> = Object.fromEntries(
  needsYouReasons.map((reason, i) => [reason, i]),
) as Record<NeedsYouReason, number>;

function daysFor(person: TeamPerson, reason: NeedsYouReason): number | null {
  const invitation = person.readiness.invitation;
  if (!invitation) return null;
  if (reason === 'invitation-expiring') return invitation.daysLeft;
  if (reason === 'invitation-waiting' || reason === 'invitation-expired')
    return invitation.daysPending;
  return null;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * The list, most urgent first: by reason (the order of `needsYouReasons`); within a reason, the
 * invitation closest to its end first, then the one waiting longest; then by name. People she
 * already nudged today go last, whatever their reason: they need nothing more from her today.
 */
export function needsYouToday(
  people: ReadonlyArray<TeamPerson>,
  now: Date,
): ReadonlyArray<NeedsYouItem> {
  // Each item's sort key is worked out once: 10,000 people sort in a few milliseconds.
  const keyed: Array<{ item: NeedsYouItem; order: number; name: string }> = [];
  for (const person of people) {
    const reason = reasonFor(person);
    if (!reason) continue;
    const fix = needsYouFix[reason];
    const lastNudge = person.lastNudge ?? null;
    const days = daysFor(person, reason);
    const nudgedToday = nudgingFixes.has(fix) && nudgedOn(lastNudge, now);
    // Nudged today last; then the reason; then the days (fewest left, or most waited).
    const raw = reason === 'invitation-expiring' ? (days ?? 0) : -(days ?? 0);
    const within = Math.max(-49_999, Math.min(49_999, raw));
    keyed.push({
      item: { person, reason, fix, days, lastNudge, nudgedToday },
      order: (nudgedToday ? 1e7 : 0) + rank[reason] * 1e5 + within + 50_000,
      name: `${person.user.first_name ?? ''} ${person.user.last_name ?? ''} ${person.user.email}`,
    });
  }
  keyed.sort((a, b) => a.order - b.order || byName.compare(a.name, b.name));
  return keyed.map((k) => k.item);
}
