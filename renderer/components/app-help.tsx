import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectGuideButton } from '../connect/connect-guide-button';
import { HelperReportButton } from './helper-report';

/** The dashboard's help: where to get a report for whoever helps with ReadyRoom itself. */
export function AppHelp() {
  const { t } = useTranslation('desktop');
  const { t: tc } = useTranslation('connect');
  const heading = useId();
  return (
    <section className="app-help" aria-labelledby={heading}>
      <h2 id={heading}>{t('help.heading')}</h2>
      <p>{t('help.intro')}</p>
      <HelperReportButton />
      <p className="hint" id={`${heading}-connect`}>
        {tc('guide.help.hint')}
      </p>
      <ConnectGuideButton
        label={tc('guide.help.button')}
        describedBy={`${heading}-connect`}
        secondary
      />
    </section>
  );
}
