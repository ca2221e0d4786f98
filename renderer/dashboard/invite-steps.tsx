import type { ParsedEmail } from '../../shared/team-emails';
import { INVITES_PER_CALL, ZOOM_DAILY_INVITES, type InvitePerson } from '../../shared/team-schemas';
import type { BatchRun, InviteFate } from './invite-batches';
import { personLine } from './invite-waiting';
import { formatDate, formatTime, useDashboardTexts } from './texts';

/**
 * The invite dialog's later steps: what will happen (with Zoom's daily limit said plainly),
 * progress while the groups go out, and what became of every address pasted.
 */

/** One pasted address and what became of it. */
export interface InviteRow {
  readonly parsed: ParsedEmail;
  readonly fate: InviteFate;
}

/** What one send did, for the results step. */
export interface InviteReport {
  readonly rows: ReadonlyArray<InviteRow>;
  readonly retryAt: string | null;
  /** The waiting ones were saved on this computer. */
  readonly saved: boolean;
  /** The first line not read, when the paste was longer than ReadyRoom reads at once. */
  readonly firstUnreadLine: number | null;
  /** The lines from there on, given back with "keep the ones not sent". */
  readonly unreadText: string;
}

/** The person to send for a parsed address. */
export function personOf(p: ParsedEmail): InvitePerson {
  return {
    email: p.email,
    ...(p.firstName ? { firstName: p.firstName } : {}),
    ...(p.lastName ? { lastName: p.lastName } : {}),
  };
}

/** Every pasted address with its fate: the refused ones keep ReadyRoom's reason. */
export function reportRows(
  parsed: ReadonlyArray<ParsedEmail>,
  run: BatchRun,
): ReadonlyArray<InviteRow> {
  let next = 0;
  return parsed.map((p) => ({
    parsed: p,
    fate:
      p.problem !== null
        ? { kind: 'not-sent', problem: p.problem, error: null }
        : (run.fates[next++] ?? { kind: 'waiting', why: 'stopped' }),
  }));
}

/** The box's text for "keep the ones not sent": all but the invited, repeated and in-team. */
export function keptText(report: InviteReport): string {
  const lines = report.rows
    .filter(({ fate }) => {
      if (fate.kind === 'invited') return false;
      return (
        fate.kind === 'waiting' || (fate.problem !== 'duplicate' && fate.problem !== 'in-team')
      );
    })
    .map(({ parsed, fate }) =>
      fate.kind === 'not-sent' && fate.problem ? parsed.input : personLine(personOf(parsed)),
    );
  return [...lines, report.unreadText].filter((l) => l !== '').join('\n');
}

/** The sentence saying why an address was not sent (or is waiting). */
export function useReasonOf() {
  const { t, d, e } = useDashboardTexts();
  return (fate: InviteFate, firstLine?: number): string => {
    if (fate.kind === 'waiting') {
      if (fate.why === 'daily-limit') return t('invite.waitingDaily');
      if (fate.why === 'stopped') return t('invite.waitingStopped');
      return e(`errors.${fate.why}`);
    }
    if (fate.kind === 'not-sent' && fate.problem) {
      return fate.problem === 'duplicate' && firstLine !== undefined
        ? t('invite.problems.duplicateLine', { line: firstLine })
        : d(`invite.problems.${fate.problem}`);
    }
    return fate.kind === 'not-sent' ? e(`errors.${fate.error ?? 'zoom-error'}`) : '';
  };
}

/** Formats a count the way the person's language writes numbers (5,000 or 5.000). */
export function useNumber() {
  const { language } = useDashboardTexts();
  return (value: number) => new Intl.NumberFormat(language).format(value);
}

/** The refused addresses, each with its line and its own reason. */
export function RefusedList({ refused }: { refused: ReadonlyArray<ParsedEmail> }) {
  const { t } = useDashboardTexts();
  const n = useNumber();
  const reasonOf = useReasonOf();
  if (refused.length === 0) return null;
  return (
    <div className="invite-refused">
      <h3>{t('invite.refusedHeading')}</h3>
      <ul className="invite-list" tabIndex={0} aria-label={t('invite.refusedHeading')}>
        {refused.map((p, i) => (
          <li key={`${p.line}-${i}`}>
            {t('invite.problem', {
              line: n(p.line),
              input: p.input,
              reason: reasonOf({ kind: 'not-sent', problem: p.problem, error: null }, p.firstLine),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The addresses kept from an earlier day, with a way to add them to the box or forget them. */
export function WaitingNotice(props: {
  count: number;
  savedAt: string;
  onAdd: () => void;
  onForget: () => void;
}) {
  const { t, language } = useDashboardTexts();
  const n = useNumber();
  return (
    <div className="check check-checking">
      <p>
        {t('invite.waitingSaved', {
          count: props.count,
          number: n(props.count),
          date: formatDate(props.savedAt, language),
        })}
      </p>
      <div className="button-row">
        <button type="button" className="secondary" onClick={props.onAdd}>
          {t('invite.addWaiting')}
        </button>
        <button type="button" className="secondary" onClick={props.onForget}>
          {t('invite.forgetWaiting')}
        </button>
      </div>
    </div>
  );
}

/** Says plainly how a list longer than one day's invitations will go out. */
export function DailyPlan({ count }: { count: number }) {
  const { t } = useDashboardTexts();
  const n = useNumber();
  if (count <= ZOOM_DAILY_INVITES) return null;
  return (
    <p className="invite-plan">
      {t('invite.plan', {
        limit: n(ZOOM_DAILY_INVITES),
        number: n(count),
        days: n(Math.ceil(count / ZOOM_DAILY_INVITES)),
      })}
    </p>
  );
}

/**
 * While the groups go out: how far it got, and a way to stop after the current group. The
 * status line is there before sending starts, so screen readers announce the progress.
 */
export function SendingStatus(props: {
  sending: boolean;
  done: number;
  total: number;
  stopping: boolean;
  onStop: () => void;
}) {
  const { t } = useDashboardTexts();
  const n = useNumber();
  return (
    <>
      <p role="status">
        {props.sending ? t('invite.sending', { done: n(props.done), number: n(props.total) }) : ''}
      </p>
      {props.sending && props.total > INVITES_PER_CALL && (
        <button
          type="button"
          className="secondary"
          disabled={props.stopping}
          onClick={props.onStop}
        >
          {props.stopping ? t('invite.stopping') : t('invite.stop')}
        </button>
      )}
    </>
  );
}

/** What became of every address: counts, the daily limit and what was kept, one line each. */
export function InviteResults({ report }: { report: InviteReport }) {
  const { t, language } = useDashboardTexts();
  const n = useNumber();
  const reasonOf = useReasonOf();
  const count = (kind: InviteFate['kind']) =>
    report.rows.filter((r) => r.fate.kind === kind).length;
  const waiting = count('waiting');
  const daily = report.rows.some((r) => r.fate.kind === 'waiting' && r.fate.why === 'daily-limit');
  return (
    <>
      <p role="status">
        {t('invite.summary', {
          invited: n(count('invited')),
          waiting: n(waiting),
          notSent: n(count('not-sent')),
        })}
      </p>
      {waiting > 0 && (
        <div className="check check-warning">
          {daily && <p>{t('invite.dailyReached')}</p>}
          <p>{t('invite.kept', { count: waiting, number: n(waiting) })}</p>
          {daily && (
            <p>
              {report.retryAt
                ? t('invite.sendAfter', { time: formatTime(report.retryAt, language) })
                : t('invite.sendTomorrow')}
            </p>
          )}
          <p>{report.saved ? t('invite.saved') : t('invite.notSaved')}</p>
        </div>
      )}
      {report.firstUnreadLine !== null && (
        <p className="field-error">{t('invite.unread', { line: n(report.firstUnreadLine) })}</p>
      )}
      <ul className="invite-results">
        {report.rows.map(({ parsed, fate }, i) => (
          <li key={i} className={fate.kind === 'invited' ? 'ok' : 'not-ok'}>
            {fate.kind === 'invited'
              ? t('invite.sent', { email: parsed.email })
              : t(fate.kind === 'waiting' ? 'invite.waitingRow' : 'invite.notSent', {
                  email: fate.kind === 'not-sent' && fate.problem ? parsed.input : parsed.email,
                  reason: reasonOf(fate, parsed.firstLine),
                })}
          </li>
        ))}
      </ul>
    </>
  );
}
