import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { DemoMailbox } from '../demo-mailbox';
import { PictureHere } from '../picture-here';
import { SignInMethodQuestion } from './sign-in-method-question';

type Path = 'new' | 'existing' | 'not-sure';

/** Step 3: say yes to the invitation — a new account, or "Approve request → Confirm and switch". */
export function ActivateStep() {
  const { t } = useTranslation('wizard');
  const progress = useAppStore((s) => s.progress);
  const setAnswers = useAppStore((s) => s.setAnswers);
  const completeStep = useAppStore((s) => s.completeStep);
  const busy = useAppStore((s) => s.busy);
  const name = useId();
  const chosen: Path | null = progress?.answers.activationPath ?? null;

  const choose = (path: Path) => {
    void setAnswers({ activationPath: path === 'not-sure' ? null : path });
  };
  const options: ReadonlyArray<{ value: Path; label: string }> = [
    { value: 'new', label: t('steps.activate.new') },
    { value: 'existing', label: t('steps.activate.existing') },
  ];

  return (
    <>
      <DemoMailbox />
      <fieldset>
        <legend>{t('steps.activate.question')}</legend>
        {options.map((option) => (
          <label key={option.value} className="radio">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={chosen === option.value}
              onChange={() => choose(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {chosen === null && <p className="hint">{t('steps.activate.notSureHelp')}</p>}

      {chosen === 'new' && (
        <div className="path">
          <ol>
            <li>{t('steps.activate.newSteps')}</li>
            <li>{t('steps.activate.newStep2')}</li>
            <li>{t('steps.activate.newStep3')}</li>
          </ol>
          <PictureHere id="activate-new" />
          <h2>{t('steps.activate.passwordRules')}</h2>
          <ul className="checklist">
            <li>{t('steps.activate.rule1')}</li>
            <li>{t('steps.activate.rule2')}</li>
            <li>{t('steps.activate.rule3')}</li>
            <li>{t('steps.activate.rule4')}</li>
            <li>{t('steps.activate.rule5')}</li>
          </ul>
          <p className="note">{t('steps.activate.passwordPrivate')}</p>
        </div>
      )}

      {chosen === 'existing' && (
        <div className="path">
          <p>{t('steps.activate.existingSteps')}</p>
          <PictureHere id="activate-existing" />
          <p>{t('steps.activate.existingMoves')}</p>
          <p className="note">{t('steps.activate.existingPaid')}</p>
        </div>
      )}

      {chosen !== null && <SignInMethodQuestion existing={chosen === 'existing'} />}

      <button
        type="button"
        disabled={busy}
        onClick={() => void completeStep('activate', 'self-reported')}
      >
        {t('steps.activate.done')}
      </button>

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
