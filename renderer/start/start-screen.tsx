import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store-context';
import { useScreenTitle } from '../components/use-screen-title';
import { ZoomAppSettings } from '../components/zoom-app-settings';

/** The first question: invited person (wizard) or the one setting Zoom up (dashboard). */
export function StartScreen() {
  const { t } = useTranslation();
  const heading = useScreenTitle(t('start.title'));
  const chooseRole = useAppStore((s) => s.chooseRole);
  const busy = useAppStore((s) => s.busy);
  return (
    <section aria-labelledby="start-heading">
      <h1 id="start-heading" ref={heading} tabIndex={-1}>
        {t('start.heading')}
      </h1>
      <p>{t('start.intro')}</p>
      <h2 id="start-question">{t('start.question')}</h2>
      <div className="choices" role="group" aria-labelledby="start-question">
        <button
          type="button"
          className="choice"
          aria-describedby="choice-invitee-hint"
          disabled={busy}
          onClick={() => void chooseRole('invitee')}
        >
          <span className="choice-label">{t('start.invitee')}</span>
          <span className="choice-hint" id="choice-invitee-hint">
            {t('start.inviteeHint')}
          </span>
        </button>
        <button
          type="button"
          className="choice"
          aria-describedby="choice-admin-hint"
          disabled={busy}
          onClick={() => void chooseRole('admin')}
        >
          <span className="choice-label">{t('start.admin')}</span>
          <span className="choice-hint" id="choice-admin-hint">
            {t('start.adminHint')}
          </span>
        </button>
      </div>
      <ZoomAppSettings />
    </section>
  );
}
