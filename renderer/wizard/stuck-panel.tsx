import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WizardStepId } from '../../shared/wizard';
import { HelperReportButton } from '../components/helper-report';
import { useAppStore } from '../store/store-context';
import { stuckMessage, type InvitationContext } from './admin-message';
import { MessageActions } from './message-actions';

/** "I'm stuck": what to try on this step, and a ready-made message to the admin. */
export function StuckPanel({
  step,
  invitation,
  checkNote,
  startOpen = false,
}: {
  step: WizardStepId;
  invitation: InvitationContext;
  checkNote?: string;
  startOpen?: boolean;
}) {
  const { t } = useTranslation('wizard');
  const [open, setOpen] = useState(startOpen);
  const progress = useAppStore((s) => s.progress);
  const panelId = useId();
  const messageId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const tips = t(`tips.${step}`, { returnObjects: true, defaultValue: [] }) as unknown;
  const tipList = Array.isArray(tips) ? tips.filter((x): x is string => typeof x === 'string') : [];
  const message = stuckMessage(t, step, invitation, checkNote, progress);

  return (
    <div className="stuck">
      <button
        ref={toggle}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('stuck.button')}
      </button>
      <div id={panelId} hidden={!open} className="stuck-panel">
        {open && (
          <>
            <h2>{t('stuck.title')}</h2>
            {tipList.length > 0 && (
              <>
                <p>{t('stuck.tryFirst')}</p>
                <ul>
                  {tipList.map((tip) => (
                    <li key={tip}>{tip}</li>
                  ))}
                </ul>
              </>
            )}
            <p>{t('stuck.messageIntro')}</p>
            <label htmlFor={messageId}>{t('stuck.messageLabel')}</label>
            <textarea id={messageId} readOnly value={message} rows={8} />
            <MessageActions
              message={message}
              to={invitation.adminEmail}
              subject={t('stuck.emailSubject')}
            >
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setOpen(false);
                  toggle.current?.focus();
                }}
              >
                {t('stuck.close')}
              </button>
            </MessageActions>
            <HelperReportButton />
          </>
        )}
      </div>
    </div>
  );
}
