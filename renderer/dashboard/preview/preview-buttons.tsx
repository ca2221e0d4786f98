import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamPerson } from '../../../shared/team-schemas';
import type { WizardStepId } from '../../../shared/wizard';
import { PersonPreviewDialog, WizardPreviewDialog } from './preview-dialogs';

/** "See what they see", for one person on the dashboard (their details, the questions panel). */
export function PersonPreviewButton({
  person,
  className = 'secondary',
}: {
  readonly person: TeamPerson;
  readonly className?: string;
}) {
  const { t } = useTranslation('preview');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {t('person.open')}
      </button>
      {open && <PersonPreviewDialog person={person} onClose={() => setOpen(false)} />}
    </>
  );
}

/** "Preview the wizard": every step an invitee will see, before anyone is invited. */
export function WizardPreviewButton({
  className = 'secondary',
  startAt,
  label,
}: {
  readonly className?: string;
  /** The step the preview opens at (the first, unless told). */
  readonly startAt?: WizardStepId;
  /** The button's words, when the place it sits asks its own question. */
  readonly label?: string;
}) {
  const { t } = useTranslation('preview');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {label ?? t('wizard.open')}
      </button>
      {open && <WizardPreviewDialog startAt={startAt} onClose={() => setOpen(false)} />}
    </>
  );
}
