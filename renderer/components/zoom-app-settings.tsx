import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectGuideButton } from '../connect/connect-guide-button';
import { useAppStore } from '../store/store-context';

/** Where the admin points ReadyRoom at the organisation's Zoom app (or back at the demo). */
export function ZoomAppSettings() {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('connect');
  const mode = useAppStore((s) => s.info?.mode);
  const source = useAppStore((s) => s.info?.zoomClientSource ?? null);
  const clientId = useAppStore((s) => s.settings?.zoomClientId ?? null);
  const setZoomClientId = useAppStore((s) => s.setZoomClientId);
  const busy = useAppStore((s) => s.busy);
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const valid = /^[\w.-]{1,100}$/.test(draft.trim());

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
          <label htmlFor={inputId}>{t('zoomApp.label')}</label>
          <div className="button-row">
            <input
              id={inputId}
              type="text"
              value={draft}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setDraft(e.target.value)}
            />
            <button
              type="button"
              disabled={!valid || busy}
              onClick={() => void setZoomClientId(draft.trim())}
            >
              {t('zoomApp.save')}
            </button>
          </div>
        </>
      )}
      <div className="button-row">
        <ConnectGuideButton label={tc('guide.open')} secondary />
      </div>
    </details>
  );
}
