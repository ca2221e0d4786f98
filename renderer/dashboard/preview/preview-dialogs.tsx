import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Language, languageCodes, languageNames, pickLanguage } from '../../../shared/languages';
import { previewStep } from '../../../shared/preview-step';
import { displayVersion, type InviteeRole } from '../../../shared/readiness';
import { buildOnboardingPack } from '../../../shared/team-pack';
import type { TeamPerson } from '../../../shared/team-schemas';
import { licenceOf, personName, roleOf } from '../../../shared/team-table';
import { stepNumber, wizardStepIds, type WizardStepId } from '../../../shared/wizard';
import type { InvitationPack } from '../../../shared/invitation-pack';
import { useAppStore } from '../../store/store-context';
import { selectTeamFacts } from '../../store/team-slice';
import { MessageDialog } from '../message-dialog';
import { Modal } from '../modal';
import { formatDate, formatTime, useDashboardTexts } from '../texts';
import { PreviewFrame } from './preview-frame';
import type { PreviewSubject } from './preview-api';

/** Blockers that say the person hosts for someone else (their pack then says so). */
const hostingCodes = new Set(['no-scheduling-privilege', 'not-alternative-host']);

function packRole(person: TeamPerson | null): InviteeRole {
  if (!person) return 'member';
  if (roleOf(person.user) === 'admin') return 'co-admin';
  return person.readiness.blockers.some((b) => hostingCodes.has(b.code))
    ? 'alternative-host'
    : 'member';
}

/**
 * What every preview is drawn from besides the person: the admin's app info and settings, and the
 * invitation the person would have opened (the same pack the message dialog builds), or null
 * until the app info, settings, sign-in and organisation name are known.
 */
function usePreviewBase(person: TeamPerson | null) {
  const info = useAppStore((s) => s.info);
  const settings = useAppStore((s) => s.settings);
  const admin = useAppStore((s) => (s.session?.state === 'signed-in' ? s.session.person : null));
  const organisation = useAppStore((s) => selectTeamFacts(s)?.prefs.organisationName ?? '');
  const fetchedAt = useAppStore((s) => selectTeamFacts(s)?.fetchedAt ?? null);
  const [issuedAt] = useState(() => new Date());
  const email = person?.user.email ?? null;
  const name = person ? personName(person.user) : '';
  const role = packRole(person);
  const invitation = useMemo<InvitationPack | null>(
    () =>
      admin && organisation
        ? buildOnboardingPack({
            organisationName: organisation,
            accountId: admin.accountId,
            admin: { name: admin.name, email: admin.email },
            // "Preview the wizard": an invitee not named yet, at the admin's own domain.
            invitee: { email: email ?? sampleAddress(admin.email), name, role },
            zoomClientId: settings?.zoomClientId ?? null,
            issuedAt,
          })
        : null,
    [admin, organisation, email, name, role, settings?.zoomClientId, issuedAt],
  );
  return { info, settings, invitation, fetchedAt };
}

/** "Preview the wizard" names nobody: a sample address at the admin's own domain. */
function sampleAddress(adminEmail: string): string {
  return `name@${adminEmail.split('@')[1] ?? 'example.org'}`;
}

/** The admin's language, as the app shows it: where every preview starts. */
function useAppLanguage(): Language {
  const { i18n } = useTranslation();
  return pickLanguage([i18n.language]);
}

/**
 * Picks the preview's language only; the app's own stays as it is. It starts at the app's
 * language, because Zoom's team list cannot say the person's: the items of `GET /users` (Zoom's
 * OpenAPI, operation "users") have no `language`; only `GET /users/{userId}` (operation "user")
 * has one, described as the "Default language for the Zoom Web Portal" — not ReadyRoom's, and a
 * preview makes no live call to read it (shared/zoom/ZoomUserAPISpec.2025-patched.json).
 */
function PreviewLanguagePicker({
  value,
  onChange,
}: {
  readonly value: Language;
  readonly onChange: (language: Language) => void;
}) {
  const { t } = useTranslation('preview');
  const id = useId();
  const hintId = useId();
  return (
    <div className="preview-controls">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={value}
        aria-describedby={hintId}
        onChange={(event) => {
          const chosen = Language.safeParse(event.target.value);
          if (chosen.success) onChange(chosen.data);
        }}
      >
        {languageCodes.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
      <p id={hintId} className="hint">
        {t('language.hint')}
      </p>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * "See what they see": the wizard step a person is most likely stuck on (from their stage in
 * Zoom, shared/preview-step.ts), drawn read-only from what Zoom said about them, with the facts
 * it was drawn from, when Zoom said them, and the message the admin could send.
 */
export function PersonPreviewDialog({
  person,
  onClose,
}: {
  readonly person: TeamPerson;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('preview');
  const { t: tw } = useTranslation('wizard');
  const dash = useDashboardTexts();
  const { info, settings, invitation, fetchedAt } = usePreviewBase(person);
  const appLanguage = useAppLanguage();
  const [language, setLanguage] = useState(appLanguage);
  const [writing, setWriting] = useState(false);
  const name = personName(person.user);
  const step = previewStep(person.readiness);
  const subject = useMemo<PreviewSubject | null>(
    () => (info && settings ? { person, fetchedAt, step, invitation, info, settings } : null),
    [person, fetchedAt, step, invitation, info, settings],
  );
  const { user, readiness } = person;
  const pending = user.status === 'pending';
  const time = formatTime(fetchedAt, dash.language);
  const version = displayVersion(user.last_client_version ?? '');

  return (
    <Modal title={t('person.title', { name })} onClose={onClose} wide>
      <p className="note preview-notice">
        {time ? t('person.notice', { name, time }) : t('person.noticeNoTime', { name })}
      </p>
      <p>
        {t('person.step', {
          stage: dash.r(`stages.${readiness.stage}.label`),
          number: stepNumber(step).number,
          title: tw(`steps.${step}.title`),
        })}{' '}
        <span className="hint">{t('person.stepNote')}</span>
      </p>
      <PreviewLanguagePicker value={language} onChange={setLanguage} />
      <div className="preview-layout">
        {subject && (
          <PreviewFrame subject={subject} language={language} label={t('frame.person', { name })} />
        )}
        <div className="preview-aside">
          <h3>{t('person.facts')}</h3>
          <dl className="facts">
            <Fact label={dash.t('detail.stage')}>{dash.r(`stages.${readiness.stage}.label`)}</Fact>
            <Fact label={dash.t('detail.email')}>{user.email}</Fact>
            <Fact label={dash.t('detail.licence')}>
              {dash.t(`licences.${licenceOf(user.type)}`)}
            </Fact>
            {readiness.invitation && (
              <Fact label={dash.t('detail.invited')}>
                {formatDate(readiness.invitation.sentAt, dash.language)}
              </Fact>
            )}
            {!pending && (
              <Fact label={dash.t('detail.lastLogin')}>
                {formatTime(user.last_login_time, dash.language) || t('person.never')}
              </Fact>
            )}
            {!pending && (
              <Fact label={dash.t('detail.version')}>{version || t('person.noVersion')}</Fact>
            )}
          </dl>
          {user.status !== 'inactive' && (
            <>
              <h3>{t('person.messageHeading')}</h3>
              <p>{t('person.messageIntro')}</p>
              <button type="button" className="secondary" onClick={() => setWriting(true)}>
                {t('person.messageOpen', { name })}
              </button>
            </>
          )}
        </div>
      </div>
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {writing && (
        <MessageDialog email={user.email} name={name} onClose={() => setWriting(false)} />
      )}
    </Modal>
  );
}

/**
 * "Preview the wizard": every step an invitee will be asked to do, in any offered language,
 * stepped through with Next and Back, before anyone is invited. Nobody's data from Zoom is used.
 */
export function WizardPreviewDialog({
  onClose,
  startAt = wizardStepIds[0],
}: {
  readonly onClose: () => void;
  /** The step it opens at ("What will they see when they click Activate?": 'activate'). */
  readonly startAt?: WizardStepId;
}) {
  const { t } = useTranslation('preview');
  const { t: tw } = useTranslation('wizard');
  const { info, settings, invitation } = usePreviewBase(null);
  const appLanguage = useAppLanguage();
  const [language, setLanguage] = useState(appLanguage);
  const [step, setStep] = useState<WizardStepId>(startAt);
  const index = wizardStepIds.indexOf(step);
  const { number, total } = stepNumber(step);
  const subject = useMemo<PreviewSubject | null>(
    () =>
      info && settings ? { person: null, fetchedAt: null, step, invitation, info, settings } : null,
    [step, invitation, info, settings],
  );
  const previous = wizardStepIds[index - 1];
  const next = wizardStepIds[index + 1];

  return (
    <Modal title={t('wizard.title')} onClose={onClose} wide>
      <p className="note">{t('wizard.intro')}</p>
      <PreviewLanguagePicker value={language} onChange={setLanguage} />
      <div className="preview-controls">
        {/* aria-disabled, not disabled: the button keeps the keyboard's focus at either end. */}
        <button
          type="button"
          className="secondary"
          aria-disabled={!previous}
          onClick={() => previous && setStep(previous)}
        >
          {t('wizard.back')}
        </button>
        <button type="button" aria-disabled={!next} onClick={() => next && setStep(next)}>
          {t('wizard.next')}
        </button>
        <p role="status" className="preview-position">
          {t('wizard.position', { number, total, title: tw(`steps.${step}.title`) })}
        </p>
      </div>
      {subject && <PreviewFrame subject={subject} language={language} label={t('frame.wizard')} />}
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
