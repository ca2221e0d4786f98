import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { InvitationOutcome } from '../../shared/api';
import { MESSAGE_MAX_BYTES } from '../../shared/limits';
import { useBridge } from '../bridge/bridge-context';

/** The sentence for an outcome, and whether it is good news. */
function describe(
  outcome: InvitationOutcome,
  t: TFunction<'desktop'>,
  tReadiness: TFunction<'readiness'>,
  tApp: TFunction,
): { text: string; ok: boolean } {
  if (outcome.status === 'unreadable') return { text: t('outcome.unreadable'), ok: false };
  if (outcome.status === 'failed')
    return { text: `${t('outcome.failed')} ${tApp(`errors.${outcome.error}`)}`, ok: false };
  const { result } = outcome;
  if (result.ok) {
    const values = { admin: result.pack.admin.name, organisation: result.pack.organisation.name };
    return { text: t('outcome.opened', values), ok: true };
  }
  if (result.reason === 'needs-confirmation')
    return { text: t('outcome.needsConfirmation'), ok: false };
  return { text: `${t('outcome.refused')} ${tReadiness(`pack.${result.reason}`)}`, ok: false };
}

/**
 * What came of an invitation from outside the window (the File menu, a file opened with
 * ReadyRoom, a readyroom: link, or a file dropped anywhere on the window): always a sentence.
 */
export function InvitationOutcomeNotice() {
  const { t } = useTranslation('desktop');
  const { t: tReadiness } = useTranslation('readiness');
  const { t: tApp } = useTranslation();
  const api = useBridge();
  const [outcome, setOutcome] = useState<InvitationOutcome | null>(null);

  useEffect(() => {
    if (!api) return;
    const off = api.on('invitationOutcome', setOutcome);
    // What arrived before this window listened (a link that started the app).
    void api
      .takeInvitationOutcome({})
      .then((pending) => {
        if (pending) setOutcome(pending);
      })
      .catch(() => undefined);
    // A file dropped anywhere the invitation step's own drop zone is not.
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (event.defaultPrevented || !file) return;
      event.preventDefault();
      if (file.size > MESSAGE_MAX_BYTES) {
        setOutcome({
          source: 'file',
          status: 'answered',
          result: { ok: false, reason: 'too-large' },
        });
        return;
      }
      void file
        .text()
        .then((text) => api.openInvitation({ kind: 'file', text }))
        .then((result) => setOutcome({ source: 'file', status: 'answered', result }))
        .catch(() => setOutcome({ source: 'file', status: 'unreadable' }));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      off();
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [api]);

  if (!outcome) return null;
  const { text, ok } = describe(outcome, t, tReadiness, tApp);
  return (
    <div
      className={`banner ${ok ? 'banner-notice' : 'banner-error'}`}
      role={ok ? 'status' : 'alert'}
    >
      <p>{text}</p>
      <button type="button" onClick={() => setOutcome(null)}>
        {t('outcome.dismiss')}
      </button>
    </div>
  );
}
