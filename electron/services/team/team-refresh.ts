import { errorCodeOf, type ErrorCode } from '../../../shared/errors';
import { normaliseEmail } from '../../../shared/team-emails';
import { teamLists, type ListProgress } from '../../../shared/team-schemas';
import type { ZoomUserStatus, ZoomUserSummary } from '../../../shared/zoom';
import { maxUsersPageSize, type ZoomClient } from '../zoom/zoom-client';
import { keepable, keptFromFailedLists, type PersonRecord } from './team-view';

/**
 * Reading the team from Zoom with the fewest calls: `GET /users` at the largest page size for
 * each status (2000 by Zoom's 2025 User API, then the size each answer says it gave), the three
 * lists in parallel (the client's limiter keeps them under Zoom's Medium limit), and no call per
 * person: the list answers carry everything the readiness model needs.
 */

/** What one list gave: every page, or the pages before it failed or was cancelled. */
export interface ListRead {
  readonly status: ZoomUserStatus;
  readonly users: ReadonlyArray<ZoomUserSummary>;
  readonly state: 'done' | 'failed' | 'cancelled';
  readonly error: ErrorCode | null;
}

class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** Pages through one status list, reporting counts after each page; never throws. */
async function readList(
  client: ZoomClient,
  status: ZoomUserStatus,
  signal: AbortSignal,
  report: (progress: ListProgress) => void,
  onPage: (status: ZoomUserStatus, users: ReadonlyArray<ZoomUserSummary>) => void,
): Promise<ListRead> {
  const users: ZoomUserSummary[] = [];
  let total: number | null = null;
  try {
    if (signal.aborted) throw new Cancelled();
    // The largest page the 2025 API allows; after the first answer, the size Zoom says it gave.
    for await (const page of client.listUserPages({ status, pageSize: maxUsersPageSize }, signal)) {
      if (signal.aborted) throw new Cancelled();
      // Zoom's list answers say each person's status; a record without one is given its list's.
      // Nothing past here keeps a host key (the lists are asked without one anyway).
      const records = page.users.map((u) => keepable(u.status ? u : { ...u, status }));
      users.push(...records);
      total = page.total_records;
      if (page.next_page_token)
        report({ status, state: 'loading', fetched: users.length, total, error: null });
      onPage(status, records);
    }
    report({ status, state: 'done', fetched: users.length, total, error: null });
    return { status, users, state: 'done', error: null };
  } catch (error) {
    const cancelled = error instanceof Cancelled;
    const code = cancelled ? null : errorCodeOf(error);
    report({
      status,
      state: cancelled ? 'cancelled' : 'failed',
      fetched: users.length,
      total,
      error: code,
    });
    return { status, users, state: cancelled ? 'cancelled' : 'failed', error: code };
  }
}

/**
 * Reads the three lists in parallel; `report` gets every list's latest counts, `onPage` each
 * page's records as they come (the next page is already on its way: work done here costs no time).
 */
export async function readTeamLists(
  client: ZoomClient,
  signal: AbortSignal,
  report: (lists: ReadonlyArray<ListProgress>) => void,
  onPage: (status: ZoomUserStatus, users: ReadonlyArray<ZoomUserSummary>) => void = () => undefined,
): Promise<ReadonlyArray<ListRead>> {
  const progress = new Map<ZoomUserStatus, ListProgress>(
    teamLists.map((status) => [
      status,
      { status, state: 'loading', fetched: 0, total: null, error: null },
    ]),
  );
  const emit = () => report([...progress.values()]);
  emit();
  return Promise.all(
    teamLists.map((status) =>
      readList(
        client,
        status,
        signal,
        (p) => {
          progress.set(status, p);
          emit();
        },
        onPage,
      ),
    ),
  );
}

/**
 * Joins the lists into one team. A list that failed keeps what it fetched, plus the people the
 * last snapshot had in that list, marked stale, so a Zoom failure midway loses nobody.
 */
export function mergeLists(
  reads: ReadonlyArray<ListRead>,
  previous: ReadonlyArray<PersonRecord>,
): Array<{ user: ZoomUserSummary; stale: boolean }> {
  const out: Array<{ user: ZoomUserSummary; stale: boolean }> = [];
  const seen = new Set<string>();
  for (const read of reads) {
    for (const user of read.users) {
      const email = normaliseEmail(user.email);
      if (seen.has(email)) continue;
      seen.add(email);
      out.push({ user, stale: false });
    }
  }
  const failed = reads.filter((read) => read.state !== 'done').map((read) => read.status);
  for (const record of keptFromFailedLists(failed, previous, seen))
    out.push({ user: record.user, stale: true });
  return out;
}
