import { useTranslation } from 'react-i18next';
import type { ConnectionDiagnosis } from '../../shared/connection-doctor';
import { CheckStatus } from '../wizard/check-status';
import { connectionIsGreen } from './guide-steps';

/**
 * The guide's live check: what Zoom answered for each check, and each problem with its fix in the
 * doctor's own words (`connect` namespace: problems.*, checks.*, doctor.*).
 */
export function LiveCheck({
  diagnosis,
  checking,
  failed,
}: {
  readonly diagnosis: ConnectionDiagnosis | null;
  readonly checking: boolean;
  readonly failed: boolean;
}) {
  const { t } = useTranslation('connect');
  if (checking) return <CheckStatus tone="checking">{t('doctor.checking')}</CheckStatus>;
  if (failed) return <CheckStatus tone="failed">{t('doctor.couldNotCheck')}</CheckStatus>;
  if (!diagnosis) return null;
  const green = connectionIsGreen(diagnosis);
  return (
    <div className="connect-live-check">
      {green ? (
        <CheckStatus tone="passed">{t('guide.check.allGood')}</CheckStatus>
      ) : (
        diagnosis.problems.length > 0 && (
          <CheckStatus tone="failed">
            <p>{t('guide.check.fixThese')}</p>
            <ul className="connection-problems">
              {diagnosis.problems.map((problem) => (
                <li key={problem.code}>
                  <strong>{t(`problems.${problem.code}.title`)}</strong>
                  <p>{t(`problems.${problem.code}.fix`, { scopes: problem.scopes.join(', ') })}</p>
                  {problem.page && (
                    <p className="hint">
                      {t('doctor.where', { page: t(`doctor.page.${problem.page}`) })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </CheckStatus>
        )
      )}
      <h4>{t('doctor.checksHeading')}</h4>
      <ul className="connect-checks">
        {diagnosis.checks.map((check) => (
          <li
            key={check.id}
            className={
              check.state === 'passed'
                ? 'check check-passed'
                : check.state === 'failed'
                  ? 'check check-failed'
                  : 'check'
            }
          >
            {t(`checks.${check.id}.${check.state === 'not-checked' ? 'notChecked' : check.state}`)}{' '}
            {check.state !== 'not-checked' && (
              <span className="hint">{t(`doctor.source.${check.source}`)}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
