import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  connectionAdvice,
  speedFigure,
  type ConnectionAdvice,
  type ConnectionCheck,
} from '../../shared/connection-advice';
import { useAppStore } from '../store/store-context';
import { CheckStatus } from './check-status';

const adviceTone: Record<ConnectionAdvice, 'passed' | 'info' | 'failed'> = {
  fine: 'passed',
  'video-off': 'info',
  phone: 'failed',
  offline: 'failed',
  'no-answer': 'info',
};

function Figures({ check }: { check: Extract<ConnectionCheck, { status: 'measured' }> }) {
  const { t } = useTranslation('wizard');
  const speed = (kbps: number) => speedFigure(kbps);
  return (
    <>
      <ul className="connection-figures">
        <li>{t('connection.roundTrip', { ms: check.roundTripMs })}</li>
        <li>
          {check.downloadKbps === null
            ? t('connection.downloadFailed')
            : t('connection.download', speed(check.downloadKbps))}
        </li>
        <li>
          {check.uploadKbps !== null
            ? t('connection.upload', speed(check.uploadKbps))
            : check.notMeasured.upload === 'no-endpoint'
              ? t('connection.uploadNoEndpoint')
              : t('connection.uploadFailed')}
        </li>
      </ul>
      <p className="hint">
        {t(check.target === 'zoom' ? 'connection.sourceZoom' : 'connection.sourceDemo', {
          host: check.host,
        })}{' '}
        {t('connection.needs')}
      </p>
    </>
  );
}

/**
 * The connection check before Zoom's test meeting: measured by the backend as soon as the step
 * opens, then on "Check again"; with no connection it says so in one sentence and measures again
 * by itself when the computer is back online (connection-slice.ts).
 */
export function ConnectionCheckPanel() {
  const { t } = useTranslation('wizard');
  const headingId = useId();
  const state = useAppStore((s) => s.connection);
  const checkConnection = useAppStore((s) => s.checkConnection);
  const idle = state.status === 'idle';

  useEffect(() => {
    if (idle) void checkConnection();
  }, [idle, checkConnection]);

  const result = state.status === 'done' ? state.result : null;
  const verdict = result ? connectionAdvice(result) : null;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('connection.heading')}</h2>
      <p>{t('connection.task')}</p>
      {(state.status === 'checking' || idle) && (
        <CheckStatus tone="checking">{t('connection.checking')}</CheckStatus>
      )}
      {state.status === 'failed' && (
        <CheckStatus tone="failed">{t('connection.failed')}</CheckStatus>
      )}
      {result && verdict && (
        <>
          <CheckStatus tone={adviceTone[verdict.advice]}>
            {t(`connection.advice.${verdict.advice}`)}
          </CheckStatus>
          {verdict.shortfalls.length > 0 && (
            <ul>
              {verdict.shortfalls.map((shortfall) => (
                <li key={shortfall}>{t(`connection.shortfall.${shortfall}`)}</li>
              ))}
            </ul>
          )}
          {result.status === 'measured' && <Figures check={result} />}
        </>
      )}
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          // Not `disabled`: a keyboard user's focus stays on the button while it measures.
          aria-disabled={state.status === 'checking'}
          onClick={() => {
            if (state.status !== 'checking') void checkConnection();
          }}
        >
          {t('connection.checkAgain')}
        </button>
      </div>
    </section>
  );
}
