import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store-context';

/** In demo mode, the way to the sandbox's mailbox, where the invitation emails are. */
export function DemoMailbox() {
  const { t } = useTranslation('wizard');
  const url = useAppStore((s) => (s.info?.mode === 'demo' ? s.info.demoMailboxUrl : null));
  const openExternal = useAppStore((s) => s.openExternal);
  if (!url) return null;
  return (
    <div className="banner banner-demo">
      <p>{t('demo.mailbox')}</p>
      <button type="button" className="secondary" onClick={() => void openExternal(url)}>
        {t('demo.openMailbox')}
      </button>
    </div>
  );
}
