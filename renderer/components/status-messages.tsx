import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store-context';

/** The demo banner, one-time notices and the last action's error, in plain words. */
export function StatusMessages() {
  const { t } = useTranslation();
  const info = useAppStore((s) => s.info);
  const actionError = useAppStore((s) => s.actionError);
  const clearError = useAppStore((s) => s.clearError);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  return (
    <>
      {info?.mode === 'demo' && (
        <p className="banner banner-demo" role="note">
          {t('demo.banner')}
        </p>
      )}
      {info?.notices.map((notice) => (
        <div key={notice} className="banner banner-notice" role="status">
          <p>{t(`notices.${notice}`)}</p>
          {notice === 'settings-reset' && (
            <p>
              {info.lostSettings.length === 0
                ? t('notices.settingsNothingLost')
                : t('notices.settingsLost', {
                    settings: info.lostSettings.map((s) => t(`notices.lost.${s}`)),
                  })}
              {info.lostSettings.includes('zoomClientId') && ` ${t('notices.zoomAppLost')}`}
            </p>
          )}
          <button type="button" onClick={() => void dismissNotice(notice)}>
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
      {actionError && (
        <div className="banner banner-error" role="alert">
          <p>{t(`errors.${actionError}`)}</p>
          <button type="button" onClick={clearError}>
            {t('notices.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
