import en from '../../renderer/locales/en/desktop.json' with { type: 'json' };
import es from '../../renderer/locales/es/desktop.json' with { type: 'json' };
import zhHans from '../../renderer/locales/zh-Hans/desktop.json' with { type: 'json' };
import tl from '../../renderer/locales/tl/desktop.json' with { type: 'json' };
import vi from '../../renderer/locales/vi/desktop.json' with { type: 'json' };
import ar from '../../renderer/locales/ar/desktop.json' with { type: 'json' };
import fr from '../../renderer/locales/fr/desktop.json' with { type: 'json' };
import ko from '../../renderer/locales/ko/desktop.json' with { type: 'json' };
import type { Language } from '../../shared/languages';

/**
 * The words the backend and main process show outside the page — menus, dialogs, notifications,
 * and the two pages a browser shows (after Zoom's sign-in; the browser host's "door") — from the
 * same locale files as the screens (`renderer/locales/<language>/desktop.json`), so each
 * translation is made once. English's shape is the contract: a language is listed here only when
 * its file is complete (tests/unit/locales.test.ts).
 */
export type DesktopTexts = typeof en;

// Each language has its own plural forms (English `_one`/`_other`, Chinese `_other` only…), so
// its file is typed as English's shape here; tests/unit/locales.test.ts checks every key.
export const desktopTexts: Readonly<Record<Language, DesktopTexts>> = {
  en,
  es: es as DesktopTexts,
  'zh-Hans': zhHans as DesktopTexts,
  tl: tl as DesktopTexts,
  vi: vi as DesktopTexts,
  ar: ar as DesktopTexts,
  fr: fr as DesktopTexts,
  ko: ko as DesktopTexts,
};
