import 'i18next';
import type en from '../locales/en/translation.json';
import type enWizard from '../locales/en/wizard.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en; wizard: typeof enWizard };
  }
}
