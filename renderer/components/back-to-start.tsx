import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store-context';

/** Returns to the first question (the answer is forgotten, nothing else). */
export function BackToStart() {
  const { t } = useTranslation();
  const chooseRole = useAppStore((s) => s.chooseRole);
  return (
    <button type="button" className="link-button" onClick={() => void chooseRole(null)}>
      {t('nav.changeRole')}
    </button>
  );
}
