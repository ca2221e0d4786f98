import type { Language } from '../../../shared/settings';

/**
 * The OS notification's words. The backend has no i18next, and a notification is two short
 * sentences, so they live here in both languages (the same words as the dashboard's texts).
 */
const texts: Readonly<Record<Language, { title: string; one: string; other: string }>> = {
  en: {
    title: 'Everyone is ready',
    one: 'The one person on your team is ready for Zoom.',
    other: 'All {{count}} people on your team are ready for Zoom.',
  },
  es: {
    title: 'Todos están listos',
    one: 'La única persona de su equipo está lista para Zoom.',
    other: 'Las {{count}} personas de su equipo están listas para Zoom.',
  },
};

/** The title and body of the "everyone is ready" notification. */
export function allReadyText(language: Language, people: number): { title: string; body: string } {
  const t = texts[language] ?? texts.en;
  const body = people === 1 ? t.one : t.other.replace('{{count}}', String(people));
  return { title: t.title, body };
}
