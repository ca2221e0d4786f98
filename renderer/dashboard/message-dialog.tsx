import { useId, useMemo, useState } from 'react';
import { encodeInvitationLink, serializeInvitationPack } from '../../shared/invitation-pack';
import { inviteeRoles, type InviteeRole } from '../../shared/readiness';
import {
  buildOnboardingPack,
  mailtoLink,
  MAX_MAILTO_LENGTH,
  packFileName,
} from '../../shared/team-pack';
import { CopyButton } from '../components/copy-button';
import { useAppStore } from '../store/store-context';
import { downloadText } from './download';
import { Modal } from './modal';
import { OrganisationNameField } from './organisation-name';
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
  const { t } = useDashboardTexts();
  const session = useAppStore((s) => s.session?.person ?? null);
  const organisation = useAppStore((s) => s.team?.prefs.organisationName ?? '');
  const clientId = useAppStore((s) => s.settings?.zoomClientId ?? null);
  const openExternal = useAppStore((s) => s.openExternal);
  const [role, setRole] = useState<InviteeRole>('member');
  const [saved, setSaved] = useState<string | null>(null);
  const [issuedAt] = useState(() => new Date());
  const roleId = useId();
  const personName = name !== email ? name : '';

  const pack = useMemo(
    () =>
      session && organisation
        ? buildOnboardingPack({
            organisationName: organisation,
            accountId: session.accountId,
            admin: { name: session.name, email: session.email },
            invitee: { email, name: personName, role },
            zoomClientId: clientId,
            issuedAt,
          })
        : null,
    [session, organisation, email, personName, role, clientId, issuedAt],
  );

  const compose = (withLink: boolean): string => {
    const lines = [
      personName ? t('message.hello', { name: personName }) : t('message.helloNoName'),
      '',
      t('message.intro', { org: organisation }),
      '',
      t('message.step1'),
      t('message.step2'),
      t('message.step3', { site: READYROOM_SITE }),
      withLink && pack ? t('message.step4') : t('message.step4File'),
      ...(withLink && pack ? [encodeInvitationLink(pack)] : []),
      '',
      t('message.help'),
      '',
      t('message.thanks'),
      session?.name ?? '',
    ];
    return lines.join('\n');
  };
  const message = compose(true);
  const subject = t('message.subject', { org: organisation });
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
          <h3>{t('message.preview')}</h3>
          <p className="message-preview">{message}</p>
          <div className="button-row">
            <CopyButton text={message} label={t('message.copy')} />
            <button type="button" className="secondary" onClick={() => void openExternal(mailto())}>
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
                }}
              >
                {t('message.download')}
              </button>
            )}
          </div>
          <p className="hint">{t('message.fileHint')}</p>
          <p role="status">{saved ? t('message.downloaded', { file: saved }) : ''}</p>
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
