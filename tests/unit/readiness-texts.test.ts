import i18next from 'i18next';
import en from '../../renderer/locales/en/readiness.json' with { type: 'json' };
import es from '../../renderer/locales/es/readiness.json' with { type: 'json' };
import { packParseReasons } from '../../shared/invitation-pack';
import {
  blockerCodes,
  blockerMessage,
  blockerSeverities,
  fixCodes,
  readinessStages,
} from '../../shared/readiness';
import { fleschKincaidGrade } from '../support/readability';
import { assess, everyBlockerInput } from '../support/readiness-fixtures';

type Texts = Record<string, unknown>;

/** Every string of a locale file, by its dotted key. */
function flatten(texts: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(texts as Texts)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

const locales = { en: flatten(en), es: flatten(es) };

// The app's i18next types know only its own bundled keys; these tests look keys up by string.
type Translate = {
  t: (key: string, values?: Readonly<Record<string, unknown>>) => string;
  exists: (key: string, values?: Readonly<Record<string, unknown>>) => boolean;
};

function translator(lng: 'en' | 'es'): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: false,
    ns: ['readiness'],
    defaultNS: 'readiness',
    resources: { [lng]: { readiness: lng === 'en' ? en : es } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance as unknown as Translate;
}

describe.each(['en', 'es'] as const)('readiness texts in %s', (lng) => {
  const texts = locales[lng];
  const has = (key: string) => (texts.get(key) ?? '').trim().length > 0;

  it('has a label and a description for every stage', () => {
    for (const stage of readinessStages) {
      expect(has(`stages.${stage}.label`), stage).toBe(true);
      expect(has(`stages.${stage}.description`), stage).toBe(true);
    }
  });

  it('has a title and an explanation for every blocker, and a word for each severity', () => {
    for (const code of blockerCodes) {
      expect(has(`blockers.${code}.title`), code).toBe(true);
      const plain = has(`blockers.${code}.explanation`);
      const plural =
        has(`blockers.${code}.explanation_one`) && has(`blockers.${code}.explanation_other`);
      expect(plain || plural, code).toBe(true);
    }
    for (const severity of blockerSeverities) expect(has(`severity.${severity}`)).toBe(true);
  });

  it('has a button label and a "what will happen" for every fix', () => {
    for (const fix of fixCodes) {
      expect(has(`fixes.${fix}.label`), fix).toBe(true);
      expect(has(`fixes.${fix}.outcome`), fix).toBe(true);
    }
  });

  it('has one sentence for every reason an invitation pack is refused', () => {
    for (const reason of packParseReasons) expect(has(`pack.${reason}`), reason).toBe(true);
  });

  it('has no text for codes that do not exist', () => {
    const known = new Set<string>([
      ...readinessStages,
      ...blockerCodes,
      ...fixCodes,
      ...packParseReasons,
      ...blockerSeverities,
    ]);
    for (const key of texts.keys()) expect(known.has(key.split('.')[1]!), key).toBe(true);
  });

  it('words every blocker the model can raise, with every value filled in', () => {
    const t = translator(lng);
    const raised = new Set<string>();
    for (const { input } of everyBlockerInput()) {
      for (const blocker of assess(input).blockers) {
        raised.add(blocker.code);
        const { key, values } = blockerMessage(blocker);
        expect(t.exists(key, values), key).toBe(true);
        const text = t.t(key, values);
        expect(text, key).not.toMatch(/\{\{|\}\}|undefined|NaN/);
        expect(t.t(`blockers.${blocker.code}.title`)).not.toContain('blockers.');
      }
    }
    expect([...raised].sort()).toEqual([...blockerCodes].sort());
  });
});

describe('English and Spanish together', () => {
  it('have the same keys', () => {
    // Spanish also has a "many" plural form (Intl.PluralRules), which English does not;
    // tests/unit/locales.test.ts checks each language's plural forms.
    const spanish = [...locales.es.keys()].filter(
      (key) => !(key.endsWith('_many') && locales.en.has(key.replace(/_many$/, '_other'))),
    );
    expect(spanish.sort()).toEqual([...locales.en.keys()].sort());
  });

  it('use the same placeholders in each text', () => {
    for (const [key, text] of locales.en) {
      expect(placeholders(locales.es.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('keep every English text at or below grade 8 (Flesch–Kincaid)', () => {
    const tooHard = [...locales.en]
      .map(([key, text]) => ({ key, grade: Math.round(fleschKincaidGrade(text) * 10) / 10 }))
      .filter(({ grade }) => grade > 8);
    expect(tooHard).toEqual([]);
  });

  it('explain Zoom words where they appear', () => {
    expect(locales.en.get('blockers.basic-not-licensed.explanation')).toMatch(/Licensed" \(paid/);
    expect(locales.en.get('blockers.not-alternative-host.explanation_other')).toMatch(
      /alternative host/,
    );
    expect(locales.en.get('blockers.alt-host-cannot-see-meetings.explanation_other')).toMatch(
      /"alternative host": someone who may start/,
    );
    expect(locales.en.get('blockers.no-license.explanation')).toMatch(/A license is the paid plan/);
  });
});

describe('the readability measure', () => {
  it('scores short plain sentences low and long formal ones high', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was warm.')).toBeLessThan(2);
    expect(
      fleschKincaidGrade(
        'Administrators must subsequently authorise organisational configuration modifications, notwithstanding previously established authentication requirements.',
      ),
    ).toBeGreaterThan(16);
  });

  it('ignores placeholders, which hold names and numbers, not words', () => {
    expect(fleschKincaidGrade('It ends in {{count}} days.')).toBe(
      fleschKincaidGrade('It ends in days.'),
    );
    expect(fleschKincaidGrade('{{organisationAdministrator}}')).toBe(0);
  });
});
