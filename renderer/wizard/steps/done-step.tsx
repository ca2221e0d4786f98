import { useTranslation } from 'react-i18next';
import { wizardStepIds } from '../../../shared/wizard';
import { CopyButton } from '../../components/copy-button';
import { useAppStore } from '../../store/store-context';
import { mailtoLink, type InvitationContext } from '../admin-message';

/** Step 9: a short celebration, what was checked, and "tell your admin you're ready". */
export function DoneStep({ invitation }: { invitation: InvitationContext }) {
  const { t } = useTranslation('wizard');
  const progress = useAppStore((s) => s.progress);
  const openExternal = useAppStore((s) => s.openExternal);
  if (!progress) return null;
  const steps = wizardStepIds.filter((id) => id !== 'welcome' && id !== 'done');
  const admin = invitation.adminName;
  const message = admin
    ? t('steps.done.readyMessage', { admin })
    : t('steps.done.readyMessageGeneric');
  const stateOf = (id: (typeof steps)[number]) =>
    progress.skipped.includes(id)
      ? t('steps.done.skipped')
      : progress.selfReported.includes(id)
        ? t('steps.done.youSaid')
        : progress.completed.includes(id)
          ? t('steps.done.checked')
          : t('steps.done.skipped');
  return (
    <>
      <p className="lead celebrate">{t('steps.done.heading')}</p>
      <h2>{t('steps.done.summary')}</h2>
      <ul className="summary">
        {steps.map((id) => (
          <li key={id}>
            <strong>{t(`steps.${id}.title`)}</strong>: {stateOf(id)}
          </li>
        ))}
      </ul>
      <p>{admin ? t('steps.done.tellAdmin', { admin }) : t('steps.done.tellAdminGeneric')}</p>
      <p className="message-preview">{message}</p>
      <div className="button-row">
        <CopyButton text={message} label={t('stuck.copy')} />
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void openExternal(mailtoLink(invitation.adminEmail, t('steps.done.title'), message))
          }
        >
          {t('stuck.email')}
        </button>
      </div>
    </>
  );
}
