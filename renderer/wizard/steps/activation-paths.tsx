import { useTranslation } from 'react-i18next';
import { PictureHere } from '../picture-here';

/** A new address: "Activate Zoom Account", a sign-in method, a name and a password. */
export function NewAccountPath() {
  const { t } = useTranslation('wizard');
  return (
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
  );
}

/**
 * An address that already has Zoom: "Approve request", then "Confirm and switch". Someone who
 * pays for that Zoom gets one more page about the money for the time left (KB0063202).
 */
export function ExistingAccountPath({ paid }: { paid: boolean }) {
  const { t } = useTranslation('wizard');
  return (
    <div className="path">
      <p>{t('steps.activate.existingSteps')}</p>
      {paid && <p>{t('steps.activate.existingPaidStep')}</p>}
      <PictureHere id="activate-existing" />
      <p>{t('steps.activate.existingMoves')}</p>
    </div>
  );
}
