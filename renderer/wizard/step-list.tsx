import { useTranslation } from 'react-i18next';
import { wizardStepIds, type WizardProgress } from '../../shared/wizard';

/** Where the person is among the steps: what is done, skipped, and here. */
export function StepList({ progress }: { progress: WizardProgress }) {
  const { t } = useTranslation('wizard');
  return (
    <nav aria-label={t('progressLabel')} className="step-list">
      <ol>
        {wizardStepIds.map((id) => {
          const current = id === progress.currentStep;
          const state = current
            ? t('stepCurrent')
            : progress.completed.includes(id)
              ? t('stepDone')
              : progress.skipped.includes(id)
                ? t('stepSkipped')
                : null;
          return (
            <li
              key={id}
              aria-current={current ? 'step' : undefined}
              className={current ? 'current' : undefined}
            >
              {t(`steps.${id}.title`)}
              {state && <span className="step-state"> ({state})</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
