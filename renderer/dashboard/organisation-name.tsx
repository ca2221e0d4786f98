import { useId, useState } from 'react';
import { useAppStore } from '../store/store-context';
import { selectTeamFacts } from '../store/team-slice';
import { useDashboardTexts } from './texts';

/** The organisation's name, filled once; it goes in every onboarding message and pack. */
export function OrganisationNameField({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t } = useDashboardTexts();
  const stored = useAppStore((s) => selectTeamFacts(s)?.prefs.organisationName ?? '');
  const updatePrefs = useAppStore((s) => s.updateTeamPrefs);
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const fieldId = useId();
  const hintId = useId();
  const value = draft ?? stored;
  return (
    <form
      className="organisation-name"
      onSubmit={(event) => {
        event.preventDefault();
        void updatePrefs({ organisationName: value.trim().slice(0, 120) }).then(() => {
          setSaved(true);
          setDraft(null);
        });
      }}
    >
      <label htmlFor={fieldId}>{t('tools.orgLabel')}</label>
      <p id={hintId} className="hint">
        {t('tools.orgHint')}
      </p>
      <div className="inline-field">
        <input
          id={fieldId}
          type="text"
          value={value}
          maxLength={120}
          autoComplete="organization"
          aria-describedby={hintId}
          {...(autoFocus ? { 'data-autofocus': true } : {})}
          onChange={(event) => {
            setDraft(event.target.value);
            setSaved(false);
          }}
        />
        <button type="submit" className="secondary" disabled={value.trim() === ''}>
          {t('tools.orgSave')}
        </button>
      </div>
      <p role="status" className="copy-status">
        {saved ? t('tools.orgSaved') : ''}
      </p>
    </form>
  );
}
