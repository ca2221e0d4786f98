import { desktopTexts, type DesktopTexts } from '../services/desktop-locales';
import { pickLanguage, type Language } from '../../shared/languages';

/**
 * The OS-facing words (menus, dialogs, notifications), from the same locale files as the screens
 * (`renderer/locales/<language>/desktop.json`), so a translation is made once.
 */
export type { DesktopTexts };
export type Translate = (key: string, values?: Readonly<Record<string, string>>) => string;

const texts = desktopTexts;

/**
 * The person's chosen language, else the first of the system's preferred languages that ReadyRoom
 * offers (Electron's `app.getPreferredSystemLanguages()`, then `app.getLocale()`), else English.
 */
export function desktopLanguage(
  chosen: Language | null,
  systemLanguages: ReadonlyArray<string>,
): Language {
  return chosen ?? pickLanguage(systemLanguages);
}

/** Looks up `menu.file`-style keys; a missing key falls back to English, then to the key. */
export function desktopTranslator(language: Language): Translate {
  const lookup = (table: unknown, key: string): string | null => {
    let node = table;
    for (const part of key.split('.')) {
      if (node === null || typeof node !== 'object') return null;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === 'string' ? node : null;
  };
  return (key, values = {}) => {
    const text = lookup(texts[language], key) ?? lookup(texts.en, key) ?? key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
  };
}
