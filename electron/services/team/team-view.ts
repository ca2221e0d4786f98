/** The shapes the team store keeps, and the counts and "everyone is ready" worked out from them. */
import { readinessStages, type Readiness } from '../../../shared/readiness';
import { normaliseEmail } from '../../../shared/team-emails';
import type { StageCounts, StageEvent } from '../../../shared/team-schemas';
import type { ZoomUserStatus, ZoomUserSummary } from '../../../shared/zoom';

/** One person as the store keeps them: Zoom's record and what ReadyRoom saw over time. */
export interface PersonRecord {
  readonly user: ZoomUserSummary;
  readonly history: ReadonlyArray<StageEvent>;
  /** From an earlier refresh: the list it belongs to failed this time. */
  readonly stale: boolean;
}

/** A whole refresh's result, ready to replace the snapshot. */
export interface SnapshotInput {
  readonly fetchedAt: Date;
  readonly failedLists: ReadonlyArray<ZoomUserStatus>;
  readonly people: ReadonlyArray<{ readonly user: ZoomUserSummary; readonly stale: boolean }>;
}

export interface Snapshot {
  readonly fetchedAt: string;
  readonly failedLists: ReadonlyArray<ZoomUserStatus>;
  readonly records: ReadonlyArray<PersonRecord>;
}

/** How many people are at each stage. */
export function countStages(people: ReadonlyArray<{ readonly readiness: Readiness }>): StageCounts {
  const counts = Object.fromEntries(readinessStages.map((s) => [s, 0])) as StageCounts;
  for (const p of people) counts[p.readiness.stage] += 1;
  return counts;
}

/** Everyone but deactivated accounts is ready, and there is someone to be ready. */
export function allReadyIn(
  people: ReadonlyArray<{ readonly readiness: Readiness }>,
  complete: boolean,
) {
  if (!complete) return false;
  let active = 0;
  for (const p of people) {
    if (p.readiness.stage === 'inactive') continue;
    if (p.readiness.stage !== 'ready') return false;
    active += 1;
  }
  return active > 0;
}

/** Zoom's record without what must never be kept on disk or shown in a table (the host key). */
export function keepable(user: ZoomUserSummary): ZoomUserSummary {
  if (user.host_key === undefined) return user;
  const rest = { ...user };
  delete rest.host_key;
  return rest;
}

/**
 * The people the last snapshot had in the lists that failed (in the order of `failed`, then of
 * `previous`), but for the addresses `taken` (normalised) already holds: they stay, marked stale.
 */
export function keptFromFailedLists(
  failed: ReadonlyArray<ZoomUserStatus>,
  previous: ReadonlyArray<PersonRecord>,
  taken: { has(email: string): boolean },
): PersonRecord[] {
  const kept: PersonRecord[] = [];
  const seen = new Set<string>();
  for (const status of failed) {
    for (const record of previous) {
      const email = normaliseEmail(record.user.email);
      if (taken.has(email) || seen.has(email) || (record.user.status ?? 'active') !== status)
        continue;
      seen.add(email);
      kept.push(record);
    }
  }
  return kept;
}
