import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HelperReportButton } from './helper-report';

/** The dashboard's help: where to get a report for whoever helps with ReadyRoom itself. */
export function AppHelp() {
  const { t } = useTranslation('desktop');
  const heading = useId();
  return (
    <section className="app-help" aria-labelledby={heading}>
      <h2 id={heading}>{t('help.heading')}</h2>
      <p>{t('help.intro')}</p>
      <HelperReportButton />
    </section>
  );
}
