import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en/translation.json';
import es from '../locales/es/translation.json';
import enWizard from '../locales/en/wizard.json';
import esWizard from '../locales/es/wizard.json';
import enReadiness from '../locales/en/readiness.json';
import esReadiness from '../locales/es/readiness.json';
import enPictures from '../locales/en/pictures.json';
import esPictures from '../locales/es/pictures.json';
import enDashboard from '../locales/en/dashboard.json';
import esDashboard from '../locales/es/dashboard.json';
import enDesktop from '../locales/en/desktop.json';
import esDesktop from '../locales/es/desktop.json';
import enConnect from '../locales/en/connect.json';
import esConnect from '../locales/es/connect.json';
import enPreview from '../locales/en/preview.json';
import esPreview from '../locales/es/preview.json';
import type { Language } from '../../shared/settings';

export const resources = {
  en: {
    translation: en,
    wizard: enWizard,
    readiness: enReadiness,
    pictures: enPictures,
    dashboard: enDashboard,
    desktop: enDesktop,
    connect: enConnect,
    preview: enPreview,
  },
  es: {
    translation: es,
    wizard: esWizard,
    readiness: esReadiness,
    pictures: esPictures,
    dashboard: esDashboard,
    desktop: esDesktop,
    connect: esConnect,
    preview: esPreview,
  },
} as const;

/** The language to show before the person picks one: the system's, if we have it, else English. */
export function systemLanguage(languages: ReadonlyArray<string> = navigator.languages): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'en';
}

/** Creates the i18next instance the app (or a test) uses. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
