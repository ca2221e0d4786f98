import { useTranslation } from 'react-i18next';
import type { ConnectionDiagnosis } from '../../shared/connection-doctor';
import { ConnectionCheckList, ConnectionProblemText } from '../components/connection-findings';
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
                  <ConnectionProblemText problem={problem} />
                </li>
              ))}
            </ul>
          </CheckStatus>
        )
      )}
      <h4>{t('doctor.checksHeading')}</h4>
      <ConnectionCheckList checks={diagnosis.checks} className="connect-checks" />
    </div>
  );
}
