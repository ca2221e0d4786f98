import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaysForZoom } from '../../../shared/wizard';
import { useAppStore } from '../../store/store-context';

// Most people do not pay for Zoom themselves: their answer comes first.
const options: ReadonlyArray<PaysForZoom> = ['no', 'yes', 'not-sure'];

/** "Do you pay for Zoom yourself with this email?" — asked before the button in Zoom's email. */
export function PaysQuestion() {
  const { t } = useTranslation('wizard');
  const pays = useAppStore((s) => s.progress?.answers.paysForZoom ?? null);
  const setAnswers = useAppStore((s) => s.setAnswers);
  const name = useId();
  const hintId = useId();
  return (
    <>
      <fieldset aria-describedby={hintId}>
        <legend>{t('steps.activate.paysQuestion')}</legend>
        <p id={hintId} className="hint">
          {t('steps.activate.paysHint')}
        </p>
        {options.map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name={name}
              value={option}
              checked={pays === option}
              onChange={() => void setAnswers({ paysForZoom: option })}
            />
            {t(`steps.activate.pays.${option}`)}
          </label>
        ))}
      </fieldset>
      {pays === 'not-sure' && <p className="hint">{t('steps.activate.paysNotSureHelp')}</p>}
    </>
  );
}
