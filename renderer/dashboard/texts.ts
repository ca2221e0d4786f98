import { useTranslation } from 'react-i18next';

/** A translate function for keys built at run time from the model's codes (stages, blockers). */
export type LooseT = (key: string, values?: Readonly<Record<string, unknown>>) => string;

/**
 * The dashboard's texts, plus loose translators for keys made from codes: the readiness words
 * (namespace "readiness") and the error sentences (default namespace, `errors.<code>`). The
 * locale tests check that every such key exists in both languages.
 */
export function useDashboardTexts() {
  const { t, i18n } = useTranslation('dashboard');
  const { t: tReadiness } = useTranslation('readiness');
  const { t: tDefault } = useTranslation();
  return {
    t,
    language: i18n.language,
    d: t as unknown as LooseT,
    r: tReadiness as unknown as LooseT,
    e: tDefault as unknown as LooseT,
  };
}

/** A date and time in the person's language, or "" when there is none. */
export function formatTime(value: string | number | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

/** A date in the person's language, or "" when there is none. */
export function formatDate(value: string | number | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}
