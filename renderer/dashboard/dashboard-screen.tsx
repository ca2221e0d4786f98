import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHelp } from '../components/app-help';
import { BackToStart } from '../components/back-to-start';
import { ConnectionDoctorPanel } from '../components/connection-doctor-panel';
import { SignInPanel, signInMessage } from '../components/sign-in-panel';
import { useScreenTitle } from '../components/use-screen-title';
import { useAppStore } from '../store/store-context';
import { DoctorDialog } from './doctor-dialog';
import type { TeamFirstRows, TeamPerson, TeamView } from '../../shared/team-schemas';
import { InviteDialog } from './invite-dialog';
import { NeedsYouToday } from './needs-you-today';
import { OrganisationNameField } from './organisation-name';
import { PersonDetail } from './person-detail';
import { WizardPreviewButton, WizardPreviewDialog } from './preview';
import { RefreshPanel } from './refresh-panel';
import { TeamSection } from './team-section';
import { TeamSummary } from './team-summary';
import { useAllReadyNotice } from './use-all-ready-notice';
import { useAutoRefresh } from './use-auto-refresh';
import { YourQuestions } from './your-questions';
import './dashboard.css';

/** The first rows as a view of their own (never given to what speaks about everyone). */
function firstRowsView(first: TeamFirstRows | null): TeamView | null {
  if (!first) return null;
  return {
    accountId: first.accountId,
    revision: first.revision,
    fetchedAt: first.fetchedAt,
    complete: first.complete,
    failedLists: first.failedLists,
    fromCache: first.fromCache,
    people: first.people,
    counts: first.counts,
    allReady: first.allReady,
    prefs: first.prefs,
  };
}

/** The admin's team readiness dashboard. */
export function DashboardScreen() {
  const { t } = useTranslation('dashboard');
  const heading = useScreenTitle(t('title'));
  const session = useAppStore((s) => s.session);
  const sessionError = useAppStore((s) => s.sessionError);
  const wholeTeam = useAppStore((s) => s.team);
  const firstRows = useAppStore((s) => s.teamFirstRows);
  // A big team's first rows show while the rest are on their way (the counts are everyone's).
  const team = useMemo(() => wholeTeam ?? firstRowsView(firstRows), [wholeTeam, firstRows]);
  const loadingRest = wholeTeam === null && firstRows !== null ? firstRows.total : null;
  const teamError = useAppStore((s) => s.teamError);
  const loadTeam = useAppStore((s) => s.loadTeam);
  const listenTeam = useAppStore((s) => s.listenTeam);
  const [tool, setTool] = useState<'invite' | 'doctor' | 'preview' | null>(null);
  const [open, setOpen] = useState<TeamPerson | null>(null);
  // Where focus was when a person was opened: it goes back there when the panel closes.
  const opener = useRef<{ element: HTMLElement | null; email: string } | null>(null);
  const openPerson = useCallback((next: TeamPerson) => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !active.closest('.person-panel'))
      opener.current = {
        element: active instanceof HTMLElement ? active : null,
        email: next.user.email,
      };
    setOpen(next);
  }, []);
  const closePerson = useCallback(() => {
    setOpen(null);
    const back = opener.current;
    opener.current = null;
    // After the panel has gone: the button that opened it, or (scrolled out of the drawn rows,
    // or gone from the list) the table itself.
    requestAnimationFrame(() => {
      if (back?.element?.isConnected) back.element.focus();
      else document.querySelector<HTMLElement>('.team-table-scroll')?.focus();
    });
  }, []);

  const person = session?.state === 'signed-in' ? session.person : null;
  const isAdmin = person !== null && person.role !== 'member';
  const signedOut = session !== null && session.state !== 'signed-in';
  const sessionKey = `${session?.state ?? ''}:${person?.accountId ?? ''}:${person?.role ?? ''}`;

  useEffect(() => listenTeam(), [listenTeam]);
  useEffect(() => {
    if (sessionKey !== ':') void loadTeam();
  }, [sessionKey, loadTeam]);
  useAutoRefresh(isAdmin);
  useAllReadyNotice();

  const showTeam = team !== null && (isAdmin || (signedOut && team.accountId !== null));
  return (
    <section aria-labelledby="dashboard-heading" className="dashboard">
      <h1 id="dashboard-heading" ref={heading} tabIndex={-1}>
        {t('heading')}
      </h1>
      <p>{t('intro')}</p>
      <SignInPanel allowServerToServer />
      <ConnectionDoctorPanel purpose="admin" />
      {/* When the sign-in panel says why (the sign-in ended, offline…), that is the one message. */}
      {signedOut && !signInMessage(session, sessionError) && (
        <p className="note">{team?.accountId ? t('access.savedCopy') : t('access.signedOut')}</p>
      )}
      {person && person.role === 'member' && (
        <p className="check check-failed">{t('access.member', { name: person.name })}</p>
      )}
      {teamError && isAdmin && (
        <p role="alert" className="check check-failed">
          {t(`errors.${teamError}`, { ns: 'translation' })}
        </p>
      )}
      {showTeam && (
        <>
          <RefreshPanel canRefresh={isAdmin} />
          <div className={isAdmin ? 'dashboard-top' : undefined}>
            <TeamSummary team={team} total={loadingRest ?? team.people.length} />
            {isAdmin && <NeedsYouToday people={wholeTeam?.people ?? null} />}
          </div>
          {/* The tools, then the team, then the side column; from 60rem the tools and the side
              column stand beside the team, so the table starts high in the window. */}
          <div className={open || isAdmin ? 'dashboard-body has-side' : 'dashboard-body'}>
            {isAdmin && (
              <section className="team-tools" aria-labelledby="team-tools-heading">
                <h2 id="team-tools-heading">{t('tools.heading')}</h2>
                <div className="button-row">
                  <button type="button" onClick={() => setTool('invite')}>
                    {t('tools.invite')}
                  </button>
                  <button type="button" onClick={() => setTool('doctor')}>
                    {t('tools.doctor')}
                  </button>
                  <WizardPreviewButton />
                </div>
                <OrganisationNameField />
              </section>
            )}
            <div className="dashboard-team">
              <TeamSection team={team} loadingRest={loadingRest} onOpen={openPerson} />
            </div>
            {(open || isAdmin) && (
              <div className="dashboard-side">
                {open && <PersonDetail opened={open} onClose={closePerson} />}
                {isAdmin && (
                  <YourQuestions
                    onOpenDoctor={() => setTool('doctor')}
                    onPreviewWizard={() => setTool('preview')}
                  />
                )}
              </div>
            )}
          </div>
        </>
      )}
      {tool === 'invite' && <InviteDialog onClose={() => setTool(null)} />}
      {tool === 'doctor' && <DoctorDialog onClose={() => setTool(null)} />}
      {tool === 'preview' && <WizardPreviewDialog onClose={() => setTool(null)} />}
      <AppHelp />
      <BackToStart />
    </section>
  );
}
