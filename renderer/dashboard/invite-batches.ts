import { errorCodeOf, type ErrorCode } from '../../shared/errors';
import {
  INVITES_PER_CALL,
  type EmailProblem,
  type InviteItem,
  type InvitePerson,
  type InviteResult,
  type Licence,
} from '../../shared/team-schemas';

/**
 * Sending a long list of invitations: in groups of INVITES_PER_CALL, one call each, so the
 * admin sees progress and can stop between groups. When Zoom's daily limit (or anything else
 * every later address would meet too) stops a group, the later groups are not sent: those
 * addresses are "waiting", kept to send later, never silently dropped.
 */

/** What became of one address. */
export type InviteFate =
  | { readonly kind: 'invited' }
  /** Zoom was not asked (or said the day's limit was reached): kept, to send later. */
  | { readonly kind: 'waiting'; readonly why: ErrorCode | 'stopped' }
  /** Refused by ReadyRoom's checks, or Zoom said no for this address. */
  | {
      readonly kind: 'not-sent';
      readonly problem: EmailProblem | null;
      readonly error: ErrorCode | null;
    };

export interface BatchRun {
  /** One per address, in the order given. */
  readonly fates: ReadonlyArray<InviteFate>;
  /** When Zoom takes invitations again, if its daily limit was reached and it said. */
  readonly retryAt: string | null;
}

export interface BatchOptions {
  /** After each group: how many addresses have an answer so far. */
  readonly onProgress?: (done: number) => void;
  /** Asked before each group: true stops, and the rest wait. */
  readonly stopRequested?: () => boolean;
  /** Addresses per call (tests use fewer). */
  readonly perCall?: number;
}

export type SendInvites = (args: {
  people: InvitePerson[];
  licence: Licence;
}) => Promise<InviteResult>;

/** What one answer from the backend means for its address. */
export function fateOf(item: InviteItem): InviteFate {
  if (item.outcome === 'invited') return { kind: 'invited' };
  if (item.outcome === 'not-tried') return { kind: 'waiting', why: item.error ?? 'stopped' };
  if (item.outcome === 'failed' && item.error === 'daily-limit')
    return { kind: 'waiting', why: 'daily-limit' };
  return { kind: 'not-sent', problem: item.problem, error: item.error };
}

/** Invites `people` group by group and says what became of each one. Never throws. */
export async function inviteInBatches(
  people: ReadonlyArray<InvitePerson>,
  licence: Licence,
  send: SendInvites,
  options: BatchOptions = {},
): Promise<BatchRun> {
  const size = Math.max(1, Math.min(options.perCall ?? INVITES_PER_CALL, INVITES_PER_CALL));
  const fates: InviteFate[] = [];
  let retryAt: string | null = null;
  let stop: ErrorCode | 'stopped' | null = null;
  const wait = (why: ErrorCode | 'stopped'): InviteFate => ({ kind: 'waiting', why });
  for (let start = 0; start < people.length; start += size) {
    const group = people.slice(start, start + size);
    if (!stop && options.stopRequested?.()) stop = 'stopped';
    const stoppedBy = stop;
    if (stoppedBy) {
      fates.push(...group.map(() => wait(stoppedBy)));
      continue;
    }
    try {
      const answer = await send({ people: [...group], licence });
      // A short answer would leave addresses unaccounted for: those wait, like unsent ones.
      group.forEach((_, i) => {
        const item = answer.results[i];
        fates.push(item ? fateOf(item) : wait('zoom-answer-invalid'));
      });
      retryAt = answer.retryAt ?? retryAt;
      stop = answer.stoppedBy;
    } catch (error) {
      const code = errorCodeOf(error);
      stop = code;
      fates.push(...group.map(() => wait(code)));
    }
    options.onProgress?.(fates.length);
  }
  return { fates, retryAt };
}
