import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors';
import { CopyButton } from '../../components/copy-button';
import { useAppStore } from '../../store/store-context';
import { CheckStatus } from '../check-status';
import { PictureHere } from '../picture-here';
import { zoomProfileUrl } from '../zoom-links';

type Stage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'asking' }
  | { readonly kind: 'making' }
  | { readonly kind: 'made'; readonly hostKey: string; readonly shown: boolean }
  | { readonly kind: 'refused'; readonly error: ErrorCode };

/**
 * The host key within reach. Zoom gives a person's own sign-in no way to read it (no `host_key`
 * in `GET /users/me`), so ReadyRoom pictures where it is on zoom.us (Profile → Meeting → the eye
 * icon). For a licensed person it can also set a new one (`PATCH /users/me`), only after asking,
 * and then show it on request with a copy button. See electron/services/checks/host-key.ts.
 */
export function HostKeyCard({ canMakeNew }: { canMakeNew: boolean }) {
  const { t } = useTranslation('wizard');
  const { t: tc } = useTranslation();
  const openExternal = useAppStore((s) => s.openExternal);
  const makeNewHostKey = useAppStore((s) => s.makeNewHostKey);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const headingId = useId();
  const keyId = useId();

  const make = async () => {
    setStage({ kind: 'making' });
    const outcome = await makeNewHostKey();
    setStage(
      outcome.ok
        ? { kind: 'made', hostKey: outcome.hostKey, shown: false }
        : { kind: 'refused', error: outcome.error },
    );
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('steps.meeting-details.hostKeyHeading')}</h2>
      <p>{t('steps.meeting-details.hostKeyExplain')}</p>
      <p>{t('steps.meeting-details.hostKeyWhere')}</p>
      <PictureHere id="meeting-details" />
      <p className="note">{t('steps.meeting-details.hostKeySecret')}</p>
      <button type="button" className="secondary" onClick={() => void openExternal(zoomProfileUrl)}>
        {t('steps.meeting-details.openProfile')}
      </button>

      {canMakeNew && (
        <div className="path">
          <h3>{t('steps.meeting-details.newKeyHeading')}</h3>
          <p>{t('steps.meeting-details.newKeyExplain')}</p>
          {stage.kind === 'idle' && (
            <button
              type="button"
              className="secondary"
              onClick={() => setStage({ kind: 'asking' })}
            >
              {t('steps.meeting-details.newKey')}
            </button>
          )}
          {stage.kind === 'asking' && (
            <div className="callout" role="group" aria-label={t('steps.meeting-details.newKey')}>
              <p>{t('steps.meeting-details.newKeyConfirm')}</p>
              <div className="button-row">
                <button type="button" onClick={() => void make()}>
                  {t('steps.meeting-details.newKeyYes')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setStage({ kind: 'idle' })}
                >
                  {t('steps.meeting-details.newKeyNo')}
                </button>
              </div>
            </div>
          )}
          {stage.kind === 'making' && (
            <CheckStatus tone="checking">{t('steps.meeting-details.newKeyMaking')}</CheckStatus>
          )}
          {stage.kind === 'refused' && (
            <CheckStatus tone="failed">
              {stage.error === 'no-privilege'
                ? t('steps.meeting-details.newKeyAdminOnly')
                : stage.error === 'missing-scopes'
                  ? t('steps.meeting-details.newKeyNotAllowed')
                  : tc(`errors.${stage.error}`)}
            </CheckStatus>
          )}
          {stage.kind === 'made' && (
            <>
              <CheckStatus tone="passed">{t('steps.meeting-details.newKeyMade')}</CheckStatus>
              <button
                type="button"
                className="secondary"
                aria-expanded={stage.shown}
                aria-controls={keyId}
                onClick={() => setStage({ ...stage, shown: !stage.shown })}
              >
                {stage.shown
                  ? t('steps.meeting-details.hideKey')
                  : t('steps.meeting-details.showKey')}
              </button>
              <div id={keyId} hidden={!stage.shown}>
                {stage.shown && (
                  <>
                    <p>
                      {t('steps.meeting-details.keyLabel')}{' '}
                      <span className="code">{stage.hostKey}</span>{' '}
                      <CopyButton text={stage.hostKey} label={t('steps.meeting-details.copyKey')} />
                    </p>
                    <p className="note">{t('steps.meeting-details.keySecret')}</p>
                  </>
                )}
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
