import { useTranslation } from 'react-i18next';
import { useScreenTitle } from '../components/use-screen-title';
import { BackToStart } from '../components/back-to-start';

/** The invitee's guided wizard. */
export function WizardScreen() {
  const { t } = useTranslation();
  const heading = useScreenTitle(t('wizard.title'));
  return (
    <section aria-labelledby="wizard-heading">
      <h1 id="wizard-heading" ref={heading} tabIndex={-1}>
        {t('wizard.heading')}
      </h1>
      <p>{t('wizard.intro')}</p>
      <BackToStart />
    </section>
  );
}
