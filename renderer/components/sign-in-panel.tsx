import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/api';
import type { ErrorCode } from '../../shared/errors';
import type { SliceError } from '../store/slice-error';
import { useAppStore } from '../store/store-context';
import { CopyButton } from './copy-button';
import { ServerToServerForm } from './server-to-server-form';

/**
 * What the signed-out panel says went wrong, or null: the one message for that event, so that
 * the screens around it do not say it again (a stopped sign-in needs no message).
 */
export function signInMessage(
  session: SessionInfo | null,
  sessionError: SliceError,
): ErrorCode | null {
  if (!session || session.state !== 'signed-out') return null;
  const error = session.error ?? sessionError;
  return error && error !== 'sign-in-cancelled' ? error : null;
}

/** Sign in to ReadyRoom with Zoom (system browser, RFC 8252): start, wait, copy the link, cancel, sign out. */
export function SignInPanel({ allowServerToServer = false }: { allowServerToServer?: boolean }) {
  const { t } = useTranslation();
  const session = useAppStore((s) => s.session);
  const sessionError = useAppStore((s) => s.sessionError);
  const mode = useAppStore((s) => s.info?.mode);
  // The banner already says the sign-in cannot be kept: one message for it, not two.
  const toldNotKept = useAppStore((s) => s.info?.notices.includes('secrets-not-kept') ?? false);
  const loadSession = useAppStore((s) => s.loadSession);
  const startSignIn = useAppStore((s) => s.startSignIn);
  const cancelSignIn = useAppStore((s) => s.cancelSignIn);
  const signOut = useAppStore((s) => s.signOut);
  const linkId = useId();

  useEffect(() => {
    if (!session) void loadSession();
  }, [session, loadSession]);

  if (!session) return null;
  const error = session.error ?? sessionError;
  const message = signInMessage(session, sessionError);

  if (session.state === 'signed-in' && session.person) {
    return (
      <div className="sign-in">
        <p role="status">
          {t('signIn.signedInAs', { name: session.person.name, email: session.person.email })}
        </p>
        {!(session.secretBackend === 'memory' && toldNotKept) && (
          <p className="hint">{t(`signIn.keptIn.${session.secretBackend}`)}</p>
        )}
        <button type="button" className="secondary" onClick={() => void signOut()}>
          {t('signIn.signOut')}
        </button>
      </div>
    );
  }

  return (
    <div className="sign-in">
      <p>{t('signIn.private')}</p>
      {mode === 'demo' && <p className="hint">{t('signIn.demoHint')}</p>}
      {session.state === 'signing-in' ? (
        <>
          <p role="status" className="check check-checking">
            {t('signIn.waiting')}
          </p>
          {error === 'browser-not-opened' && session.signInUrl && (
            <div className="callout">
              <label htmlFor={linkId}>{t('signIn.copyLink')}</label>
              <input id={linkId} type="text" readOnly value={session.signInUrl} />
              <CopyButton text={session.signInUrl} label={t('signIn.copy')} />
            </div>
          )}
          <div className="button-row">
            <button type="button" onClick={() => void startSignIn()}>
              {t('signIn.bringBack')}
            </button>
            <button type="button" className="secondary" onClick={() => void cancelSignIn()}>
              {t('signIn.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          {message && (
            <p role="alert" className="check check-failed">
              {t(`errors.${message}`)}
            </p>
          )}
          <button type="button" onClick={() => void startSignIn()}>
            {t('signIn.button')}
          </button>
          {allowServerToServer && <ServerToServerForm />}
        </>
      )}
    </div>
  );
}
