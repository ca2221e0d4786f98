import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { groupMeetingId, meetingIdDigits } from '../../../shared/meeting-id';
import type { InviteeRole } from '../../../shared/readiness-hosting';
import { CopyButton } from '../../components/copy-button';
import { useAppStore } from '../../store/store-context';
import { CheckStatus } from '../check-status';
import { PictureHere } from '../picture-here';
import { HostKeyCard } from './host-key-card';
import { JoinAsYourself } from './join-as-yourself';
import { useAccountCheck } from './use-account-check';

/**
 * Step 8: the personal meeting ID and link; for a licensed person, how to join and start as
 * themselves and the host key within reach; and meetings to start for others.
 */
export function MeetingDetailsStep({ role }: { role: InviteeRole | null }) {
  const { t, i18n } = useTranslation('wizard');
  const { t: tc } = useTranslation();
  // Loads the session when the step is reopened (the app may start here) and checks the licence.
  const { signedIn, check: account } = useAccountCheck();
  const check = useAppStore((s) => s.checks.meetings);
  const runCheck = useAppStore((s) => s.runCheck);
  const completeStep = useAppStore((s) => s.completeStep);
  const goToStep = useAppStore((s) => s.goToStep);
  const busy = useAppStore((s) => s.busy);

  useEffect(() => {
    if (signedIn) void runCheck('meetings');
  }, [signedIn, runCheck]);

  const details = check.status === 'done' ? check.result : null;
  const me = account.status === 'done' ? account.result : null;
  // 3 (On-prem) counts as Licensed, as in the readiness model.
  const licensed = me !== null && (me.userType === 2 || me.userType === 3);
  const hostsForOthers = role === 'alternative-host' || role === 'co-admin';
  const when = (iso: string | null) =>
    iso
      ? new Date(iso).toLocaleString(i18n.language, { dateStyle: 'full', timeStyle: 'short' })
      : '';

  return (
    <>
      <p className="lead">{t('steps.meeting-details.task')}</p>
      {!signedIn ? (
        <div className="check check-info" role="status">
          <p>{t('steps.meeting-details.needsSignIn')}</p>
          <button type="button" className="secondary" onClick={() => void goToStep('sign-in')}>
            {t('steps.sign-in.title')}
          </button>
        </div>
      ) : check.status === 'failed' ? (
        <CheckStatus tone="failed">
          <p>
            {check.error === 'zoom-unreachable' || check.error === 'zoom-timed-out'
              ? t('steps.meeting-details.offline')
              : tc(`errors.${check.error}`)}
          </p>
          <button type="button" className="secondary" onClick={() => void runCheck('meetings')}>
            {t('steps.meeting-details.tryAgain')}
          </button>
        </CheckStatus>
      ) : !details ? (
        <CheckStatus tone="checking">{t('steps.meeting-details.loading')}</CheckStatus>
      ) : (
        <dl className="details">
          {details.pmi && (
            <>
              <dt>{t('steps.meeting-details.pmi')}</dt>
              <dd>
                <span className="code">{groupMeetingId(details.pmi)}</span>{' '}
                <CopyButton
                  text={meetingIdDigits(details.pmi)}
                  label={t('steps.meeting-details.copyId')}
                />
                <p className="hint">{t('steps.meeting-details.pmiExplain')}</p>
              </dd>
            </>
          )}
          {details.personalMeetingUrl && (
            <>
              <dt>{t('steps.meeting-details.link')}</dt>
              <dd>
                <span className="code">{details.personalMeetingUrl}</span>{' '}
                <CopyButton
                  text={details.personalMeetingUrl}
                  label={t('steps.meeting-details.copyLink')}
                />
              </dd>
            </>
          )}
        </dl>
      )}

      {licensed && <JoinAsYourself email={me.email || null} />}
      <HostKeyCard canMakeNew={signedIn && licensed} />

      {hostsForOthers && (
        <>
          <h2>{t('steps.meeting-details.altHostHeading')}</h2>
          <p>{t('steps.meeting-details.altHostExplain')}</p>
          <p className="note">{t('steps.meeting-details.altHostNotInList')}</p>
          <p>{t('steps.meeting-details.altHostHowTo')}</p>
          <PictureHere id="alt-host-start" />
          {details?.alternativeHostMeetings && details.alternativeHostMeetings.length > 0 ? (
            <>
              <h3>{t('steps.meeting-details.altHostMeetings')}</h3>
              <ul>
                {details.alternativeHostMeetings.map((m) => (
                  <li key={m.id}>
                    <strong>{m.topic}</strong> {when(m.startTime)}
                  </li>
                ))}
              </ul>
            </>
          ) : details?.alternativeHostMeetings ? (
            <p>{t('steps.meeting-details.altHostNone')}</p>
          ) : (
            details && <p>{t('steps.meeting-details.altHostUnknown')}</p>
          )}
        </>
      )}

      <button
        type="button"
        disabled={busy}
        onClick={() => void completeStep('meeting-details', details ? 'checked' : 'self-reported')}
      >
        {t('steps.meeting-details.next')}
      </button>
    </>
  );
}
