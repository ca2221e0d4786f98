import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OwnPlanChoice } from '../../shared/wizard';
import { useAppStore } from '../store/store-context';
import type { InvitationContext } from './admin-message';
import { MessageActions } from './message-actions';
import { anotherEmailMessage } from './own-plan-message';

/** What saying yes does to a plan the person pays for (docs/zoom-facts-wizard.md §1). */
const consequences = [
  'planEnds',
  'refund',
  'moves',
  'noUndo',
  'invoices',
  'othersOnPlan',
  'admins',
] as const;

/**
 * For someone who pays for Zoom with the invited email: what saying yes does, and two ways on —
 * go ahead (`goAhead` says how, where this panel is used), or ask the admin for an invitation
 * at another email, with a ready-made message that says why.
 */
export function OwnPlanPanel({
  invitation,
  goAhead,
}: {
  invitation: InvitationContext;
  goAhead: ReactNode;
}) {
  const { t } = useTranslation('wizard');
  const choice = useAppStore((s) => s.progress?.answers.ownPlanChoice ?? null);
  const setAnswers = useAppStore((s) => s.setAnswers);
  const name = useId();
  const headingId = useId();
  const messageId = useId();
  const message = anotherEmailMessage(t, invitation);

  return (
    <section className="callout" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ownPlan.heading')}</h2>
      <p>
        {invitation.organisation
          ? t('ownPlan.intro', { organisation: invitation.organisation })
          : t('ownPlan.introGeneric')}
      </p>
      <ul>
        {consequences.map((key) => (
          <li key={key}>{t(`ownPlan.${key}`)}</li>
        ))}
      </ul>
      <fieldset>
        <legend>{t('ownPlan.choiceQuestion')}</legend>
        {OwnPlanChoice.options.map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name={name}
              value={option}
              checked={choice === option}
              onChange={() => void setAnswers({ ownPlanChoice: option })}
            />
            {t(`ownPlan.choice.${option}`)}
          </label>
        ))}
      </fieldset>
      {choice === 'go-ahead' && <div className="path">{goAhead}</div>}
      {choice === 'another-email' && (
        <div className="path">
          <p>{t('ownPlan.anotherEmailExplain')}</p>
          <label htmlFor={messageId}>{t('stuck.messageLabel')}</label>
          <textarea id={messageId} readOnly value={message} rows={9} />
          <MessageActions
            message={message}
            to={invitation.adminEmail}
            subject={t('ownPlan.emailSubject')}
          />
          <p className="hint">{t('ownPlan.waitHint')}</p>
        </div>
      )}
    </section>
  );
}
