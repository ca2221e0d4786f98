import { useTranslation } from 'react-i18next';
import { stepNumber } from '../../../shared/wizard';
import { reportedSteps, stepOutcome, wizardVerdict } from '../../../shared/wizard-verdict';
import { useAppStore } from '../../store/store-context';
import { finishMessage, type InvitationContext } from '../admin-message';
import { MessageActions } from '../message-actions';

/**
 * The last step. "You're ready" only when the things that matter were done and checked (see
 * shared/wizard-verdict.ts); otherwise how close the person is, with a button to each step that
 * is left. Either way: what was checked, told and skipped, and a truthful message for the admin.
 */
export function DoneStep({ invitation }: { invitation: InvitationContext }) {
  const { t } = useTranslation('wizard');
  const progress = useAppStore((s) => s.progress);
  const goToStep = useAppStore((s) => s.goToStep);
  if (!progress) return null;
  const verdict = wizardVerdict(progress);
  const admin = invitation.adminName;
  const message = finishMessage(t, verdict, invitation);
  const outcomeText = {
    checked: t('steps.done.checked'),
    told: t('steps.done.youSaid'),
    skipped: t('steps.done.skipped'),
    'not-done': t('steps.done.notDone'),
  } as const;
  return (
    <>
      {verdict.ready ? (
        <p className="lead celebrate">{t('steps.done.heading')}</p>
      ) : (
        <>
          <p className="lead">
            {t('steps.done.headingNotReady', { met: verdict.met, of: verdict.of })}
          </p>
          <h2>{t('steps.done.leftTitle')}</h2>
          <ul className="left-to-do">
            {verdict.left.map(({ step, outcome }) => (
              <li key={step}>
                <button type="button" className="secondary" onClick={() => void goToStep(step)}>
                  {t('steps.done.goTo', {
                    number: stepNumber(step).number,
                    title: t(`steps.${step}.title`),
                  })}
                </button>{' '}
                ({outcomeText[outcome]})
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('steps.done.summary')}</h2>
      <ul className="summary">
        {reportedSteps.map((id) => (
          <li key={id}>
            <strong>{t(`steps.${id}.title`)}</strong>: {outcomeText[stepOutcome(progress, id)]}
          </li>
        ))}
      </ul>
      <p>
        {verdict.ready
          ? admin
            ? t('steps.done.tellAdmin', { admin })
            : t('steps.done.tellAdminGeneric')
          : admin
            ? t('steps.done.tellAdminNotReady', { admin })
            : t('steps.done.tellAdminNotReadyGeneric')}
      </p>
      <p className="message-preview">{message}</p>
      <MessageActions
        message={message}
        to={invitation.adminEmail}
        subject={verdict.ready ? t('steps.done.subjectReady') : t('steps.done.subjectNotReady')}
      />
    </>
  );
}
