import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationChange } from '../../shared/invitation-changes';

/**
 * "This invite would change what you have": each change, old and new, and two buttons. The first
 * (and the default) keeps what the person has; nothing changed until they choose the new one.
 */
export function InvitationConfirm({
  changes,
  onKeep,
  onReplace,
}: {
  changes: ReadonlyArray<InvitationChange>;
  onKeep: () => void;
  onReplace: () => void;
}) {
  const { t } = useTranslation('wizard');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const shown = (change: InvitationChange, value: string | null) =>
    value ??
    (change.field === 'zoomApp' ? t('invitation.confirm.demo') : t('invitation.confirm.none'));
  return (
    <div className="callout invitation-confirm">
      <h2 ref={heading} tabIndex={-1}>
        {t('invitation.confirm.heading')}
      </h2>
      <p>{t('invitation.confirm.explain')}</p>
      <ul>
        {changes.map((change) => (
          <li key={change.field}>
            <strong>{t(`invitation.confirm.field.${change.field}`)}</strong>:{' '}
            {t('invitation.confirm.fromTo', {
              from: shown(change, change.from),
              to: shown(change, change.to),
            })}
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" onClick={onKeep}>
          {t('invitation.confirm.keep')}
        </button>
        <button type="button" className="secondary" onClick={onReplace}>
          {t('invitation.confirm.replace')}
        </button>
      </div>
    </div>
  );
}
