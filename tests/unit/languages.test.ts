import fs from 'node:fs';
import path from 'node:path';
import {
  Language,
  languageDirection,
  languageNames,
  matchLanguage,
  pickLanguage,
} from '../../shared/languages';
import { migrateSettings } from '../../shared/settings';
import { isolateValue } from '../../renderer/i18n/i18n';
import { hasLanguageTexts, namespaces } from '../../renderer/i18n/resources';

describe('choosing the language a person reads', () => {
  it('takes the first preferred language ReadyRoom offers, region and script aside', () => {
    expect(pickLanguage(['de-DE', 'es-MX', 'en-US'])).toBe('es');
    expect(pickLanguage(['es_419'])).toBe('es');
    expect(pickLanguage(['EN-gb'])).toBe('en');
  });

  it('falls back to English when none is offered, or when nothing is known', () => {
    expect(pickLanguage(['de-DE', 'ja'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('never takes a Traditional Chinese preference for Simplified Chinese', () => {
    for (const tag of ['zh-TW', 'zh-Hant', 'zh-Hant-HK', 'zh-HK', 'zh-MO'])
      expect(matchLanguage(tag), tag).toBeNull();
  });

  it('names every offered language in its own words', () => {
    for (const lang of Language.options) expect(languageNames[lang].length).toBeGreaterThan(1);
  });

  it('has the texts of every offered language, and nothing offered without them', () => {
    const localesDir = path.resolve(import.meta.dirname, '../../renderer/locales');
    for (const lang of Language.options) {
      expect(hasLanguageTexts(lang), lang).toBe(true);
      for (const namespace of namespaces)
        expect(fs.existsSync(path.join(localesDir, lang, `${namespace}.json`)), lang).toBe(true);
    }
    const folders = fs
      .readdirSync(localesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual([...Language.options].sort());
  });

  it('keeps a language a person chose in an old settings file, by its locale', () => {
    expect(migrateSettings({ locale: 'es_ES' }).value.language).toBe('es');
    expect(migrateSettings({ locale: 'xx-YY' }).value.language).toBeNull();
  });
});

describe('right-to-left text', () => {
  it('knows Arabic is written right to left, and the others left to right', () => {
    expect(languageDirection('ar')).toBe('rtl');
    expect(languageDirection('ar-EG')).toBe('rtl');
    expect(languageDirection('en')).toBe('ltr');
    expect(languageDirection('zh-Hans')).toBe('ltr');
  });

  it('keeps an email address or a number in its own direction inside Arabic text', () => {
    expect(isolateValue('ar', 'ana@example.org')).toBe('\u2068ana@example.org\u2069');
    expect(isolateValue('en', 'ana@example.org')).toBe('ana@example.org');
  });
});

describe('the style sheets', () => {
  const cssFiles = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'locales' ? [] : cssFiles(full);
      return entry.name.endsWith('.css') ? [full] : [];
    });

  it('use logical sides (start/end), so right-to-left pages mirror by themselves', () => {
    const physical =
      /(^|[\s;{])(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/m;
    const files = cssFiles(path.resolve(import.meta.dirname, '../../renderer'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) =>
        expect(physical.test(line), `${path.basename(file)}:${i + 1}: ${line.trim()}`).toBe(false),
      );
    }
  });
});
