import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { errorCodeOf, type ErrorCode } from '../../shared/errors';
import type { DoctorArgs, MeetingAccessReport } from '../../shared/team-schemas';
import { normaliseEmail } from '../../shared/team-emails';
import { personName } from '../../shared/team-table';
import { useAppStore } from '../store/store-context';
import { ConfirmDialog } from './confirm-dialog';
import { Modal } from './modal';
import { AddAltHostConfirm, DoctorReport, FixOutcome } from './doctor-report';
import { useDashboardTexts } from './texts';

const MAX_SUGGESTIONS = 300;

/**
 * The meeting-access doctor: pick a host and a person; ReadyRoom checks both, lists the host's
 * coming meetings and whether the person can start each, says plainly what the person will
 * and will not see, and offers the two one-click fixes, each confirmed, then checks again.
 */
export function DoctorDialog({
  person,
  host,
  role: firstRole = 'co-admin',
  checkNow = false,
  onClose,
}: {
  person?: string;
  /** The host to check (the signed-in admin when absent). */
  host?: string;
  role?: DoctorArgs['role'];
  /** Check as soon as the dialog opens (both people given). */
  checkNow?: boolean;
  onClose: () => void;
}) {
  const { t, e } = useDashboardTexts();
  const me = useAppStore((s) => s.session?.person?.email ?? '');
  const people = useAppStore((s) => s.team?.people);
  const teamFix = useAppStore((s) => s.teamFix);
  const [hostEmail, setHostEmail] = useState(host ?? me);
  const [personEmail, setPersonEmail] = useState(person ?? '');
  const [role, setRole] = useState<DoctorArgs['role']>(firstRole);
  const [report, setReport] = useState<MeetingAccessReport | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [fix, setFix] = useState<'grant' | 'add' | null>(null);
  const ids = { host: useId(), person: useId(), role: useId(), list: useId() };

  const suggestions = useMemo(
    () =>
      (people ?? [])
        .filter((p) => p.user.status === 'active')
        .slice(0, MAX_SUGGESTIONS)
        .map((p) => ({ email: p.user.email, name: personName(p.user) })),
    [people],
  );
  const args: DoctorArgs = { hostEmail: hostEmail.trim(), personEmail: personEmail.trim(), role };
  const same =
    args.hostEmail !== '' && normaliseEmail(args.hostEmail) === normaliseEmail(args.personEmail);

  const check = async () => {
    setChecking(true);
    setError(null);
    try {
      setReport(await teamFix('checkMeetingAccess', args));
    } catch (failure) {
      setError(errorCodeOf(failure));
    } finally {
      setChecking(false);
    }
  };

  // Opened from "who needs you" with both people known: the check runs at once, once.
  const checkedAtOpen = useRef(false);
  useEffect(() => {
    if (!checkNow || checkedAtOpen.current || !args.hostEmail || !args.personEmail || same) return;
    checkedAtOpen.current = true;
    void check();
  });

  return (
    <Modal title={t('doctor.title')} onClose={onClose} wide>
      <p>{t('doctor.intro')}</p>
      <form
        className="doctor-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!same && args.hostEmail && args.personEmail) void check();
        }}
      >
        <datalist id={ids.list}>
          {suggestions.map((s) => (
            <option key={s.email} value={s.email}>
              {s.name}
            </option>
          ))}
        </datalist>
        <div className="field">
          <label htmlFor={ids.host}>{t('doctor.host')}</label>
          <input
            id={ids.host}
            type="email"
            list={ids.list}
            value={hostEmail}
            autoComplete="off"
            onChange={(event) => setHostEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.person}>{t('doctor.person')}</label>
          <input
            id={ids.person}
            type="email"
            list={ids.list}
            value={personEmail}
            autoComplete="off"
            {...(person ? {} : { 'data-autofocus': true })}
            onChange={(event) => setPersonEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.role}>{t('doctor.role')}</label>
          <select
            id={ids.role}
            value={role}
            onChange={(event) =>
              setRole(event.target.value === 'alternative-host' ? 'alternative-host' : 'co-admin')
            }
          >
            <option value="co-admin">{t('doctor.roles.co-admin')}</option>
            <option value="alternative-host">{t('doctor.roles.alternative-host')}</option>
          </select>
        </div>
        {same && <p className="field-error">{t('doctor.samePerson')}</p>}
        <div className="button-row">
          <button type="submit" disabled={checking || same || !args.hostEmail || !args.personEmail}>
            {t('doctor.check')}
          </button>
        </div>
      </form>
      <div role="status">{checking && <p>{t('doctor.checking')}</p>}</div>
      {error && (
        <p role="alert" className="check check-failed">
          {e(`errors.${error}`)}
        </p>
      )}
      {report && !checking && <DoctorReport report={report} onFix={setFix} />}
      {report && fix === 'grant' && (
        <ConfirmDialog
          title={t('doctor.grantTitle', { person: report.person.name, host: report.host.name })}
          confirmLabel={t('doctor.fixes')}
          action={async () => {
            const next = await teamFix('grantSchedulingPrivilege', { ...args, role: report.role });
            setReport(next);
            return next;
          }}
          outcome={(next) => <FixOutcome report={next} />}
          onClose={() => setFix(null)}
        >
          <p>{t('doctor.grantWhat', { person: report.person.name, host: report.host.name })}</p>
          <p>{t('doctor.grantAfter', { person: report.person.name })}</p>
        </ConfirmDialog>
      )}
      {report && fix === 'add' && (
        <AddAltHostConfirm
          report={report}
          args={{ ...args, role: report.role }}
          onReport={setReport}
          onClose={() => setFix(null)}
        />
      )}
      <div className="button-row">
        <button type="button" className="secondary" onClick={onClose}>
          {t('confirm.close')}
        </button>
      </div>
    </Modal>
  );
}
