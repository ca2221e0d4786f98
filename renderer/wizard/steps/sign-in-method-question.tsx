import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInMethod } from '../../../shared/wizard';
import { useAppStore } from '../../store/store-context';

/** "How do you sign in to Zoom?" — so later steps name the right button (Google, not a password). */
export function SignInMethodQuestion({ existing }: { existing: boolean }) {
  const { t } = useTranslation('wizard');
  const method = useAppStore((s) => s.progress?.answers.signInMethod ?? null);
  const setAnswers = useAppStore((s) => s.setAnswers);
  const name = useId();
  return (
    <fieldset>
      <legend>
        {existing ? t('steps.activate.methodQuestionExisting') : t('steps.activate.methodQuestion')}
      </legend>
      {SignInMethod.options.map((option) => (
        <label key={option} className="radio">
          <input
            type="radio"
            name={name}
            value={option}
            checked={method === option}
            onChange={() => void setAnswers({ signInMethod: option })}
          />
          {t(`steps.activate.method.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}
