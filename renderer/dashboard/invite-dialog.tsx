import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { errorCodeOf, type ErrorCode } from '../../shared/errors';
import {
  MAX_PASTED_EMAILS,
  normaliseEmail,
  parseEmailList,
  type PastedEmails,
} from '../../shared/team-emails';
import {
  INVITES_PER_CALL,
  type InvitePerson,
  type Licence,
  type WaitingList,
} from '../../shared/team-schemas';
import { useAppStore } from '../store/store-context';
import { inviteInBatches } from './invite-batches';
import {
  DailyPlan,
  InviteResults,
  keptText,
  personOf,
  RefusedList,
  reportRows,
  SendingStatus,
  useNumber,
  WaitingNotice,
  type InviteReport,
} from './invite-steps';
import { nextWaiting, personLine } from './invite-waiting';
import { Modal } from './modal';
import { useDashboardTexts } from './texts';

// The list is frozen from "Next" on: as invitations go out the team changes, and the list sent
// must not change with it.
type Step =
  | { readonly kind: 'edit' }
  | { readonly kind: 'confirm'; readonly pasted: PastedEmails }
  | {
      readonly kind: 'sending';
      readonly pasted: PastedEmails;
      readonly done: number;
      readonly total: number;
    }
  | { readonly kind: 'results'; readonly report: InviteReport };

const readyOf = (pasted: PastedEmails) => pasted.addresses.filter((p) => p.problem === null);

/**
 * Invite people: paste any number of addresses with any separators, see at once how many were
 * found, which ones cannot be invited and why (line by line), confirm, then read what became
 * of every address. Long lists go out in groups; what Zoom's daily limit stops is kept, saved
 * on this computer and offered again next time. The text is never thrown away: on an error it
 * stays, and "keep the ones not sent" puts exactly those back to try again.
 */
export function InviteDialog({ onClose }: { onClose: () => void }) {
  const { t, e } = useDashboardTexts();
  const n = useNumber();
  const team = useAppStore((s) => s.team);
  const teamFix = useAppStore((s) => s.teamFix);
  const accountId = team?.accountId ?? null;
  const [text, setText] = useState('');
  const [licence, setLicence] = useState<Licence>('licensed');
  const [step, setStep] = useState<Step>({ kind: 'edit' });
  const [error, setError] = useState<ErrorCode | null>(null);
  const [waiting, setWaiting] = useState<WaitingList | null>(null);
  // The list kept for later is the backend's (per account, in the data folder).
  useEffect(() => {
    let current = true;
    teamFix('getWaitingInvites', {})
      .then((list) => {
        if (current) setWaiting(list);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [teamFix, accountId]);
  const saveWaiting = (people: ReadonlyArray<InvitePerson>): Promise<boolean> =>
    teamFix('saveWaitingInvites', { people: [...people] })
      .then((answer) => answer.saved)
      .catch(() => false);
  const [stopping, setStopping] = useState(false);
  const stopRef = useRef(false);
  const fieldId = useId();
  const hintId = useId();

  const known = useMemo(
    () => new Set((team?.people ?? []).map((p) => normaliseEmail(p.user.email))),
    [team],
  );
  const pasted = useMemo(() => parseEmailList(text, (email) => known.has(email)), [text, known]);
  const ready = readyOf(pasted);
  const refused = pasted.addresses.filter((p) => p.problem !== null);
  const total = pasted.addresses.length + pasted.notRead;
  const inBox = new Set(pasted.addresses.map((p) => p.email));
  const waitingToAdd = (waiting?.people ?? []).filter((p) => !inBox.has(normaliseEmail(p.email)));

  const send = async (sent: PastedEmails) => {
    const people = readyOf(sent).map(personOf);
    const earlier = waiting?.people ?? [];
    // Saved before the first group, so not even a crash halfway loses an address.
    const keptFirst = await saveWaiting(nextWaiting(earlier, [], people));
    stopRef.current = false;
    setStopping(false);
    setError(null);
    setStep({ kind: 'sending', pasted: sent, done: 0, total: people.length });
    const run = await inviteInBatches(people, licence, (args) => teamFix('inviteTeam', args), {
      onProgress: (done) => setStep({ kind: 'sending', pasted: sent, done, total: people.length }),
      stopRequested: () => stopRef.current,
    });
    const nothingAnswered = run.fates.every((f) => f.kind === 'waiting');
    const firstWhy = run.fates[0]?.kind === 'waiting' ? run.fates[0].why : null;
    if (nothingAnswered && firstWhy && firstWhy !== 'stopped' && firstWhy !== 'daily-limit') {
      // Nothing reached Zoom (signed out, say): back to the list, with the reason.
      await saveWaiting(earlier);
      setError(firstWhy);
      setStep({ kind: 'edit' });
      return;
    }
    const kept = people.filter((_, i) => run.fates[i]?.kind === 'waiting');
    const remaining = nextWaiting(earlier, people, kept);
    const saved = keptFirst && (await saveWaiting(remaining));
    setWaiting(
      remaining.length > 0 ? { savedAt: new Date().toISOString(), people: remaining } : null,
    );
    const lines = text.split(/\r\n|\r|\n/);
    setStep({
      kind: 'results',
      report: {
        rows: reportRows(sent.addresses, run),
        retryAt: run.retryAt,
        saved: saved || kept.length === 0,
        firstUnreadLine: sent.firstUnreadLine,
        unreadText: sent.firstUnreadLine ? lines.slice(sent.firstUnreadLine - 1).join('\n') : '',
      },
    });
  };
  const start = (sent: PastedEmails) => {
    void send(sent).catch((failure: unknown) => {
      setError(errorCodeOf(failure));
      setStep({ kind: 'edit' });
    });
  };

  if (step.kind === 'results') {
    const { report } = step;
    const notAllInvited = report.rows.some((r) => r.fate.kind !== 'invited');
    return (
      <Modal title={t('invite.results')} onClose={onClose} wide>
        <InviteResults report={report} />
        <div className="button-row">
          {(notAllInvited || report.firstUnreadLine !== null) && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setText(keptText(report));
                setStep({ kind: 'edit' });
              }}
            >
              {t('invite.keepFailed')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('confirm.close')}
          </button>
        </div>
      </Modal>
    );
  }

  if (step.kind === 'confirm' || step.kind === 'sending') {
    const sending = step.kind === 'sending';
    const toSend = readyOf(step.pasted);
    const count = { count: toSend.length, number: n(toSend.length) };
    return (
      <Modal title={t('invite.confirmTitle', count)} onClose={onClose}>
        <p>{t('invite.confirmWhat')}</p>
        <p>{licence === 'licensed' ? t('invite.confirmLicensed') : t('invite.confirmBasic')}</p>
        <DailyPlan count={toSend.length} />
        {toSend.length > INVITES_PER_CALL && (
          <p>{t('invite.groups', { size: n(INVITES_PER_CALL) })}</p>
        )}
        <ul className="invite-list" tabIndex={0} aria-label={t('invite.listLabel')}>
          {toSend.map((p) => (
            <li key={p.email}>{p.email}</li>
          ))}
        </ul>
        <SendingStatus
          sending={sending}
          done={sending ? step.done : 0}
          total={toSend.length}
          stopping={stopping}
          onStop={() => {
            stopRef.current = true;
            setStopping(true);
          }}
        />
        <div className="button-row">
          <button type="button" disabled={sending} onClick={() => start(step.pasted)}>
            {t('invite.confirm', count)}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={sending}
            onClick={() => setStep({ kind: 'edit' })}
          >
            {t('invite.edit')}
          </button>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title={t('invite.title')} onClose={onClose} wide>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready.length > 0) setStep({ kind: 'confirm', pasted });
        }}
      >
        {error && (
          <div role="alert" className="check check-failed">
            <p>{t('confirm.failed')}</p>
            <p>{e(`errors.${error}`)}</p>
          </div>
        )}
        {waiting && waitingToAdd.length > 0 && (
          <WaitingNotice
            count={waitingToAdd.length}
            savedAt={waiting.savedAt}
            onAdd={() =>
              setText((now) =>
                [now.trim(), ...waitingToAdd.map(personLine)].filter(Boolean).join('\n'),
              )
            }
            onForget={() => {
              void saveWaiting([]);
              setWaiting(null);
            }}
          />
        )}
        <label htmlFor={fieldId}>{t('invite.label')}</label>
        <p id={hintId} className="hint">
          {t('invite.hint')}
        </p>
        <textarea
          id={fieldId}
          data-autofocus
          rows={6}
          value={text}
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
        />
        <fieldset>
          <legend>{t('invite.licence')}</legend>
          {(['licensed', 'basic'] as const).map((kind) => (
            <label key={kind} className="radio">
              <input
                type="radio"
                name="licence"
                value={kind}
                checked={licence === kind}
                onChange={() => setLicence(kind)}
              />
              {t(`invite.${kind}`)}
            </label>
          ))}
        </fieldset>
        <div role="status">
          {total > 0 && <p>{t('invite.pasted', { count: total, number: n(total) })}</p>}
          <p>{t('invite.ready', { count: ready.length, number: n(ready.length) })}</p>
          {refused.length > 0 && (
            <p>{t('invite.refusedCount', { count: refused.length, number: n(refused.length) })}</p>
          )}
        </div>
        {pasted.firstUnreadLine !== null && (
          <p className="field-error">
            {t('invite.tooMany', {
              max: n(MAX_PASTED_EMAILS),
              number: n(pasted.notRead),
              line: n(pasted.firstUnreadLine),
            })}
          </p>
        )}
        <DailyPlan count={ready.length} />
        <RefusedList refused={refused} />
        <div className="button-row">
          <button type="submit" disabled={ready.length === 0}>
            {t('invite.next')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('confirm.back')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
