import type { Language } from '../../../shared/languages';
import { desktopTexts } from '../desktop-locales';

/**
 * The title and body of the "everyone is ready" notification, from the same locale files as the
 * screens, menus and dialogs (`desktop.json`, `notifications.allReady`): the backend has no
 * i18next, and a notification is two short sentences.
 */
export function allReadyText(language: Language, people: number): { title: string; body: string } {
  const t = (desktopTexts[language] ?? desktopTexts.en).notifications.allReady;
  // The language's own plural form for this number (Intl.PluralRules), as i18next would choose.
  const form = new Intl.PluralRules(language).select(people);
  const forms: Readonly<Record<string, string | undefined>> = t;
  const text = forms[`body_${form}`] ?? t.body_other;
  const body = text.replace(/\{\{\s*count\s*\}\}/g, new Intl.NumberFormat(language).format(people));
  return { title: t.title, body };
}
