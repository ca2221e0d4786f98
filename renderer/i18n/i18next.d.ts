import 'i18next';
import type en from '../locales/en/translation.json';
import type enWizard from '../locales/en/wizard.json';
import type enReadiness from '../locales/en/readiness.json';
import type enPictures from '../locales/en/pictures.json';
import type enDashboard from '../locales/en/dashboard.json';
import type enDesktop from '../locales/en/desktop.json';
import type enConnect from '../locales/en/connect.json';
import type enPreview from '../locales/en/preview.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en;
      wizard: typeof enWizard;
      readiness: typeof enReadiness;
      pictures: typeof enPictures;
      dashboard: typeof enDashboard;
      desktop: typeof enDesktop;
      connect: typeof enConnect;
      preview: typeof enPreview;
    };
  }
}
