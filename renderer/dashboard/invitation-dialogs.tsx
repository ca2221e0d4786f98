import { useId, useState } from 'react';
import { emailProblemOf, normaliseEmail } from '../../shared/team-emails';
import type { ResendResult } from '../../shared/team-schemas';
import { useAppStore } from '../store/store-context';
import { ConfirmDialog } from './confirm-dialog';
import { Modal } from './modal';
import { useDashboardTexts } from './texts';

interface ForEmail {
  readonly email: string;
  /** Closed; `changed` is true when Zoom was changed. */
  readonly onClose: (changed: boolean) => void;
}

function ResendOutcome({ result }: { result: ResendResult }) {
  const { t, e } = useDashboardTexts();
  if (result.outcome === 'resent') return <p>{t('resend.done', { email: result.email })}</p>;
  return (
    <>
      <p>{t('resend.cancelledOnly', { email: result.email })}</p>
      {result.error && <p>{e(`errors.${result.error}`)}</p>}
    </>
  );
}

/** Resend: Zoom has none, so the confirmation says it cancels the old invitation and invites again. */
export function ResendDialog({ email, onClose }: ForEmail) {
  const { t } = useDashboardTexts();
  const teamFix = useAppStore((s) => s.teamFix);
  return (
    <ConfirmDialog
      title={t('resend.title', { email })}
      confirmLabel={t('resend.confirm')}
      action={() => teamFix('resendInvitation', { email })}
      outcome={(result) => <ResendOutcome result={result} />}
      onClose={(result) => onClose(result !== null)}
    >
      <p>{t('resend.what')}</p>
      <ol>
        <li>{t('resend.step1')}</li>
        <li>{t('resend.step2', { email })}</li>
      </ol>
    </ConfirmDialog>
  );
}

/** Cancels a pending invitation. */
export function CancelInvitationDialog({ email, onClose }: ForEmail) {
  const { t } = useDashboardTexts();
  const teamFix = useAppStore((s) => s.teamFix);
  return (
    <ConfirmDialog
      title={t('cancelInvite.title', { email })}
      confirmLabel={t('cancelInvite.confirm')}
      action={() => teamFix('cancelInvitation', { email })}
      outcome={() => <p>{t('cancelInvite.done', { email })}</p>}
      onClose={(result) => onClose(result !== null)}
    >
      <p>{t('cancelInvite.what')}</p>
    </ConfirmDialog>
  );
}

/** Gives an active account a licence. */
export function LicenceDialog({ email, name, onClose }: ForEmail & { name: string }) {
  const { t } = useDashboardTexts();
  const teamFix = useAppStore((s) => s.teamFix);
  return (
    <ConfirmDialog
      title={t('licence.title', { name })}
      confirmLabel={t('licence.confirm')}
      action={() => teamFix('assignLicence', { email })}
      outcome={() => <p>{t('licence.done', { name })}</p>}
      onClose={(result) => onClose(result !== null)}
    >
      <p>{t('licence.what')}</p>
    </ConfirmDialog>
  );
}

/**
 * Fixes a wrong (bounced) address: the admin types the right one, reads exactly what will
 * happen, and confirms. The typed address stays if Zoom refuses it.
 */
export function FixEmailDialog({ email, onClose }: ForEmail) {
  const { t, d } = useDashboardTexts();
  const teamFix = useAppStore((s) => s.teamFix);
  const people = useAppStore((s) => s.team?.people);
  const [text, setText] = useState('');
  const [next, setNext] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fieldId = useId();
  const errorId = useId();

  const candidate = normaliseEmail(text);
  // The address's own fault gets the same precise sentence as in "Invite people".
  const own = text.trim() === '' ? null : emailProblemOf(candidate);
  const problem =
    text.trim() === '' || own
      ? null
      : candidate === normaliseEmail(email)
        ? 'same'
        : people?.some((p) => normaliseEmail(p.user.email) === candidate)
          ? 'in-team'
          : null;

  if (confirming && next) {
    return (
      <ConfirmDialog
        title={t('fixEmail.title')}
        confirmLabel={t('fixEmail.confirm')}
        action={() => teamFix('changeInvitationEmail', { email, newEmail: next })}
        outcome={(result) => <ResendOutcome result={result} />}
        onClose={(result) => {
          if (result) onClose(true);
          else setConfirming(false);
        }}
      >
        <p>{t('fixEmail.what', { old: email, next })}</p>
      </ConfirmDialog>
    );
  }

  const shownProblem = own
    ? d(`invite.problems.${own}`)
    : problem
      ? t(`fixEmail.${problem}`)
      : null;
  return (
    <Modal title={t('fixEmail.title')} onClose={() => onClose(false)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (own !== null || problem !== null || text.trim() === '') return;
          setNext(candidate);
          setConfirming(true);
        }}
      >
        <p>{t('fixEmail.hint', { email })}</p>
        <label htmlFor={fieldId}>{t('fixEmail.label')}</label>
        <input
          id={fieldId}
          type="email"
          data-autofocus
          value={text}
          autoComplete="off"
          aria-invalid={shownProblem !== null}
          aria-describedby={shownProblem ? errorId : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        {shownProblem && (
          <p id={errorId} className="field-error">
            {shownProblem}
          </p>
        )}
        <div className="button-row">
          <button type="submit" disabled={text.trim() === '' || shownProblem !== null}>
            {t('fixEmail.next')}
          </button>
          <button type="button" className="secondary" onClick={() => onClose(false)}>
            {t('confirm.back')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
