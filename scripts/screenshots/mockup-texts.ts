import en from '../../renderer/locales/en/mockups.json' with { type: 'json' };
import es from '../../renderer/locales/es/mockups.json' with { type: 'json' };
import zhHans from '../../renderer/locales/zh-Hans/mockups.json' with { type: 'json' };
import tl from '../../renderer/locales/tl/mockups.json' with { type: 'json' };
import vi from '../../renderer/locales/vi/mockups.json' with { type: 'json' };
import ar from '../../renderer/locales/ar/mockups.json' with { type: 'json' };
import fr from '../../renderer/locales/fr/mockups.json' with { type: 'json' };
import ko from '../../renderer/locales/ko/mockups.json' with { type: 'json' };
import { allLangs, type Lang } from './types';

/**
 * The words drawn inside the pictures' mock-ups (the screens' own labels, as Zoom and each OS show
 * them in that language, and the callout notes), from `renderer/locales/<lang>/mockups.json`, so
 * they are translated with the rest of ReadyRoom and checked by the same locale tests.
 */
export type MockupTexts = typeof en;

const all: Readonly<Record<Lang, MockupTexts>> = {
  en,
  es,
  'zh-Hans': zhHans,
  tl,
  vi,
  ar,
  fr,
  ko,
};

/** One picture's words in every language. */
export function mockupTexts<K extends keyof MockupTexts>(
  picture: K,
): Readonly<Record<Lang, MockupTexts[K]>> {
  return Object.fromEntries(allLangs.map((lang) => [lang, all[lang][picture]])) as Record<
    Lang,
    MockupTexts[K]
  >;
}

/** Puts values into a text's `{{name}}` places, as i18next does for the screens. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}
