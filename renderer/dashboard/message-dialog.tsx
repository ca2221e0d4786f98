import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Language, languageDirection, languageNames } from '../../shared/languages';
import { encodeInvitationLink, serializeInvitationPack } from '../../shared/invitation-pack';
import { inviteeRoles, type InviteeRole } from '../../shared/readiness';
import {
  buildOnboardingPack,
  mailtoLink,
  MAX_MAILTO_LENGTH,
  packFileName,
} from '../../shared/team-pack';
import type { Nudge } from '../../shared/team-schemas';
import { CopyButton } from '../components/copy-button';
import { ensureLanguage } from '../i18n/i18n';
import { useAppStore } from '../store/store-context';
import { selectTeamFacts } from '../store/team-slice';
import { downloadText } from './download';
import { Modal } from './modal';
import { OrganisationNameField } from './organisation-name';
import { nudgeText } from './nudge-text';
import { useDashboardTexts } from './texts';

const READYROOM_SITE = 'https://readyroom.app';

export interface MessageDialogProps {
  readonly email: string;
  /** The person's name as Zoom has it (the email when Zoom has none). */
  readonly name: string;
  readonly onClose: () => void;
}

/**
 * The personal onboarding message and invitation pack for one person: plain steps with the
 * organisation's name and where to get ReadyRoom; copy it, open it in the mail app, and
 * download the pack file to attach.
 */
export function MessageDialog({ email, name, onClose }: MessageDialogProps) {
  const { t, d, language } = useDashboardTexts();
  const session = useAppStore((s) => s.session?.person ?? null);
  const organisation = useAppStore((s) => selectTeamFacts(s)?.prefs.organisationName ?? '');
  const clientId = useAppStore((s) => s.settings?.zoomClientId ?? null);
  const openExternal = useAppStore((s) => s.openExternal);
  const teamFix = useAppStore((s) => s.teamFix);
  // When the backend noted this message as her nudge (or that it could not).
  const [noted, setNoted] = useState<Nudge | 'failed' | null>(null);
  const [role, setRole] = useState<InviteeRole>('member');
  const [saved, setSaved] = useState<string | null>(null);
  const [issuedAt] = useState(() => new Date());
  // The language the person reads: the pack names it (the wizard opens in it) and the message is
  // written in it. Unknown: the message is in the admin's language, the wizard in their computer's.
  const [personLanguage, setPersonLanguage] = useState<Language | null>(null);
  // A language being loaded (its texts are loaded before the message is written in it).
  const [pendingLanguage, setPendingLanguage] = useState<Language | null>(null);
  const { i18n } = useTranslation();
  const chooseLanguage = async (next: Language | null) => {
    setPendingLanguage(next);
    // (If its texts cannot be loaded, the message stays in the language it is in.)
    if (!next || (await ensureLanguage(i18n, next))) setPersonLanguage(next);
    setPendingLanguage((now) => (now === next ? null : now));
  };
  const mt = personLanguage ? i18n.getFixedT(personLanguage, 'dashboard') : t;
  const messageLanguage = personLanguage ?? language;
  const roleId = useId();
  const languageId = useId();
  const personName = name !== email ? name : '';

  const pack = useMemo(
    () =>
      session && organisation
        ? buildOnboardingPack({
            organisationName: organisation,
            accountId: session.accountId,
            admin: { name: session.name, email: session.email },
            invitee: {
              email,
              name: personName,
              role,
              ...(personLanguage ? { language: personLanguage } : {}),
            },
            zoomClientId: clientId,
            issuedAt,
          })
        : null,
    [session, organisation, email, personName, role, personLanguage, clientId, issuedAt],
  );

  const compose = (withLink: boolean): string => {
    const lines = [
      personName ? mt('message.hello', { name: personName }) : mt('message.helloNoName'),
      '',
      mt('message.intro', { org: organisation }),
      '',
      mt('message.step1'),
      mt('message.step2'),
      mt('message.step3', { site: READYROOM_SITE }),
      withLink && pack ? mt('message.step4') : mt('message.step4File'),
      ...(withLink && pack ? [encodeInvitationLink(pack)] : []),
      '',
      mt('message.help'),
      '',
      mt('message.thanks'),
      session?.name ?? '',
    ];
    return lines.join('\n');
  };
  const noteSent = async () => {
    try {
      setNoted((await teamFix('recordNudge', { email, how: 'message' })).nudge);
    } catch {
      setNoted('failed');
    }
  };
  const message = compose(true);
  const subject = mt('message.subject', { org: organisation });
  const mailto = () => {
    const full = mailtoLink(email, subject, message);
    // A link with the whole pack in it can be too long for a mail program; the file still goes.
    return full.length <= MAX_MAILTO_LENGTH ? full : mailtoLink(email, subject, compose(false));
  };

  return (
    <Modal title={t('message.title', { name: name || email })} onClose={onClose} wide>
      {!organisation ? (
        <>
          <p>{t('message.orgMissing')}</p>
          <OrganisationNameField autoFocus />
        </>
      ) : (
        <>
          <label htmlFor={roleId}>{t('message.role')}</label>
          <select
            id={roleId}
            value={role}
            onChange={(event) => {
              const value = inviteeRoles.find((r) => r === event.target.value);
              if (value) setRole(value);
            }}
          >
            {inviteeRoles.map((r) => (
              <option key={r} value={r}>
                {t(`message.roles.${r}`)}
              </option>
            ))}
          </select>
          <label htmlFor={languageId}>{t('message.language')}</label>
          <select
            id={languageId}
            value={pendingLanguage ?? personLanguage ?? ''}
            onChange={(event) => {
              const parsed = Language.safeParse(event.target.value);
              void chooseLanguage(parsed.success ? parsed.data : null);
            }}
          >
            <option value="">{t('message.languageUnknown')}</option>
            {Language.options.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {languageNames[lang]}
              </option>
            ))}
          </select>
          <h3>{t('message.preview')}</h3>
          <p
            className="message-preview"
            lang={messageLanguage}
            dir={languageDirection(messageLanguage)}
          >
            {message}
          </p>
          <div className="button-row">
            <CopyButton text={message} label={t('message.copy')} onCopied={() => void noteSent()} />
            <button
              type="button"
              className="secondary"
              onClick={() => {
                void openExternal(mailto());
                void noteSent();
              }}
            >
              {t('message.mail')}
            </button>
            {pack && (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  const file = packFileName(email);
                  downloadText(file, serializeInvitationPack(pack), 'application/json');
                  setSaved(file);
                  void noteSent();
                }}
              >
                {t('message.download')}
              </button>
            )}
          </div>
          <p className="hint">{t('message.fileHint')}</p>
          <p role="status">{saved ? t('message.downloaded', { file: saved }) : ''}</p>
          <p role="status" className="hint">
            {noted === 'failed'
              ? t('needsYou.noteFailed')
              : noted
                ? nudgeText(noted, true, d, language)
                : ''}
          </p>
        </>
      )}
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('confirm.close')}
        </button>
      </div>
    </Modal>
  );
}
