import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { blockerMessage, displayVersion, fixPerformer } from '../../shared/readiness';
import type { TeamPerson } from '../../shared/team-schemas';
import { licenceOf, personName, roleOf } from '../../shared/team-table';
import { useAppStore } from '../store/store-context';
import { DoctorDialog } from './doctor-dialog';
import {
  CancelInvitationDialog,
  FixEmailDialog,
  LicenceDialog,
  ResendDialog,
} from './invitation-dialogs';
import { MessageDialog } from './message-dialog';
import { accessText } from './access-text';
import { nudgeText } from './nudge-text';
import { PersonPreviewButton } from './preview';
import { ReactivateDialog } from './reactivate-dialog';
import { nudgedOn } from '../../shared/needs-you';
import { formatDate, formatTime, useDashboardTexts } from './texts';

type Action = 'resend' | 'cancel' | 'fixEmail' | 'licence' | 'reactivate' | 'message' | 'doctor';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The panel beside the table (below it on a narrow window): not modal, so the table and the list
 * stay usable. Focus moves to its title when it opens or shows another person; Escape closes it.
 */
function SidePanel({
  title,
  label,
  focusKey,
  onClose,
  children,
}: {
  title: string;
  label: string;
  focusKey: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [focusKey]);
  return (
    <section
      className="person-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      aria-describedby={`${headingId}-label`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <p id={`${headingId}-label`} className="panel-label">
        {label}
      </p>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * One person: their stage and what stands in the way (the readiness model's words), the fixes
 * the admin can make from here, everything Zoom says that matters, and the stages ReadyRoom
 * has seen them go through.
 */
export function PersonDetail({ opened, onClose }: { opened: TeamPerson; onClose: () => void }) {
  const email = opened.user.email;
  // The live record; once a fix removes the person, what was opened stays until the admin closes.
  const person = useAppStore((s) => s.team?.people.find((p) => p.user.email === email)) ?? opened;
  const canFix = useAppStore(
    (s) => s.session?.state === 'signed-in' && s.session.person?.role !== 'member',
  );
  const [action, setAction] = useState<Action | null>(null);
  const { t } = useDashboardTexts();
  const name = personName(person.user);
  const closeAction = (changed: boolean) => {
    setAction(null);
    // The person left the list (invitation cancelled or moved to the right address).
    if (changed && (action === 'cancel' || action === 'fixEmail')) onClose();
  };
  return (
    <SidePanel title={name} label={t('detail.panel')} focusKey={email} onClose={onClose}>
      <PersonBody person={person} canFix={canFix} onAction={setAction} />
      <div className="button-row">
        <PersonPreviewButton person={person} />
        <button type="button" onClick={onClose}>
          {t('detail.close')}
        </button>
      </div>
      {action === 'resend' && <ResendDialog email={email} onClose={closeAction} />}
      {action === 'cancel' && <CancelInvitationDialog email={email} onClose={closeAction} />}
      {action === 'fixEmail' && <FixEmailDialog email={email} onClose={closeAction} />}
      {action === 'licence' && <LicenceDialog email={email} name={name} onClose={closeAction} />}
      {action === 'reactivate' && (
        <ReactivateDialog
          email={email}
          name={name}
          licensed={person.user.type === 2}
          onClose={closeAction}
        />
      )}
      {action === 'message' && (
        <MessageDialog email={email} name={name} onClose={() => setAction(null)} />
      )}
      {action === 'doctor' && (
        <DoctorDialog
          person={email}
          {...(person.meetingAccess
            ? { host: person.meetingAccess.host.email, role: person.meetingAccess.role }
            : {})}
          onClose={() => setAction(null)}
        />
      )}
    </SidePanel>
  );
}

function PersonBody({
  person,
  canFix,
  onAction,
}: {
  person: TeamPerson;
  canFix: boolean;
  onAction: (action: Action) => void;
}) {
  const { t, d, r, language } = useDashboardTexts();
  const teamFix = useAppStore((s) => s.teamFix);
  const [note, setNote] = useState('');
  const { user, readiness } = person;
  const invitation = readiness.invitation;
  const status = user.status ?? 'active';
  const pending = status === 'pending';
  const licensed = user.type === 2 || user.type === 3;

  const toggleBounced = async () => {
    const bounced = !person.bounced;
    await teamFix('setEmailBounced', { email: user.email, bounced });
    setNote(t(bounced ? 'bounced.marked' : 'bounced.unmarked', { email: user.email }));
  };

  return (
    <>
      {person.stale && <p className="check check-failed">{t('detail.older')}</p>}
      <p className={`stage-line stage-${readiness.stage}`}>
        <strong>{t('detail.stage')}:</strong> {r(`stages.${readiness.stage}.label`)}.{' '}
        {r(`stages.${readiness.stage}.description`)}
      </p>

      <h3>{t('detail.blockers')}</h3>
      {readiness.blockers.length === 0 ? (
        <p>{t('detail.noBlockers')}</p>
      ) : (
        <ul className="blockers">
          {readiness.blockers.map((b) => {
            const message = blockerMessage(b);
            return (
              <li key={b.code} className={`severity-${b.severity}`}>
                <strong>{r(`blockers.${b.code}.title`)}</strong> ({r(`severity.${b.severity}`)})
                <p>{r(message.key, message.values)}</p>
                <p className="hint">
                  {fixPerformer[b.fix] === 'invitee'
                    ? t('detail.theyCanDo', { fix: r(`fixes.${b.fix}.outcome`) })
                    : r(`fixes.${b.fix}.outcome`)}
                </p>
              </li>
            );
          })}
        </ul>
      )}

      {canFix && (
        <>
          <h3>{t('detail.actions')}</h3>
          <div className="button-row">
            {pending && (
              <>
                <button type="button" onClick={() => onAction('resend')}>
                  {t('actions.resend')}
                </button>
                <button type="button" onClick={() => onAction('fixEmail')}>
                  {t('actions.fixEmail')}
                </button>
                <button type="button" className="secondary" onClick={() => void toggleBounced()}>
                  {person.bounced ? t('actions.unmarkBounced') : t('actions.markBounced')}
                </button>
                <button type="button" className="secondary" onClick={() => onAction('cancel')}>
                  {t('actions.cancel')}
                </button>
              </>
            )}
            {status === 'active' && !licensed && (
              <button type="button" onClick={() => onAction('licence')}>
                {t('actions.assignLicence')}
              </button>
            )}
            {readiness.blockers.some((b) => b.fix === 'reactivate') && (
              <button type="button" onClick={() => onAction('reactivate')}>
                {t('actions.reactivate')}
              </button>
            )}
            {status !== 'inactive' && (
              <button type="button" className="secondary" onClick={() => onAction('message')}>
                {t('actions.message')}
              </button>
            )}
            {status === 'active' && (
              <button type="button" className="secondary" onClick={() => onAction('doctor')}>
                {t('actions.doctor')}
              </button>
            )}
          </div>
          <p role="status">{note}</p>
        </>
      )}

      <h3>{t('detail.facts')}</h3>
      <dl className="facts">
        <Fact label={t('detail.email')}>{user.email}</Fact>
        <Fact label={t('detail.status')}>{t(`status.${status}`)}</Fact>
        <Fact label={t('detail.role')}>{t(`roles.${roleOf(user)}`)}</Fact>
        <Fact label={t('detail.licence')}>{t(`licences.${licenceOf(user.type)}`)}</Fact>
        <Fact label={t('detail.verified')}>
          {user.verified === undefined
            ? t('detail.unknown')
            : user.verified === 1
              ? t('detail.yes')
              : t('detail.no')}
        </Fact>
        {invitation && (
          <>
            <Fact label={t('detail.invited')}>
              {formatDate(invitation.sentAt, language)} (
              {t('table.invitedDays', { count: invitation.daysPending })})
            </Fact>
            <Fact label={t('detail.expires')}>
              {invitation.expired
                ? t('table.linkEnded')
                : t('table.endsIn', { count: invitation.daysLeft })}
            </Fact>
          </>
        )}
        {person.meetingAccess && (
          <Fact label={t('detail.meetingAccess')}>
            {accessText(person.meetingAccess, d, language)}
          </Fact>
        )}
        <Fact label={t('detail.lastNudge')}>
          {nudgeText(person.lastNudge ?? null, nudgedOn(person.lastNudge, new Date()), d, language)}
        </Fact>
        {!pending && (
          <Fact label={t('detail.lastLogin')}>
            {formatTime(user.last_login_time, language) || t('table.never')}
          </Fact>
        )}
        {!pending && (
          <Fact label={t('detail.version')}>
            {displayVersion(user.last_client_version ?? '') || t('table.never')}
          </Fact>
        )}
        {!pending && user.created_at && (
          <Fact label={t('detail.created')}>{formatDate(user.created_at, language)}</Fact>
        )}
        {user.dept ? <Fact label={t('detail.dept')}>{user.dept}</Fact> : null}
        {user.timezone ? <Fact label={t('detail.timezone')}>{user.timezone}</Fact> : null}
      </dl>
      {person.bounced && <p className="hint">{t('detail.bouncedNote')}</p>}

      <h3>{t('detail.history')}</h3>
      {person.history.length === 0 ? (
        <p>{t('detail.noHistory')}</p>
      ) : (
        <ol className="history">
          {person.history.map((h) => (
            <li key={`${h.stage}-${h.at}`}>
              {t('detail.historyItem', {
                time: formatTime(h.at, language),
                stage: r(`stages.${h.stage}.label`),
              })}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
