import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import type { InvitationContext } from '../admin-message';
import { InvitationOpener } from '../invitation-opener';

/** Step 1: who invited you, what will happen, about how long. */
export function WelcomeStep({ invitation }: { invitation: InvitationContext }) {
  const { t } = useTranslation('wizard');
  const completeStep = useAppStore((s) => s.completeStep);
  const busy = useAppStore((s) => s.busy);
  return (
    <>
      <p className="lead">
        {invitation.adminName && invitation.organisation
          ? t('steps.welcome.invitedBy', {
              admin: invitation.adminName,
              organisation: invitation.organisation,
            })
          : t('steps.welcome.invitedGeneric')}
      </p>
      <p>{t('steps.welcome.what')}</p>
      <p>{t('steps.welcome.list')}</p>
      <ol>
        <li>{t('steps.welcome.item1')}</li>
        <li>{t('steps.welcome.item2')}</li>
        <li>{t('steps.welcome.item3')}</li>
        <li>{t('steps.welcome.item4')}</li>
        <li>{t('steps.welcome.item5')}</li>
      </ol>
      <p>{t('steps.welcome.time')}</p>
      <InvitationOpener />
      <button
        type="button"
        disabled={busy}
        onClick={() => void completeStep('welcome', 'self-reported')}
      >
        {t('steps.welcome.start')}
      </button>
    </>
  );
}
