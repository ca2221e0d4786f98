import en from '../../../renderer/locales/en/desktop.json' with { type: 'json' };
import es from '../../../renderer/locales/es/desktop.json' with { type: 'json' };
import type { Language } from '../../../shared/settings';

/**
 * The OS notification's words, from the same locale files as the screens, menus and dialogs
 * (`desktop.json`, `notifications.allReady`): the backend has no i18next, and a notification is
 * two short sentences.
 */
const texts: Readonly<Record<Language, typeof en.notifications.allReady>> = {
  en: en.notifications.allReady,
  es: es.notifications.allReady,
};

/** The title and body of the "everyone is ready" notification. */
export function allReadyText(language: Language, people: number): { title: string; body: string } {
  const t = texts[language] ?? texts.en;
  const body = people === 1 ? t.body_one : t.body_other.replace('{{count}}', String(people));
  return { title: t.title, body };
}
