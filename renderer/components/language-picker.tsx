import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Language, languageNames } from '../../shared/languages';
import { ensureLanguage } from '../i18n/i18n';
import { useAppStore } from '../store/store-context';

/**
 * The language menu, on every screen; the choice is saved and kept for next time. Each language
 * is named in its own words, and the label also says "Language" in English when the screen is in
 * another language, so a person who cannot read the current one still finds the way back.
 * A language's texts are loaded before the choice is saved (and the page switches to it); if they
 * cannot be loaded, nothing is saved and the page stays as it is.
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const chooseLanguage = useAppStore((s) => s.chooseLanguage);
  const id = useId();
  // The language being loaded, shown as chosen meanwhile.
  const [pending, setPending] = useState<Language | null>(null);
  const choose = async (language: Language) => {
    setPending(language);
    try {
      if (await ensureLanguage(i18n, language)) await chooseLanguage(language);
    } finally {
      setPending((now) => (now === language ? null : now));
    }
  };
  return (
    <div className="language-picker">
      <label htmlFor={id}>
        {t('language.label')}
        {i18n.language !== 'en' && <span lang="en"> (Language)</span>}
      </label>
      <select
        id={id}
        value={pending ?? i18n.language}
        onChange={(event) => {
          const parsed = Language.safeParse(event.target.value);
          if (parsed.success) void choose(parsed.data);
        }}
      >
        {Language.options.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {languageNames[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
