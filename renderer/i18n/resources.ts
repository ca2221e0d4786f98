// The texts of every offered language, one import per namespace (a language is offered only
// when all its namespaces are here: see shared/languages.ts).
import type { Language } from '../../shared/languages';
import enTranslation from '../locales/en/translation.json';
import enWizard from '../locales/en/wizard.json';
import enReadiness from '../locales/en/readiness.json';
import enPictures from '../locales/en/pictures.json';
import enDashboard from '../locales/en/dashboard.json';
import enDesktop from '../locales/en/desktop.json';
import enConnect from '../locales/en/connect.json';
import enPreview from '../locales/en/preview.json';
import esTranslation from '../locales/es/translation.json';
import esWizard from '../locales/es/wizard.json';
import esReadiness from '../locales/es/readiness.json';
import esPictures from '../locales/es/pictures.json';
import esDashboard from '../locales/es/dashboard.json';
import esDesktop from '../locales/es/desktop.json';
import esConnect from '../locales/es/connect.json';
import esPreview from '../locales/es/preview.json';
import zhHansTranslation from '../locales/zh-Hans/translation.json';
import zhHansWizard from '../locales/zh-Hans/wizard.json';
import zhHansReadiness from '../locales/zh-Hans/readiness.json';
import zhHansPictures from '../locales/zh-Hans/pictures.json';
import zhHansDashboard from '../locales/zh-Hans/dashboard.json';
import zhHansDesktop from '../locales/zh-Hans/desktop.json';
import zhHansConnect from '../locales/zh-Hans/connect.json';
import zhHansPreview from '../locales/zh-Hans/preview.json';
import tlTranslation from '../locales/tl/translation.json';
import tlWizard from '../locales/tl/wizard.json';
import tlReadiness from '../locales/tl/readiness.json';
import tlPictures from '../locales/tl/pictures.json';
import tlDashboard from '../locales/tl/dashboard.json';
import tlDesktop from '../locales/tl/desktop.json';
import tlConnect from '../locales/tl/connect.json';
import tlPreview from '../locales/tl/preview.json';
import viTranslation from '../locales/vi/translation.json';
import viWizard from '../locales/vi/wizard.json';
import viReadiness from '../locales/vi/readiness.json';
import viPictures from '../locales/vi/pictures.json';
import viDashboard from '../locales/vi/dashboard.json';
import viDesktop from '../locales/vi/desktop.json';
import viConnect from '../locales/vi/connect.json';
import viPreview from '../locales/vi/preview.json';
import arTranslation from '../locales/ar/translation.json';
import arWizard from '../locales/ar/wizard.json';
import arReadiness from '../locales/ar/readiness.json';
import arPictures from '../locales/ar/pictures.json';
import arDashboard from '../locales/ar/dashboard.json';
import arDesktop from '../locales/ar/desktop.json';
import arConnect from '../locales/ar/connect.json';
import arPreview from '../locales/ar/preview.json';
import frTranslation from '../locales/fr/translation.json';
import frWizard from '../locales/fr/wizard.json';
import frReadiness from '../locales/fr/readiness.json';
import frPictures from '../locales/fr/pictures.json';
import frDashboard from '../locales/fr/dashboard.json';
import frDesktop from '../locales/fr/desktop.json';
import frConnect from '../locales/fr/connect.json';
import frPreview from '../locales/fr/preview.json';
import koTranslation from '../locales/ko/translation.json';
import koWizard from '../locales/ko/wizard.json';
import koReadiness from '../locales/ko/readiness.json';
import koPictures from '../locales/ko/pictures.json';
import koDashboard from '../locales/ko/dashboard.json';
import koDesktop from '../locales/ko/desktop.json';
import koConnect from '../locales/ko/connect.json';
import koPreview from '../locales/ko/preview.json';

export const namespaces = [
  'translation',
  'wizard',
  'readiness',
  'pictures',
  'dashboard',
  'desktop',
  'connect',
  'preview',
] as const;
export type Namespace = (typeof namespaces)[number];

/** One language's texts, by namespace; English's shape is the contract every language keeps. */
export type LanguageTexts = { readonly [N in Namespace]: Readonly<Record<string, unknown>> };

export const resources: Readonly<Record<Language, LanguageTexts>> = {
  en: {
    translation: enTranslation,
    wizard: enWizard,
    readiness: enReadiness,
    pictures: enPictures,
    dashboard: enDashboard,
    desktop: enDesktop,
    connect: enConnect,
    preview: enPreview,
  },
  es: {
    translation: esTranslation,
    wizard: esWizard,
    readiness: esReadiness,
    pictures: esPictures,
    dashboard: esDashboard,
    desktop: esDesktop,
    connect: esConnect,
    preview: esPreview,
  },
  'zh-Hans': {
    translation: zhHansTranslation,
    wizard: zhHansWizard,
    readiness: zhHansReadiness,
    pictures: zhHansPictures,
    dashboard: zhHansDashboard,
    desktop: zhHansDesktop,
    connect: zhHansConnect,
    preview: zhHansPreview,
  },
  tl: {
    translation: tlTranslation,
    wizard: tlWizard,
    readiness: tlReadiness,
    pictures: tlPictures,
    dashboard: tlDashboard,
    desktop: tlDesktop,
    connect: tlConnect,
    preview: tlPreview,
  },
  vi: {
    translation: viTranslation,
    wizard: viWizard,
    readiness: viReadiness,
    pictures: viPictures,
    dashboard: viDashboard,
    desktop: viDesktop,
    connect: viConnect,
    preview: viPreview,
  },
  ar: {
    translation: arTranslation,
    wizard: arWizard,
    readiness: arReadiness,
    pictures: arPictures,
    dashboard: arDashboard,
    desktop: arDesktop,
    connect: arConnect,
    preview: arPreview,
  },
  fr: {
    translation: frTranslation,
    wizard: frWizard,
    readiness: frReadiness,
    pictures: frPictures,
    dashboard: frDashboard,
    desktop: frDesktop,
    connect: frConnect,
    preview: frPreview,
  },
  ko: {
    translation: koTranslation,
    wizard: koWizard,
    readiness: koReadiness,
    pictures: koPictures,
    dashboard: koDashboard,
    desktop: koDesktop,
    connect: koConnect,
    preview: koPreview,
  },
};
