import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { appSignInState, type AppSignInState } from '../../../shared/readiness-app';
import type { SignInMethod } from '../../../shared/wizard';
import { useAppStore } from '../../store/store-context';
import { CheckStatus } from '../check-status';
import { PictureHere } from '../picture-here';
import { zoomDownloadUrl } from '../zoom-links';
import { SignInMethodQuestion } from './sign-in-method-question';
import { useAccountCheck, zoomAppBlockers } from './use-account-check';

const methodKey = {
  email: 'methodEmail',
  google: 'methodGoogle',
  apple: 'methodApple',
  microsoft: 'methodMicrosoft',
  facebook: 'methodFacebook',
  sso: 'methodSso',
} as const satisfies Record<SignInMethod, string>;

/**
 * Step 6: sign in to the Zoom app; live check: Zoom reports a last_client_version for this
 * person. One message at a time (shared/readiness-app.ts): an app that is too old is "update
 * first", with the download button, never also "Zoom has not seen you sign in".
 */
export function AppSignInStep() {
  const { t } = useTranslation('wizard');
  const { t: tc } = useTranslation();
  const method = useAppStore((s) => s.progress?.answers.signInMethod ?? null);
  const completeStep = useAppStore((s) => s.completeStep);
  const goToStep = useAppStore((s) => s.goToStep);
  const setCheckNote = useAppStore((s) => s.setCheckNote);
  const openExternal = useAppStore((s) => s.openExternal);
  const localCheck = useAppStore((s) => s.checks.zoomApp);
  const runCheck = useAppStore((s) => s.runCheck);
  const busy = useAppStore((s) => s.busy);
  const { signedIn, check, recheck } = useAccountCheck();
  const result = check.status === 'done' ? check.result : null;
  const local = localCheck.status === 'done' ? localCheck.result : null;
  const state: AppSignInState | null = result
    ? appSignInState(
        { lastClientVersion: result.lastClientVersion, blockers: zoomAppBlockers(result) },
        local,
      )
    : null;

  // Resumed at this step: look at this computer's app too, as step 5 did.
  const localIdle = localCheck.status === 'idle';
  useEffect(() => {
    if (localIdle) void runCheck('zoomApp');
  }, [localIdle, runCheck]);

  const note = !state
    ? null
    : state.kind === 'update-first'
      ? t('notes.appOld', { version: state.version, minimum: state.minimum })
      : state.kind === 'passed'
        ? t('notes.app', { version: state.version })
        : state.kind === 'sign-in-again'
          ? t('notes.appUpdated', { version: state.version })
          : t('notes.appNone');
  useEffect(() => {
    if (note) setCheckNote('app-sign-in', note);
  }, [note, setCheckNote]);

  const checkAgain = () => {
    void runCheck('zoomApp');
    recheck();
  };

  return (
    <>
      <p className="lead">{t('steps.app-sign-in.task')}</p>
      <p>
        {method
          ? t(`steps.app-sign-in.${methodKey[method]}`)
          : t('steps.app-sign-in.methodUnknown')}
      </p>
      {!method && <SignInMethodQuestion existing />}
      <PictureHere id="zoom-app-signin" />
      <p>{t('steps.app-sign-in.wait')}</p>
      {!signedIn ? (
        <div className="check check-info" role="status">
          <p>{t('steps.app-sign-in.needsSignIn')}</p>
          <button type="button" className="secondary" onClick={() => void goToStep('sign-in')}>
            {t('steps.sign-in.title')}
          </button>
        </div>
      ) : check.status === 'checking' || check.status === 'idle' ? (
        <CheckStatus tone="checking">{t('steps.app-sign-in.checking')}</CheckStatus>
      ) : check.status === 'failed' ? (
        <CheckStatus tone="failed">
          {check.error === 'zoom-unreachable' || check.error === 'zoom-timed-out'
            ? t('steps.app-sign-in.offline')
            : tc(`errors.${check.error}`)}
        </CheckStatus>
      ) : state?.kind === 'passed' ? (
        <CheckStatus tone="passed">
          {t('steps.app-sign-in.passed', { version: state.version })}
        </CheckStatus>
      ) : state?.kind === 'update-first' ? (
        <CheckStatus tone="failed">
          <p>
            {t(
              state.seenBy === 'computer'
                ? 'steps.app-sign-in.updateFirst'
                : 'steps.app-sign-in.updateFirstSeen',
              { version: state.version, minimum: state.minimum },
            )}
          </p>
          <button type="button" onClick={() => void openExternal(zoomDownloadUrl)}>
            {t('steps.install-app.download')}
          </button>
        </CheckStatus>
      ) : state?.kind === 'sign-in-again' ? (
        <CheckStatus tone="failed">
          {t('steps.app-sign-in.signInAgain', { version: state.version })}
        </CheckStatus>
      ) : (
        <CheckStatus tone="failed">{t('steps.app-sign-in.notYet')}</CheckStatus>
      )}
      {signedIn && (
        <div className="button-row">
          <button type="button" className="secondary" onClick={checkAgain}>
            {t('steps.app-sign-in.checkAgain')}
          </button>
          {state?.kind === 'passed' && (
            <button type="button" disabled={busy} onClick={() => void completeStep('app-sign-in')}>
              {t('steps.app-sign-in.next')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
