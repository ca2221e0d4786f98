import { z } from 'zod';

/**
 * The words of the readiness model: stages, blocker codes and fix codes. The renderer translates
 * them from the "readiness" namespace (renderer/locales/<lang>/readiness.json):
 *   stages.<stage>.label / .description
 *   blockers.<code>.title / .explanation (plural forms _one/_other where a count appears)
 *   fixes.<fix>.label / .outcome
 * Use `blockerMessage` to get the explanation's key and values, so every screen words it the same.
 */

/**
 * The stages in the order a dashboard lists them. "inactive" is a stage of its own, not a blocker
 * on another stage: a deactivated person is off the path entirely (no stage of it applies until an
 * admin reactivates them), and a dashboard reads best with them counted in their own column.
 * It still carries a "deactivated" blocker so the reason and the fix show like every other.
 */
export const readinessStages = [
  'invited',
  'activated',
  'app-signed-in',
  'ready',
  'inactive',
] as const;
export const ReadinessStage = z.enum(readinessStages);
export type ReadinessStage = z.infer<typeof ReadinessStage>;

/** Blocker codes, in the order a person should fix them (assessReadiness lists them this way). */
export const blockerCodes = [
  'deactivated',
  'wrong-account',
  'own-paid-account',
  'email-bounced',
  'invitation-expired',
  'invitation-pending',
  'invitation-expiring',
  'no-license',
  'basic-not-licensed',
  'email-unverified',
  'never-signed-in-to-app',
  'app-too-old',
  'no-scheduling-privilege',
  'not-alternative-host',
  'alt-host-cannot-see-meetings',
] as const;
export const BlockerCode = z.enum(blockerCodes);
export type BlockerCode = z.infer<typeof BlockerCode>;

export const fixCodes = [
  'resend-invitation',
  'cancel-and-reinvite',
  'fix-email-address',
  'ask-admin-for-license',
  'assign-license',
  'verify-email',
  'sign-in-to-app',
  'update-app',
  'sign-out-personal-account',
  'decide-about-own-plan',
  'add-as-alternative-host',
  'grant-scheduling-privilege',
  'explain-alt-host',
  'reactivate',
] as const;
export const FixCode = z.enum(fixCodes);
export type FixCode = z.infer<typeof FixCode>;

/** Who carries out a fix: the admin (from the dashboard) or the person (in the wizard). */
export const fixPerformer: Readonly<Record<FixCode, 'admin' | 'invitee'>> = {
  'resend-invitation': 'admin',
  'cancel-and-reinvite': 'admin',
  'fix-email-address': 'admin',
  'ask-admin-for-license': 'invitee',
  'assign-license': 'admin',
  'verify-email': 'invitee',
  'sign-in-to-app': 'invitee',
  'update-app': 'invitee',
  'sign-out-personal-account': 'invitee',
  'decide-about-own-plan': 'invitee',
  'add-as-alternative-host': 'admin',
  'grant-scheduling-privilege': 'admin',
  'explain-alt-host': 'invitee',
  reactivate: 'admin',
};

export const blockerSeverities = ['blocking', 'warning'] as const;
export const BlockerSeverity = z.enum(blockerSeverities);
export type BlockerSeverity = z.infer<typeof BlockerSeverity>;

/**
 * One reason a person is not (fully) ready. `params` fill the explanation's placeholders:
 *   invitation-pending: days (absent when Zoom gave no date) · invitation-expiring: daysLeft
 *   invitation-expired: days, expiryDays · basic-not-licensed: minutes · email-bounced,
 *   email-unverified, wrong-account, own-paid-account: email · app-too-old: version, minimum
 *   alt-host-cannot-see-meetings: meetings, host · not-alternative-host: missing, total, host
 *   no-scheduling-privilege: host · the others: none.
 */
export const Blocker = z.object({
  code: BlockerCode,
  severity: BlockerSeverity,
  params: z.record(z.string(), z.union([z.string(), z.number()])).readonly(),
  fix: FixCode,
});
export type Blocker = z.infer<typeof Blocker>;

/** Facts about a pending invitation, for the dashboard's "invited on / days pending / expiry". */
export const InvitationFacts = z.object({
  sentAt: z.number(),
  daysPending: z.number().int(),
  daysLeft: z.number().int(),
  expired: z.boolean(),
});
export type InvitationFacts = z.infer<typeof InvitationFacts>;

export const Readiness = z.object({
  stage: ReadinessStage,
  blockers: z.array(Blocker).readonly(),
  invitation: InvitationFacts.optional(),
});
export type Readiness = z.infer<typeof Readiness>;

const stageRank: Readonly<Record<ReadinessStage, number>> = {
  inactive: 0,
  invited: 1,
  activated: 2,
  'app-signed-in': 3,
  ready: 4,
};

/**
 * How far along a stage is: higher is further. "inactive" is lowest, because a deactivated person
 * can do nothing until an admin reactivates them.
 */
export function stageOrder(stage: ReadinessStage): number {
  return stageRank[stage];
}

/** Whether a string is a known stage (for URLs, filters and persisted snapshots). */
export function isReadinessStage(value: string): value is ReadinessStage {
  return Object.hasOwn(stageRank, value);
}

// The param that picks the plural form of each explanation that states a count.
const pluralParam: Partial<Record<BlockerCode, string>> = {
  'invitation-pending': 'days',
  'invitation-expiring': 'daysLeft',
  'invitation-expired': 'days',
  'alt-host-cannot-see-meetings': 'meetings',
  'not-alternative-host': 'missing',
};

/** The i18n key (namespace "readiness") and values that word a blocker's explanation. */
export function blockerMessage(blocker: Blocker): {
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
} {
  const countParam = pluralParam[blocker.code];
  const count = countParam === undefined ? undefined : blocker.params[countParam];
  if (countParam !== undefined && typeof count !== 'number') {
    // Only a pending invitation can lack its number (Zoom gave no date); it has its own wording.
    return { key: `blockers.${blocker.code}.explanationUndated`, values: blocker.params };
  }
  return {
    key: `blockers.${blocker.code}.explanation`,
    values: count === undefined ? blocker.params : { ...blocker.params, count },
  };
}
