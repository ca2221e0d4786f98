import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Language, languageNames } from '../../shared/languages';
import { useAppStore } from '../store/store-context';

/**
 * The language menu, on every screen; the choice is saved and kept for next time. Each language
 * is named in its own words, and the label also says "Language" in English when the screen is in
 * another language, so a person who cannot read the current one still finds the way back.
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const chooseLanguage = useAppStore((s) => s.chooseLanguage);
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>
        {t('language.label')}
        {i18n.language !== 'en' && <span lang="en"> (Language)</span>}
      </label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          const parsed = Language.safeParse(event.target.value);
          if (parsed.success) void chooseLanguage(parsed.data);
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
