import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionDiagnosis, ConnectionPurpose } from '../../shared/connection-doctor';
import { useBridge } from '../bridge/bridge-context';
import { useAppStore } from '../store/store-context';
import { ConnectionCheckList, ConnectionProblemText } from './connection-findings';

/**
 * The connection doctor's answer (issue 13): after a sign-in (or a sign-in that failed), and when
 * a team call runs into a missing scope, role or licence, it names each problem with its fix and
 * the page where the fix is made, in the same words as the guide (`connect` namespace). Shown only
 * when something needs fixing; every check says where its answer came from.
 */
export function ConnectionDoctorPanel({ purpose }: { readonly purpose: ConnectionPurpose }) {
  const { t } = useTranslation('connect');
  const api = useBridge();
  const session = useAppStore((s) => s.session);
  const headingId = useId();
  const [diagnosis, setDiagnosis] = useState<ConnectionDiagnosis | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const person = session?.state === 'signed-in' ? session.person : null;
  // Run after a sign-in, and after a sign-in that failed (Zoom's pages may have said why).
  const trigger = person
    ? `in:${person.accountId}:${person.email}:${person.role}`
    : session?.state === 'signed-out' && session.error
      ? `failed:${session.error}`
      : null;

  const run = useCallback(async () => {
    if (!api) return;
    setBusy(true);
    try {
      setDiagnosis(await api.diagnoseConnection({ purpose }));
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }, [api, purpose]);

  useEffect(() => {
    if (!api || trigger === null) return;
    let live = true;
    api
      .diagnoseConnection({ purpose })
      .then((answer) => {
        if (!live) return;
        setDiagnosis(answer);
        setFailed(false);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [api, purpose, trigger]);

  useEffect(() => {
    if (!api || purpose !== 'admin') return;
    return api.on('connectionDiagnosed', setDiagnosis);
  }, [api, purpose]);

  // "Zoom could not be reached" after a failed sign-in is already the sign-in panel's one message.
  const problems = (diagnosis?.problems ?? []).filter(
    (p) => p.code !== 'zoom-unreachable' || !session?.error,
  );
  if (trigger === null || !diagnosis || problems.length === 0) return null;
  return (
    <section className="connection-doctor" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('doctor.heading')}</h2>
      <p>{t('doctor.intro')}</p>
      {purpose === 'invitee' && <p>{t('doctor.forAdmin')}</p>}
      <ul className="connection-problems">
        {problems.map((problem) => (
          <li key={problem.code} className="check check-failed">
            <ConnectionProblemText problem={problem} />
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('doctor.checksHeading')}</summary>
        <ConnectionCheckList checks={diagnosis.checks} />
      </details>
      {failed && <p role="alert">{t('doctor.couldNotCheck')}</p>}
      <button type="button" className="secondary" disabled={busy} onClick={() => void run()}>
        {busy ? t('doctor.checking') : t('doctor.checkAgain')}
      </button>
    </section>
  );
}
