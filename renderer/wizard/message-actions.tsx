import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../components/copy-button';
import { useAppStore } from '../store/store-context';
import { mailtoLink } from './admin-message';

/** "Copy the message" and "Write an email with it" for a message to the admin (and any more buttons). */
export function MessageActions({
  message,
  to,
  subject,
  children,
}: {
  message: string;
  to: string | null;
  subject: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('wizard');
  const openExternal = useAppStore((s) => s.openExternal);
  return (
    <div className="button-row">
      <CopyButton text={message} label={t('stuck.copy')} />
      <button
        type="button"
        className="secondary"
        onClick={() => void openExternal(mailtoLink(to, subject, message))}
      >
        {t('stuck.email')}
      </button>
      {children}
    </div>
  );
}
