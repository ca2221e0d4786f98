import { useTranslation } from 'react-i18next';
import { wizardStepIds, type WizardStepId } from '../../shared/wizard';
import { useAppStore } from '../store/store-context';

/** Back and Skip, in the same place on every step. */
export function StepActions({ step, skippable }: { step: WizardStepId; skippable: boolean }) {
  const { t } = useTranslation('wizard');
  const goToStep = useAppStore((s) => s.goToStep);
  const skipStep = useAppStore((s) => s.skipStep);
  const busy = useAppStore((s) => s.busy);
  const index = wizardStepIds.indexOf(step);
  const previous = index > 0 ? wizardStepIds[index - 1] : undefined;
  return (
    <div className="step-actions">
      {previous && (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void goToStep(previous)}
        >
          {t('back')}
        </button>
      )}
      {skippable && (
        <button
          type="button"
          className="secondary"
          aria-describedby="skip-hint"
          disabled={busy}
          onClick={() => void skipStep(step)}
        >
          {t('skip')}
        </button>
      )}
      {skippable && (
        <p id="skip-hint" className="hint">
          {t('skipHint')}
        </p>
      )}
    </div>
  );
}
