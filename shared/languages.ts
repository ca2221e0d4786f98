import { z } from 'zod';

/**
 * The languages ReadyRoom offers. A language is added here only when all its texts are complete
 * (tests/unit/locales.test.ts checks every language listed, key by key) and its folder is in
 * renderer/i18n/resources.ts; until then it is not offered at all, rather than half in English.
 */
export const languageCodes = ['en', 'es', 'zh-Hans', 'tl', 'vi', 'ar', 'fr', 'ko'] as const;

export const Language = z.enum(languageCodes);
export type Language = z.infer<typeof Language>;

/** How each language names itself (shown in the picker, so anyone can find their own). */
export const languageNames: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  'zh-Hans': '中文（简体）',
  tl: 'Tagalog',
  vi: 'Tiếng Việt',
  ar: 'العربية',
  fr: 'Français',
  ko: '한국어',
};

/** Languages written right to left. */
const rightToLeft: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur']);

export function languageDirection(language: string): 'ltr' | 'rtl' {
  return rightToLeft.has(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * The one offered language that best fits one BCP 47 tag, or null. Chinese is offered in
 * Simplified script: `zh`, `zh-Hans*`, and `zh-CN`/`zh-SG`/`zh-MY` (regions that write it) match it;
 * Traditional (`zh-Hant*`, `zh-TW`, `zh-HK`, `zh-MO`) matches `zh-Hant` when that is offered and is
 * never taken for Simplified (otherwise the next preferred language is tried). Filipino (`fil`, the OS's name for it) is written in Tagalog (`tl`).
 */
export function matchLanguage(tag: string): Language | null {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const base = parts[0] ?? '';
  const rest = parts.slice(1);
  let candidate: string = base;
  if (base === 'zh') {
    const traditional = rest.includes('hant') || rest.some((p) => ['tw', 'hk', 'mo'].includes(p));
    candidate = traditional && !rest.includes('hans') ? 'zh-Hant' : 'zh-Hans';
  } else if (base === 'fil') candidate = 'tl';
  const parsed = Language.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** The first of the person's preferred languages (most preferred first) that ReadyRoom offers. */
export function pickLanguage(
  preferred: ReadonlyArray<string>,
  fallback: Language = 'en',
): Language {
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return fallback;
}
