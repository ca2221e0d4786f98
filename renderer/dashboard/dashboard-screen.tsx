import { useTranslation } from 'react-i18next';
import { useScreenTitle } from '../components/use-screen-title';
import { BackToStart } from '../components/back-to-start';

/** The admin's team readiness dashboard. */
export function DashboardScreen() {
  const { t } = useTranslation('dashboard');
  const heading = useScreenTitle(t('title'));
  return (
    <section aria-labelledby="dashboard-heading">
      <h1 id="dashboard-heading" ref={heading} tabIndex={-1}>
        {t('heading')}
      </h1>
      <p>{t('intro')}</p>
      <BackToStart />
    </section>
  );
}
