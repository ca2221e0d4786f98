import { errorCodeOf, type ErrorCode } from '../../../shared/errors';
import { emailProblemOf, normaliseEmail } from '../../../shared/team-emails';
import type {
  EmailProblem,
  InviteItem,
  InviteResult,
  Licence,
  ResendResult,
} from '../../../shared/team-schemas';
import type { ZoomUserSummary, ZoomUserType } from '../../../shared/zoom';
import type { ZoomClient } from '../zoom/zoom-client';
import { isZoomError, ZoomError } from '../zoom/zoom-errors';
import type { PersonRecord } from './team-view';

/**
 * The invitation fixes. Zoom has no "resend": the web portal's Resend withdraws the pending
 * invitation (`DELETE /users/{email}?action=disassociate`) and invites again (`POST /users`),
 * which is exactly what ReadyRoom does, and says so in the confirmation.
 */

export interface InviteRequest {
  readonly email: string;
  readonly firstName?: string;
  readonly lastName?: string;
}

// Failures that every later address would meet too: stop asking Zoom and say why.
const stopsTheBatch: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'daily-limit',
  'not-signed-in',
  'session-expired',
  'invalid-token',
  'missing-scopes',
  'no-privilege',
  'offline',
  'zoom-unreachable',
]);

const INVITE_CONCURRENCY = 4;

/** The pending record ReadyRoom adds to its snapshot for an invitation it just sent. */
export function pendingUser(
  request: InviteRequest,
  type: ZoomUserType,
  now: Date,
): ZoomUserSummary {
  return {
    email: normaliseEmail(request.email),
    ...(request.firstName ? { first_name: request.firstName } : {}),
    ...(request.lastName ? { last_name: request.lastName } : {}),
    type,
    status: 'pending',
    verified: 0,
    created_at: now.toISOString(),
  };
}

/**
 * Invites each address that passes the checks (the address itself, duplicate, already in the
 * team) and reports every address: invited, refused (with the reason), failed (with Zoom's
 * answer), or not tried (an earlier answer, such as the daily limit, applies to it too, as
 * `stoppedBy` says; `retryAt` is when Zoom's day starts again, when Zoom said).
 */
export async function inviteAddresses(
  client: ZoomClient,
  people: ReadonlyArray<InviteRequest>,
  licence: Licence,
  inTeam: ReadonlySet<string>,
): Promise<InviteResult & { results: InviteItem[]; invited: InviteRequest[] }> {
  const results: InviteItem[] = [];
  const queue: Array<{ index: number; request: InviteRequest }> = [];
  const seen = new Set<string>();
  for (const person of people) {
    const email = normaliseEmail(person.email);
    const own = emailProblemOf(email);
    const problem: EmailProblem | null =
      own ?? (seen.has(email) ? 'duplicate' : inTeam.has(email) ? 'in-team' : null);
    if (!own) seen.add(email);
    results.push({ email, outcome: problem ? 'refused' : 'not-tried', problem, error: null });
    if (!problem) queue.push({ index: results.length - 1, request: { ...person, email } });
  }

  const type: ZoomUserType = licence === 'licensed' ? 2 : 1;
  const invited: InviteRequest[] = [];
  let stop: ErrorCode | null = null;
  let retryAt: number | undefined;
  const work = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { index, request } = next;
      const item = results[index]!;
      if (stop) {
        results[index] = { ...item, error: stop };
        continue;
      }
      try {
        await client.createUser({
          email: request.email,
          type,
          ...(request.firstName ? { firstName: request.firstName } : {}),
          ...(request.lastName ? { lastName: request.lastName } : {}),
        });
        results[index] = { ...item, outcome: 'invited' };
        invited.push(request);
      } catch (error) {
        const code = errorCodeOf(error);
        results[index] = { ...item, outcome: 'failed', error: code };
        if (stopsTheBatch.has(code) || (code === 'no-licences-left' && type === 2)) stop = code;
        if (code === 'daily-limit' && isZoomError(error) && error.retryAt !== undefined)
          retryAt = Math.max(retryAt ?? 0, error.retryAt);
      }
    }
  };
  await Promise.all(Array.from({ length: INVITE_CONCURRENCY }, work));
  return {
    results,
    invited,
    stoppedBy: stop,
    retryAt: retryAt === undefined ? null : new Date(retryAt).toISOString(),
  };
}

/** Refuses to touch anyone who is not a pending invitation (their account is theirs). */
function requirePending(record: PersonRecord | undefined): void {
  if (record && (record.user.status ?? 'active') !== 'pending')
    throw new ZoomError('invalid-parameter', { zoomMessage: 'not a pending invitation' });
}

/** Withdraws a pending invitation; one already gone counts as withdrawn. */
export async function cancelPending(
  client: ZoomClient,
  email: string,
  record: PersonRecord | undefined,
): Promise<void> {
  requirePending(record);
  try {
    await client.deleteUser(email, 'disassociate');
  } catch (error) {
    if (!isZoomError(error) || error.code !== 'user-not-found') throw error;
  }
}

/**
 * Cancels the pending invitation to `email` and invites `newEmail` (the same address for a
 * resend), with the same licence and name. If the new invitation fails, the old one is already
 * gone: the answer says so, with Zoom's reason, so the admin can invite again.
 */
export async function reinvite(
  client: ZoomClient,
  email: string,
  newEmail: string,
  record: PersonRecord | undefined,
): Promise<{ result: ResendResult; request: InviteRequest; type: ZoomUserType }> {
  await cancelPending(client, email, record);
  const type: ZoomUserType = record?.user.type === 1 ? 1 : 2;
  const request: InviteRequest = {
    email: newEmail,
    ...(record?.user.first_name ? { firstName: record.user.first_name } : {}),
    ...(record?.user.last_name ? { lastName: record.user.last_name } : {}),
  };
  try {
    await client.createUser({ ...request, type });
    return { result: { outcome: 'resent', email: newEmail, error: null }, request, type };
  } catch (error) {
    return {
      result: { outcome: 'cancelled-only', email: newEmail, error: errorCodeOf(error) },
      request,
      type,
    };
  }
}
