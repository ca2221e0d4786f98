import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionDoctorPanel } from '../../components/connection-doctor-panel';
import { SignInPanel } from '../../components/sign-in-panel';
import { useAppStore } from '../../store/store-context';
import type { InvitationContext } from '../admin-message';
import { BlockerList } from '../blocker-list';
import { CheckStatus } from '../check-status';
import { OwnPlanPanel } from '../own-plan-panel';
import { PictureHere } from '../picture-here';
import { ExistingAccountPath } from './activation-paths';
import { accountBlockers, useAccountCheck } from './use-account-check';

/**
 * Step 4: sign in to ReadyRoom with Zoom, then the live check of the account (GET /users/me).
 * Someone signed in to a plan they pay for, on the invited email, hears exactly that and gets
 * the same two ways as in step 3 — not "sign in with the invited email", which they did.
 */
export function SignInStep({ invitation }: { invitation: InvitationContext }) {
  const organisation = invitation.organisation;
  const { t } = useTranslation('wizard');
  const { t: tc } = useTranslation();
  const { t: tr } = useTranslation('readiness');
  const method = useAppStore((s) => s.progress?.answers.signInMethod ?? null);
  const completeStep = useAppStore((s) => s.completeStep);
  const setCheckNote = useAppStore((s) => s.setCheckNote);
  const busy = useAppStore((s) => s.busy);
  const { signedIn, check, recheck } = useAccountCheck();

  const result = check.status === 'done' ? check.result : null;
  const blockers = result ? accountBlockers(result) : [];
  const blocking = blockers.filter((b) => b.severity === 'blocking');
  const passed = signedIn && result !== null && blocking.length === 0;
  const ownPlan = blocking.some((b) => b.code === 'own-paid-account');

  useEffect(() => {
    if (!result) return;
    const problems = accountBlockers(result).map((b) => tr(`blockers.${b.code}.title`));
    setCheckNote(
      'sign-in',
      t('notes.account', {
        email: result.email,
        stage: tr(`stages.${result.readiness.stage}.label`),
        problems: problems.length ? problems.join(', ') : t('notes.noProblems'),
      }),
    );
  }, [result, setCheckNote, t, tr]);

  return (
    <>
      <p className="lead">{t('steps.sign-in.task')}</p>
      <p>{t('steps.sign-in.how')}</p>
      <p>{method === 'google' ? t('steps.sign-in.google') : t('steps.sign-in.useMethod')}</p>
      <PictureHere id="zoom-consent" />
      <SignInPanel />
      <ConnectionDoctorPanel purpose="invitee" />
      {signedIn && (
        <>
          {check.status === 'checking' || check.status === 'idle' ? (
            <CheckStatus tone="checking">{t('steps.sign-in.checking')}</CheckStatus>
          ) : check.status === 'failed' ? (
            <CheckStatus tone="failed">
              {check.error === 'zoom-unreachable' || check.error === 'zoom-timed-out'
                ? t('steps.sign-in.offline')
                : tc(`errors.${check.error}`)}
            </CheckStatus>
          ) : passed ? (
            <CheckStatus tone="passed">
              {organisation
                ? t('steps.sign-in.passed', { organisation })
                : t('steps.sign-in.passedGeneric')}
            </CheckStatus>
          ) : ownPlan ? (
            <CheckStatus tone="failed">
              {organisation
                ? t('steps.sign-in.ownPlan', { organisation })
                : t('steps.sign-in.ownPlanGeneric')}
            </CheckStatus>
          ) : (
            <CheckStatus tone="failed">{t('steps.sign-in.failed')}</CheckStatus>
          )}
          {result && !passed && <BlockerList blockers={blockers} />}
          {ownPlan && (
            <OwnPlanPanel
              invitation={invitation}
              goAhead={
                <>
                  <ExistingAccountPath paid />
                  <p>{t('steps.sign-in.ownPlanThenSignIn')}</p>
                </>
              }
            />
          )}
          <div className="button-row">
            <button type="button" className="secondary" onClick={recheck}>
              {t('steps.sign-in.checkAgain')}
            </button>
            {passed && (
              <button type="button" disabled={busy} onClick={() => void completeStep('sign-in')}>
                {t('steps.sign-in.next')}
              </button>
            )}
          </div>
        </>
      )}
    </>
  );
}
