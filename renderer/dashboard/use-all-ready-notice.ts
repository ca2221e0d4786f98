import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store-context';

/**
 * In the browser host, the page shows the "everyone is ready" notification itself (Electron's
 * backend does it through the OS), if the person already allowed notifications for this page.
 */
export function useAllReadyNotice(): void {
  const { t } = useTranslation('dashboard');
  const at = useAppStore((s) => s.teamAllReadyAt);
  const host = useAppStore((s) => s.info?.host);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!at || shown.current === at || host !== 'browser') return;
    shown.current = at;
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    try {
      new Notification(t('allReadyTitle'), { body: t('allReadyNotice') });
    } catch {
      // Some browsers allow notifications only from a service worker; the page says it anyway.
    }
  }, [at, host, t]);
}
