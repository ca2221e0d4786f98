import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageDirection, pickLanguage, type Language } from '../../shared/languages';
import { englishTexts, importLanguageTexts, namespaces, type LanguageTexts } from './resources';

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

/** The languages whose texts are here, English from the start, the others once loaded. */
const loaded = new Map<Language, LanguageTexts>([['en', englishTexts]]);
/** Loads under way, so two asks for one language share one. */
const loading = new Map<Language, Promise<LanguageTexts>>();

/** Whether a language's texts are here, so `createI18n` can draw it at once. */
export function isLanguageLoaded(language: Language): boolean {
  return loaded.has(language);
}

/**
 * Loads a language's texts (English is always loaded; every other language is its own chunk).
 * A failed load (a chunk missing after the app was updated underneath, say) rejects and is
 * forgotten, so a later ask tries again.
 */
export function loadLanguage(language: Language): Promise<LanguageTexts> {
  const texts = loaded.get(language);
  if (texts) return Promise.resolve(texts);
  let pending = loading.get(language);
  if (!pending) {
    pending = importLanguageTexts(language).then(
      (result) => {
        loaded.set(language, result);
        loading.delete(language);
        return result;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

function addTexts(instance: i18n, language: Language, texts: LanguageTexts) {
  for (const namespace of namespaces) {
    if (!instance.hasResourceBundle(language, namespace))
      instance.addResourceBundle(language, namespace, texts[namespace], true, false);
  }
}

/**
 * Makes sure an i18n instance has a language's texts, loading them first if need be (nothing to do
 * when it has them). True when it has them; false when they could not be loaded (logged), and
 * then the caller keeps the language it shows. Call it before `changeLanguage`, so the person
 * never sees keys or English while the texts arrive.
 */
export async function ensureLanguage(instance: i18n, language: Language): Promise<boolean> {
  if (namespaces.every((namespace) => instance.hasResourceBundle(language, namespace))) return true;
  try {
    addTexts(instance, language, await loadLanguage(language));
    return true;
  } catch (error) {
    console.error(`ReadyRoom could not load its ${language} texts`, error);
    return false;
  }
}

/**
 * Creates the i18next instance the app (or a test) uses, at once. It has English and `language`
 * when that is loaded (`loadLanguage`: the app loads it first). A language not loaded yet is loaded
 * now: the instance begins in English and switches to it once its texts are here.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  const texts = loaded.get(language);
  const resources: Partial<Record<Language, LanguageTexts>> = { en: englishTexts };
  if (texts) resources[language] = texts;
  void instance.use(initReactI18next).init({
    resources,
    lng: texts ? language : 'en',
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
  if (!texts) {
    void ensureLanguage(instance, language).then((ok) => {
      // (Unless something else changed the language meanwhile.)
      if (ok && instance.language === 'en') void instance.changeLanguage(language);
    });
  }
  return instance;
}
