import fs from 'node:fs';
import path from 'node:path';
import { Language } from '../../shared/languages';
import { fleschKincaidGrade } from '../support/readability';

const localesDir = path.resolve(import.meta.dirname, '../../renderer/locales');
const namespaces = fs.readdirSync(path.join(localesDir, 'en')).filter((f) => f.endsWith('.json'));

/** Every string of a locale file by dotted key (array items get their index). */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix.replace(/\.$/, ''), value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      for (const [k, v] of flatten(inner, `${prefix}${key}.`)) out.set(k, v);
    }
  }
  return out;
}

const load = (lang: string, file: string) =>
  flatten(JSON.parse(fs.readFileSync(path.join(localesDir, lang, file), 'utf8')));
/** Names of files, addresses and links are read as one short word each. */
const plainWords = (text: string) =>
  text.replace(/\{\{\s*(\w+)\s*,\s*\w+\s*\}\}/g, '{{$1}}').replace(/\S*\w[.@/]\w\S*/g, 'it');
const words = (text: string) =>
  text
    .replace(/\{\{\s*\w+\s*(?:,\s*\w+\s*)?\}\}/g, '')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*(?:,\s*\w+\s*)?\}\}/g)].map((m) => m[1]).sort();

const pluralSuffixes = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const;
const pluralOf = (key: string) => pluralSuffixes.find((suffix) => key.endsWith(suffix)) ?? null;

/**
 * The keys a language must have for English's keys: the same keys, except that each plural group
 * (`x_one`, `x_other` in English) has exactly the plural forms that language uses
 * (`Intl.PluralRules`: Arabic six, Chinese one…), and `_zero` where English has one.
 */
function expectedKeys(en: Map<string, string>, lang: string): Map<string, string> {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const out = new Map<string, string>();
  for (const [key, text] of en) {
    const suffix = pluralOf(key);
    if (!suffix) {
      out.set(key, text);
      continue;
    }
    const base = key.slice(0, -suffix.length);
    const source = en.get(`${base}_other`) ?? text;
    for (const category of categories) out.set(`${base}_${category}`, source);
    if (en.has(`${base}_zero`)) out.set(`${base}_zero`, en.get(`${base}_zero`) ?? source);
  }
  return out;
}

const otherLanguages = Language.options.filter((lang) => lang !== 'en');

describe.each(namespaces)('the %s texts', (file) => {
  const en = load('en', file);
  // The mock-ups draw other programs' screens (Zoom's, Windows', macOS') with their own words,
  // which ReadyRoom does not choose; only the callout notes on them are ReadyRoom's. Where Zoom
  // or the OS is not offered in a language, its screen stays in English in that language's
  // pictures too, because that is what the person will see (the notes explain it).
  const ownWords = (key: string) => file !== 'mockups.json' || /[nN]ote\w*$/.test(key);

  describe.each(otherLanguages)('in %s', (lang) => {
    const translated = load(lang, file);
    const expected = expectedKeys(en, lang);

    it('has the same keys as English, with every plural form the language uses', () => {
      expect([...translated.keys()].sort()).toEqual([...expected.keys()].sort());
    });

    it('uses the same placeholders as English', () => {
      for (const [key, source] of expected) {
        let want = placeholders(source);
        let have = placeholders(translated.get(key) ?? '');
        // "one person", "two days": the count may be said in words in these forms.
        if (['_zero', '_one', '_two'].includes(pluralOf(key) ?? '')) {
          want = want.filter((name) => name !== 'count' && name !== 'number');
          have = have.filter((name) => name !== 'count' && name !== 'number');
        }
        expect(have, key).toEqual(want);
      }
    });

    it('is really translated (no longer string left in English, no empty string)', () => {
      for (const [key, source] of expected) {
        const text = translated.get(key) ?? '';
        expect(text.trim(), key).not.toBe('');
        if (words(source).length >= 3 && ownWords(key)) expect(text, key).not.toBe(source);
      }
    });
  });

  it('keeps every English sentence at or below grade 8', () => {
    for (const [key, text] of en) {
      if (!ownWords(key)) continue;
      if (words(text).length < 4) continue;
      expect(fleschKincaidGrade(plainWords(text)), `${key}: ${text}`).toBeLessThanOrEqual(8);
    }
  });
});
