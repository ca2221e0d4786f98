import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInMethod } from '../../../shared/wizard';
import { useAppStore } from '../../store/store-context';
import { BlockerList } from '../blocker-list';
import { CheckStatus } from '../check-status';
import { PictureHere } from '../picture-here';
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

/** Step 6: sign in to the Zoom app; live check: Zoom reports a last_client_version for this person. */
export function AppSignInStep() {
  const { t } = useTranslation('wizard');
  const { t: tc } = useTranslation();
  const method = useAppStore((s) => s.progress?.answers.signInMethod ?? null);
  const completeStep = useAppStore((s) => s.completeStep);
  const goToStep = useAppStore((s) => s.goToStep);
  const setCheckNote = useAppStore((s) => s.setCheckNote);
  const busy = useAppStore((s) => s.busy);
  const { signedIn, check, recheck } = useAccountCheck();
  const result = check.status === 'done' ? check.result : null;
  const version = result?.lastClientVersion ?? null;
  const blockers = result ? zoomAppBlockers(result) : [];
  const passed = version !== null && !blockers.some((b) => b.severity === 'blocking');

  useEffect(() => {
    if (result) {
      setCheckNote('app-sign-in', version ? t('notes.app', { version }) : t('notes.appNone'));
    }
  }, [result, version, setCheckNote, t]);

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
      ) : passed ? (
        <CheckStatus tone="passed">{t('steps.app-sign-in.passed', { version })}</CheckStatus>
      ) : (
        <>
          <CheckStatus tone="failed">{t('steps.app-sign-in.notYet')}</CheckStatus>
          <BlockerList blockers={blockers} />
        </>
      )}
      {signedIn && (
        <div className="button-row">
          <button type="button" className="secondary" onClick={recheck}>
            {t('steps.app-sign-in.checkAgain')}
          </button>
          {passed && (
            <button type="button" disabled={busy} onClick={() => void completeStep('app-sign-in')}>
              {t('steps.app-sign-in.next')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
