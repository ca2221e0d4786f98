import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import type { InvitationContext } from '../admin-message';
import { DemoMailbox } from '../demo-mailbox';
import { OwnPlanPanel } from '../own-plan-panel';
import { ExistingAccountPath, NewAccountPath } from './activation-paths';
import { PaysQuestion } from './pays-question';
import { SignInMethodQuestion } from './sign-in-method-question';

const paths = ['new', 'existing', 'not-sure'] as const;
const pathLabel = { new: 'new', existing: 'existing', 'not-sure': 'notSure' } as const;

/**
 * Step 3: say yes to the invitation — a new account, or "Approve request → Confirm and switch".
 * Before any button in Zoom's email: does the person pay for Zoom with this email? Saying yes
 * would end that plan, so they hear what it does and choose to go ahead or ask for another email.
 */
export function ActivateStep({ invitation }: { invitation: InvitationContext }) {
  const { t } = useTranslation('wizard');
  const answers = useAppStore((s) => s.progress?.answers);
  const setAnswers = useAppStore((s) => s.setAnswers);
  const completeStep = useAppStore((s) => s.completeStep);
  const busy = useAppStore((s) => s.busy);
  const name = useId();
  const path = answers?.activationPath ?? null;
  const pays = answers?.paysForZoom ?? null;
  const choice = answers?.ownPlanChoice ?? null;
  const paid = pays === 'yes';
  const waitingForAnotherEmail = paid && choice === 'another-email';
  const ready = path !== null && pays !== null && (!paid || choice === 'go-ahead');

  return (
    <>
      <DemoMailbox />
      <fieldset>
        <legend>{t('steps.activate.question')}</legend>
        {paths.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={name}
              value={value}
              checked={path === value}
              onChange={() => void setAnswers({ activationPath: value })}
            />
            {t(`steps.activate.${pathLabel[value]}`)}
          </label>
        ))}
      </fieldset>
      {path === 'not-sure' && <p className="hint">{t('steps.activate.notSureHelp')}</p>}
      {path !== null && <PaysQuestion />}

      {paid && <OwnPlanPanel invitation={invitation} goAhead={<ExistingAccountPath paid />} />}
      {ready && !paid && path === 'new' && <NewAccountPath />}
      {ready && !paid && path === 'existing' && <ExistingAccountPath paid={false} />}
      {ready && <SignInMethodQuestion existing={path === 'existing' || paid} />}

      {!waitingForAnotherEmail && (
        <button
          type="button"
          disabled={busy}
          onClick={() => void completeStep('activate', 'self-reported')}
        >
          {t('steps.activate.done')}
        </button>
      )}

      <details className="troubleshooter">
        <summary>{t('steps.activate.troubleTitle')}</summary>
        <ol>
          <li>{t('steps.activate.trouble1')}</li>
          <li>{t('steps.activate.trouble2')}</li>
          <li>{t('steps.activate.trouble3')}</li>
          <li>{t('steps.activate.trouble4')}</li>
          <li>{t('steps.activate.trouble5')}</li>
        </ol>
      </details>
    </>
  );
}
