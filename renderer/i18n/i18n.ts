import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageDirection, pickLanguage, type Language } from '../../shared/languages';
import { resources } from './resources';

export { resources };

/** The language to show before the person picks one: the system's, if we have it, else English. */
export function systemLanguage(languages: ReadonlyArray<string> = navigator.languages): Language {
  return pickLanguage(languages);
}

/**
 * In a right-to-left language, each value put into a text (an email address, a number, a name) is
 * wrapped in Unicode's first-strong isolate (U+2068 … U+2069), so "ana@example.org" or "3" keeps
 * its own direction inside the Arabic sentence instead of being reordered with it.
 */
export function isolateValue(language: string, value: string): string {
  return languageDirection(language) === 'rtl' ? `\u2068${value}\u2069` : value;
}

/** Puts the language and its direction on the page (`lang`, `dir`), for screen readers and layout. */
export function applyDocumentLanguage(
  language: string,
  root: HTMLElement = document.documentElement,
) {
  root.lang = language;
  root.dir = languageDirection(language);
}

/** Creates the i18next instance the app (or a test) uses. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    // React escapes what it renders, so i18next's own HTML escaping is not needed; its escape hook
    // is used only to keep values' direction in right-to-left languages.
    interpolation: {
      escapeValue: true,
      escape: (value: string) => isolateValue(instance.language, value),
    },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
