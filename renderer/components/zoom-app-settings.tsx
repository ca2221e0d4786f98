import { useTranslation } from 'react-i18next';
import { ConnectGuideButton } from '../connect/connect-guide-button';
import { useAppStore } from '../store/store-context';
import { ClientIdField } from './client-id-field';

/** Where the admin points ReadyRoom at the organisation's Zoom app (or back at the demo). */
export function ZoomAppSettings() {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('connect');
  const mode = useAppStore((s) => s.info?.mode);
  const source = useAppStore((s) => s.info?.zoomClientSource ?? null);
  const clientId = useAppStore((s) => s.settings?.zoomClientId ?? null);
  const setZoomClientId = useAppStore((s) => s.setZoomClientId);
  const busy = useAppStore((s) => s.busy);

  return (
    <details className="zoom-app-settings">
      <summary>{t('zoomApp.summary')}</summary>
      {mode === 'zoom' && source === 'built-in' && !clientId ? (
        // The copy's own Zoom app: nothing to type; a pack can still offer another (asked first).
        <p role="status">{t('zoomApp.source.built-in')}</p>
      ) : mode === 'zoom' && clientId ? (
        <>
          <p role="status">{t('zoomApp.using', { clientId })}</p>
          {source && <p className="hint">{t(`zoomApp.source.${source}`)}</p>}
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void setZoomClientId(null)}
          >
            {t('zoomApp.backToDemo')}
          </button>
        </>
      ) : (
        <>
          <p>{t('zoomApp.explain')}</p>
          <ClientIdField
            label={t('zoomApp.label')}
            saveLabel={t('zoomApp.save')}
            busy={busy}
            onSave={(id) => void setZoomClientId(id)}
          />
        </>
      )}
      <div className="button-row">
        <ConnectGuideButton label={tc('guide.open')} secondary />
      </div>
    </details>
  );
}
