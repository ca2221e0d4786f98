import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  createI18n,
  ensureLanguage,
  isLanguageLoaded,
  loadLanguage,
} from '../../renderer/i18n/i18n';
import { namespaces } from '../../renderer/i18n/resources';

/*
 * English is in the renderer's start-up script; every other language is loaded when asked for
 * (each is its own chunk in the build), added to an i18n instance, and only then shown.
 * Each test file has its own modules, so nothing here is loaded before this file asks.
 */
const localesDir = path.resolve(import.meta.dirname, '../../renderer/locales');
const file = (lang: string, namespace: string) =>
  JSON.parse(readFileSync(path.join(localesDir, lang, `${namespace}.json`), 'utf8')) as {
    start: { heading: string };
  };

describe('loading a language when asked for', () => {
  it('has English from the start, and no other language until one is asked for', () => {
    expect(isLanguageLoaded('en')).toBe(true);
    const i18n = createI18n('en');
    expect(i18n.t('start.heading')).toBe(file('en', 'translation').start.heading);
    for (const namespace of namespaces) {
      expect(i18n.hasResourceBundle('en', namespace)).toBe(true);
      expect(i18n.hasResourceBundle('ko', namespace)).toBe(false);
    }
    expect(isLanguageLoaded('ko')).toBe(false);
  });

  it('adds every namespace of a language to an instance once loaded, then switches to it', async () => {
    const i18n = createI18n('en');
    expect(await ensureLanguage(i18n, 'ko')).toBe(true);
    expect(isLanguageLoaded('ko')).toBe(true);
    for (const namespace of namespaces) expect(i18n.hasResourceBundle('ko', namespace)).toBe(true);
    // Loading does not switch: the caller does, once the texts are here.
    expect(i18n.language).toBe('en');
    await i18n.changeLanguage('ko');
    expect(i18n.t('start.heading')).toBe(file('ko', 'translation').start.heading);
    // A second ask is nothing to do.
    expect(await ensureLanguage(i18n, 'ko')).toBe(true);
  });

  it('shares one load between two asks, and gives a loaded language at once to a new instance', async () => {
    const [a, b] = await Promise.all([loadLanguage('vi'), loadLanguage('vi')]);
    expect(a).toBe(b);
    const i18n = createI18n('vi');
    expect(i18n.language).toBe('vi');
    expect(i18n.t('start.heading')).toBe(file('vi', 'translation').start.heading);
    // Only what was asked for: English and Vietnamese, not Korean (loaded by the test before).
    expect(i18n.hasResourceBundle('ko', 'translation')).toBe(false);
  });

  it('begins an instance for a language not loaded yet in English, then switches once it is here', async () => {
    expect(isLanguageLoaded('fr')).toBe(false);
    const i18n = createI18n('fr');
    // Never keys, never French half-loaded: English until French is here.
    expect(i18n.language).toBe('en');
    expect(i18n.t('start.heading')).toBe(file('en', 'translation').start.heading);
    await vi.waitFor(() => expect(i18n.language).toBe('fr'));
    expect(i18n.t('start.heading')).toBe(file('fr', 'translation').start.heading);
  });
});
