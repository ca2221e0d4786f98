import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Language } from '../../shared/settings';
import { useAppStore } from '../store/store-context';

/** The language menu; the choice is saved and kept for next time. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const chooseLanguage = useAppStore((s) => s.chooseLanguage);
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language.label')}</label>
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
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
