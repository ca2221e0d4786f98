/// <reference types="vite/client" />
// The texts of every offered language, one file per namespace (a language is offered only when
// all its namespaces are here: see shared/languages.ts). English, the fallback, is part of the
// app's start-up script; every other language is its own chunk (vite.renderer.config.ts), loaded
// only when asked for (renderer/i18n/i18n.ts: loadLanguage).
import type { Language } from '../../shared/languages';
import enTranslation from '../locales/en/translation.json';
import enWizard from '../locales/en/wizard.json';
import enReadiness from '../locales/en/readiness.json';
import enPictures from '../locales/en/pictures.json';
import enDashboard from '../locales/en/dashboard.json';
import enDesktop from '../locales/en/desktop.json';
import enConnect from '../locales/en/connect.json';
import enPreview from '../locales/en/preview.json';

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

/** English's texts: always at hand, the fallback for every other language. */
export const englishTexts: LanguageTexts = {
  translation: enTranslation,
  wizard: enWizard,
  readiness: enReadiness,
  pictures: enPictures,
  dashboard: enDashboard,
  desktop: enDesktop,
  connect: enConnect,
  preview: enPreview,
};

type Texts = Readonly<Record<string, unknown>>;

/** Every other language's files, each loaded when asked for (`../locales/<lang>/<namespace>.json`). */
const localeFiles = import.meta.glob<Texts>(
  ['../locales/*/*.json', '!../locales/en/*.json', '!../locales/*/mockups.json'],
  { import: 'default' },
);

const fileOf = (language: Language, namespace: Namespace) =>
  `../locales/${language}/${namespace}.json`;

/** Whether every namespace of a language can be loaded (English is always there). */
export function hasLanguageTexts(language: Language): boolean {
  return language === 'en' || namespaces.every((ns) => fileOf(language, ns) in localeFiles);
}

/** Reads one language's texts (English at once; any other from its own chunk). */
export async function importLanguageTexts(language: Language): Promise<LanguageTexts> {
  if (language === 'en') return englishTexts;
  const loaded = await Promise.all(
    namespaces.map(async (namespace) => {
      const load = localeFiles[fileOf(language, namespace)];
      if (!load) throw new Error(`No ${namespace} texts in ${language}`);
      return [namespace, await load()] as const;
    }),
  );
  return Object.fromEntries(loaded) as LanguageTexts;
}
