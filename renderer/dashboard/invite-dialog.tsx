import { useId, useMemo, useState } from 'react';
import { errorCodeOf, type ErrorCode } from '../../shared/errors';
import { normaliseEmail, parseEmailList } from '../../shared/team-emails';
import type { InviteItem, Licence } from '../../shared/team-schemas';
import { useAppStore } from '../store/store-context';
import { Modal } from './modal';
import { useDashboardTexts } from './texts';

type Step =
  | { readonly kind: 'edit' }
  | { readonly kind: 'confirm' }
  | { readonly kind: 'working' }
  | { readonly kind: 'results'; readonly results: ReadonlyArray<InviteItem> };

/**
 * Invite people: paste any number of addresses with any separators, see at once which ones
 * cannot be invited and why, confirm, then read what Zoom answered for each address. The text
 * is never thrown away: on an error it stays, and "keep the ones not sent" puts exactly those
 * back to try again.
 */
export function InviteDialog({ onClose }: { onClose: () => void }) {
  const { t, d, e } = useDashboardTexts();
  const team = useAppStore((s) => s.team);
  const teamFix = useAppStore((s) => s.teamFix);
  const [text, setText] = useState('');
  const [licence, setLicence] = useState<Licence>('licensed');
  const [step, setStep] = useState<Step>({ kind: 'edit' });
  const [error, setError] = useState<ErrorCode | null>(null);
  const fieldId = useId();
  const hintId = useId();

  const known = useMemo(
    () => new Set((team?.people ?? []).map((p) => normaliseEmail(p.user.email))),
    [team],
  );
  const parsed = useMemo(() => parseEmailList(text, (email) => known.has(email)), [text, known]);
  const ready = parsed.filter((p) => p.problem === null);
  const refused = parsed.filter((p) => p.problem !== null);

  const send = async () => {
    setStep({ kind: 'working' });
    setError(null);
    try {
      const { results } = await teamFix('inviteTeam', {
        licence,
        people: ready.map((p) => ({
          email: p.email,
          ...(p.firstName ? { firstName: p.firstName } : {}),
          ...(p.lastName ? { lastName: p.lastName } : {}),
        })),
      });
      setStep({ kind: 'results', results });
    } catch (failure) {
      setError(errorCodeOf(failure));
      setStep({ kind: 'edit' });
    }
  };

  if (step.kind === 'results') {
    const sent = step.results.filter((r) => r.outcome === 'invited');
    const notSent = step.results.filter((r) => r.outcome !== 'invited');
    return (
      <Modal title={t('invite.results')} onClose={onClose} wide>
        <p role="status">{t('invite.summary', { sent: sent.length, notSent: notSent.length })}</p>
        <ul className="invite-results">
          {step.results.map((r, i) => (
            <li key={`${r.email}-${i}`} className={r.outcome === 'invited' ? 'ok' : 'not-ok'}>
              {r.outcome === 'invited'
                ? t('invite.sent', { email: r.email })
                : t('invite.notSent', {
                    email: r.email,
                    reason: r.problem
                      ? d(`invite.problems.${r.problem}`)
                      : e(`errors.${r.error ?? 'zoom-error'}`),
                  })}
            </li>
          ))}
        </ul>
        <div className="button-row">
          {notSent.length > 0 && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setText(notSent.map((r) => r.email).join('\n'));
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

  if (step.kind === 'confirm' || step.kind === 'working') {
    return (
      <Modal title={t('invite.confirmTitle', { count: ready.length })} onClose={onClose}>
        <p>{t('invite.confirmWhat')}</p>
        <p>{licence === 'licensed' ? t('invite.confirmLicensed') : t('invite.confirmBasic')}</p>
        <ul className="invite-list">
          {ready.map((p) => (
            <li key={p.email}>{p.email}</li>
          ))}
        </ul>
        <p role="status">{step.kind === 'working' ? t('confirm.working') : ''}</p>
        <div className="button-row">
          <button type="button" disabled={step.kind === 'working'} onClick={() => void send()}>
            {t('invite.confirm', { count: ready.length })}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={step.kind === 'working'}
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
          if (ready.length > 0) setStep({ kind: 'confirm' });
        }}
      >
        {error && (
          <div role="alert" className="check check-failed">
            <p>{t('confirm.failed')}</p>
            <p>{e(`errors.${error}`)}</p>
          </div>
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
        <p role="status">{t('invite.ready', { count: ready.length })}</p>
        {refused.length > 0 && (
          <div className="invite-refused">
            <h3>{t('invite.refusedHeading')}</h3>
            <ul>
              {refused.map((p, i) => (
                <li key={`${p.input}-${i}`}>
                  {t('invite.problem', {
                    input: p.input,
                    reason: d(`invite.problems.${p.problem ?? 'syntax'}`),
                  })}
                </li>
              ))}
            </ul>
          </div>
        )}
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
