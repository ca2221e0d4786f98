import { useTranslation } from 'react-i18next';
import type { ConnectionCheck, ConnectionProblem } from '../../shared/connection-doctor';

/**
 * The connection doctor's words for one problem and for its checks, shared by the doctor's panel
 * and the connect guide's live check so both say the same (`connect` namespace).
 */

/** A problem: what is wrong, its fix, and the Marketplace page where the fix is made. */
export function ConnectionProblemText({ problem }: { readonly problem: ConnectionProblem }) {
  const { t } = useTranslation('connect');
  return (
    <>
      <strong>{t(`problems.${problem.code}.title`)}</strong>
      <p>{t(`problems.${problem.code}.fix`, { scopes: problem.scopes.join(', ') })}</p>
      {problem.page && (
        <p className="hint">{t('doctor.where', { page: t(`doctor.page.${problem.page}`) })}</p>
      )}
    </>
  );
}

/** Every check: passed, failed or not checked, and where each answer came from. */
export function ConnectionCheckList({
  checks,
  className,
}: {
  readonly checks: ReadonlyArray<ConnectionCheck>;
  readonly className?: string;
}) {
  const { t } = useTranslation('connect');
  return (
    <ul className={className}>
      {checks.map((check) => (
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
  );
}
