import { blockerMessage } from '../../shared/readiness';
import type { DoctorArgs, DoctorParty, MeetingAccessReport } from '../../shared/team-schemas';
import { useAppStore } from '../store/store-context';
import { ConfirmDialog } from './confirm-dialog';
import { formatTime, useDashboardTexts } from './texts';

function PartyLine({ party }: { party: DoctorParty }) {
  const { t } = useDashboardTexts();
  if (!party.found)
    return <li className="not-ok">{t('doctor.notFound', { email: party.email })}</li>;
  if (!party.onAccount)
    return <li className="not-ok">{t('doctor.notOnAccount', { name: party.name })}</li>;
  if (!party.licensed)
    return <li className="not-ok">{t('doctor.notLicensed', { name: party.name })}</li>;
  return <li className="ok">{t('doctor.licensed', { name: party.name })}</li>;
}

/** What the doctor found: both people, the meetings, what the person will see, the fixes. */
export function DoctorReport({
  report,
  onFix,
}: {
  report: MeetingAccessReport;
  onFix: (fix: 'grant' | 'add') => void;
}) {
  const { t, r, language } = useDashboardTexts();
  const host = report.host.name;
  const person = report.person.name;
  const fixable =
    report.host.found &&
    report.host.licensed &&
    report.host.onAccount &&
    report.person.found &&
    report.person.licensed &&
    report.person.onAccount;
  const missing = report.meetings.filter((m) => !m.isAlternativeHost).length;
  const access = report.readiness?.blockers.filter((b) =>
    ['no-scheduling-privilege', 'not-alternative-host', 'alt-host-cannot-see-meetings'].includes(
      b.code,
    ),
  );
  return (
    <section className="doctor-report" aria-label={t('doctor.title')}>
      <p className={report.ok ? 'check check-passed' : 'check check-failed'}>
        {report.ok ? t('doctor.ok', { person, host }) : t('doctor.notOk', { person })}
      </p>
      <ul className="doctor-parties">
        <PartyLine party={report.host} />
        <PartyLine party={report.person} />
        {fixable && (
          <li className={report.schedulingPrivilege ? 'ok' : 'not-ok'}>
            {report.schedulingPrivilege
              ? t('doctor.privilegeYes', { person, host })
              : t('doctor.privilegeNo', { person, host })}
          </li>
        )}
      </ul>
      {report.host.found && report.host.onAccount && (
        <>
          <h3>{t('doctor.meetings', { host })}</h3>
          {report.meetings.length === 0 ? (
            <p>{t('doctor.noMeetings', { host })}</p>
          ) : (
            <ul className="doctor-meetings">
              {report.meetings.map((m) => (
                <li
                  key={m.id}
                  className={m.isAlternativeHost || report.schedulingPrivilege ? 'ok' : 'not-ok'}
                >
                  <strong>{m.topic}</strong> ({formatTime(m.startTime, language)}): {person}{' '}
                  {m.isAlternativeHost || report.schedulingPrivilege
                    ? t('doctor.canStart')
                    : t('doctor.cannotStart')}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {fixable && (
        <p className="note">
          {report.schedulingPrivilege
            ? t('doctor.seeWith', { person })
            : t('doctor.seeWithout', { person })}
        </p>
      )}
      {access && access.length > 0 && (
        <ul className="blockers">
          {access.map((b) => {
            const message = blockerMessage(b);
            return (
              <li key={b.code}>
                <strong>{r(`blockers.${b.code}.title`)}</strong>
                <p>{r(message.key, message.values)}</p>
              </li>
            );
          })}
        </ul>
      )}
      {fixable && (!report.schedulingPrivilege || missing > 0) && (
        <>
          <h3>{t('doctor.fixes')}</h3>
          <div className="button-row">
            {!report.schedulingPrivilege && (
              <button type="button" onClick={() => onFix('grant')}>
                {r('fixes.grant-scheduling-privilege.label')}
              </button>
            )}
            {!report.schedulingPrivilege && missing > 0 && (
              <button type="button" onClick={() => onFix('add')}>
                {r('fixes.add-as-alternative-host.label')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

/** The check after a fix, in one sentence. */
export function FixOutcome({ report }: { report: MeetingAccessReport }) {
  const { t } = useDashboardTexts();
  return (
    <>
      <p>{t('doctor.checkedAgain')}</p>
      <p>
        {report.ok
          ? t('doctor.ok', { person: report.person.name, host: report.host.name })
          : t('doctor.notOk', { person: report.person.name })}
      </p>
    </>
  );
}

/** The confirmation for "add as alternative host", with the meetings it will change. */
export function AddAltHostConfirm({
  report,
  args,
  onReport,
  onClose,
}: {
  report: MeetingAccessReport;
  args: DoctorArgs;
  onReport: (report: MeetingAccessReport) => void;
  onClose: () => void;
}) {
  const { t, e } = useDashboardTexts();
  const teamFix = useAppStore((s) => s.teamFix);
  const person = report.person.name;
  const missing = report.meetings.filter((m) => !m.isAlternativeHost);
  return (
    <ConfirmDialog
      title={t('doctor.addTitle', { person, host: report.host.name })}
      confirmLabel={t('doctor.fixes')}
      action={async () => {
        const result = await teamFix('addAlternativeHost', args);
        onReport(result.report);
        return result;
      }}
      outcome={(result) => (
        <>
          <ul>
            {result.results.map((m) => (
              <li key={m.id}>
                {m.ok
                  ? t('doctor.meetingDone', { topic: m.topic })
                  : t('doctor.meetingFailed', {
                      topic: m.topic,
                      reason: e(`errors.${m.error ?? 'zoom-error'}`),
                    })}
              </li>
            ))}
          </ul>
          <FixOutcome report={result.report} />
        </>
      )}
      onClose={onClose}
    >
      <p>{t('doctor.addWhat', { person, count: missing.length })}</p>
      <ul>
        {missing.map((m) => (
          <li key={m.id}>{m.topic}</li>
        ))}
      </ul>
      <p>{t('doctor.addAfter', { person })}</p>
    </ConfirmDialog>
  );
}
