import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationChange } from '../../shared/invitation-changes';
import type { PackParseReason } from '../../shared/invitation-pack';
import { MESSAGE_MAX_BYTES } from '../../shared/limits';
import { useAppStore } from '../store/store-context';
import { InvitationConfirm } from './invitation-confirm';

type Pending = {
  readonly kind: 'file' | 'link';
  readonly text: string;
  readonly changes: ReadonlyArray<InvitationChange>;
};

/** Opens the admin's invitation pack: a file (picked or dropped) or a pasted readyroom: link. */
export function InvitationOpener() {
  const { t } = useTranslation('wizard');
  const { t: tr } = useTranslation('readiness');
  const invitation = useAppStore((s) => s.progress?.invitation ?? null);
  const openInvitation = useAppStore((s) => s.openInvitation);
  // "Open another invite": the one already opened stays until a new one opens (a bad file must
  // not cost the person the good one).
  const [replacing, setReplacing] = useState(false);
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState<PackParseReason | 'read-failed' | null>(null);
  // A pack that would change what the person has waits here for their yes.
  const [pending, setPending] = useState<Pending | null>(null);
  const fileId = useId();
  const linkId = useId();

  const open = async (kind: 'file' | 'link', text: string, replace = false) => {
    const outcome = await openInvitation(kind, text, replace);
    setProblem(outcome.status === 'refused' ? outcome.reason : null);
    setPending(outcome.status === 'confirm' ? { kind, text, changes: outcome.changes } : null);
    if (outcome.status === 'opened') {
      setReplacing(false);
      setLink('');
    }
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MESSAGE_MAX_BYTES) return setProblem('too-large');
    try {
      await open('file', await file.text());
    } catch {
      setProblem('read-failed');
    }
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    void openFile(event.dataTransfer.files[0]);
  };

  if (pending) {
    return (
      <InvitationConfirm
        changes={pending.changes}
        onKeep={() => {
          setPending(null);
          setReplacing(false);
        }}
        onReplace={() => void open(pending.kind, pending.text, true)}
      />
    );
  }

  if (invitation && !replacing) {
    return (
      <div className="callout">
        <p role="status">
          {t('invitation.opened', {
            admin: invitation.admin.name,
            organisation: invitation.organisation.name,
            email: invitation.invitee.email,
          })}
        </p>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setProblem(null);
            setReplacing(true);
          }}
        >
          {t('invitation.useAnother')}
        </button>
      </div>
    );
  }

  return (
    <div
      className="callout invitation-opener"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <h2>{t('invitation.heading')}</h2>
      <p>{t('invitation.explain')}</p>
      {invitation && (
        <p>
          {t('invitation.keptUntilNew', { admin: invitation.admin.name })}{' '}
          <button type="button" className="link-button" onClick={() => setReplacing(false)}>
            {t('invitation.keepThis')}
          </button>
        </p>
      )}
      <p>
        <label htmlFor={fileId}>{t('invitation.fileLabel')}</label>
        <br />
        <input
          id={fileId}
          type="file"
          accept=".readyroom,.json,application/json"
          onChange={(e) => void openFile(e.target.files?.[0])}
        />
      </p>
      <p className="hint">{t('invitation.dropHere')}</p>
      <label htmlFor={linkId}>{t('invitation.linkLabel')}</label>
      <div className="button-row">
        <input
          id={linkId}
          type="url"
          value={link}
          onChange={(e) => setLink(e.target.value)}
          placeholder="readyroom://invite?p=…"
        />
        <button type="button" disabled={link.trim() === ''} onClick={() => void open('link', link)}>
          {t('invitation.openLink')}
        </button>
      </div>
      {problem && (
        <p role="alert" className="check check-failed">
          {problem === 'read-failed' ? t('invitation.readFailed') : tr(`pack.${problem}`)}
        </p>
      )}
    </div>
  );
}
