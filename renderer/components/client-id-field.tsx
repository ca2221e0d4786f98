import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What a Zoom app's client ID looks like (letters, digits, `_`, `.` and `-`). */
export const clientIdShape = /^[\w.-]{1,100}$/;

/**
 * The field where an admin types her Zoom app's client ID, with its Save button; a mistyped ID
 * says why it cannot be saved. Used by the settings and by the connect guide.
 */
export function ClientIdField({
  label,
  saveLabel,
  initial = '',
  busy,
  onSave,
}: {
  readonly label: string;
  readonly saveLabel: string;
  readonly initial?: string;
  /** Something else is under way: the button waits. */
  readonly busy: boolean;
  readonly onSave: (clientId: string) => void;
}) {
  const { t } = useTranslation('connect');
  const inputId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(initial);
  const trimmed = draft.trim();
  const invalid = trimmed !== '' && !clientIdShape.test(trimmed);
  return (
    <>
      <label htmlFor={inputId}>{label}</label>
      <div className="button-row">
        <input
          id={inputId}
          type="text"
          value={draft}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid}
          aria-describedby={invalid ? hintId : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button
          type="button"
          disabled={trimmed === '' || invalid || busy}
          onClick={() => onSave(trimmed)}
        >
          {saveLabel}
        </button>
      </div>
      {invalid && (
        <p id={hintId} className="hint">
          {t('guide.clientId.invalid')}
        </p>
      )}
    </>
  );
}
