import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { DemoMailbox } from '../demo-mailbox';
import type { InvitationContext } from '../admin-message';
import { PictureHere } from '../picture-here';
import { StuckPanel } from '../stuck-panel';
import { useState } from 'react';

/** Step 2: find the invitation email, and where else to look. */
export function FindEmailStep({ invitation }: { invitation: InvitationContext }) {
  const { t } = useTranslation('wizard');
  const completeStep = useAppStore((s) => s.completeStep);
  const busy = useAppStore((s) => s.busy);
  const [notFound, setNotFound] = useState(false);
  return (
    <>
      <p className="lead">{t('steps.find-email.task')}</p>
      <DemoMailbox />
      <p>{t('steps.find-email.from')}</p>
      <PictureHere id="invitation-email" />
      <h2>{t('steps.find-email.whereElse')}</h2>
      <ul>
        <li>{t('steps.find-email.spam')}</li>
        <li>{t('steps.find-email.promotions')}</li>
        <li>
          {invitation.inviteeEmail
            ? t('steps.find-email.otherAddress', { email: invitation.inviteeEmail })
            : t('steps.find-email.otherAddressGeneric')}
        </li>
        <li>{t('steps.find-email.search')}</li>
      </ul>
      <PictureHere id="invitation-email-spam" />
      <div className="button-row">
        <button
          type="button"
          disabled={busy}
          onClick={() => void completeStep('find-email', 'self-reported')}
        >
          {t('steps.find-email.found')}
        </button>
        <button type="button" className="secondary" onClick={() => setNotFound(true)}>
          {t('steps.find-email.notFound')}
        </button>
      </div>
      {notFound && (
        <div className="callout" role="region" aria-label={t('steps.find-email.notFound')}>
          <p>{t('steps.find-email.notFoundHelp')}</p>
          <StuckPanel step="find-email" invitation={invitation} startOpen />
        </div>
      )}
    </>
  );
}
