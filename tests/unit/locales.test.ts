import fs from 'node:fs';
import path from 'node:path';
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
const plainWords = (text: string) => text.replace(/\S*\w[.@/]\w\S*/g, 'it');
const words = (text: string) =>
  text
    .replace(/\{\{\s*\w+\s*\}\}/g, '')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each(namespaces)('the %s texts', (file) => {
  const en = load('en', file);
  const es = load('es', file);

  it('has the same keys in English and Spanish', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of en)
      expect(placeholders(es.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('is really translated (longer Spanish strings differ from the English)', () => {
    for (const [key, text] of en) {
      if (words(text).length >= 3) expect(es.get(key), key).not.toBe(text);
    }
  });

  it('keeps every English sentence at or below grade 8', () => {
    for (const [key, text] of en) {
      if (words(text).length < 4) continue;
      expect(fleschKincaidGrade(plainWords(text)), `${key}: ${text}`).toBeLessThanOrEqual(8);
    }
  });
});
