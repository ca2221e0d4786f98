import { useAppStore } from '../store/store-context';
import { ConfirmDialog } from './confirm-dialog';
import { useDashboardTexts } from './texts';

/**
 * Turns a deactivated account back on. The confirmation says what Zoom will do and, for a
 * Licensed account, that it takes one of the team's licences again.
 */
export function ReactivateDialog({
  email,
  name,
  licensed,
  onClose,
}: {
  readonly email: string;
  readonly name: string;
  readonly licensed: boolean;
  /** Closed; `changed` is true when Zoom was changed. */
  readonly onClose: (changed: boolean) => void;
}) {
  const { t } = useDashboardTexts();
  const teamFix = useAppStore((s) => s.teamFix);
  return (
    <ConfirmDialog
      title={t('reactivate.title', { name })}
      confirmLabel={t('reactivate.confirm')}
      action={() => teamFix('reactivateUser', { email })}
      outcome={() => <p>{t('reactivate.done', { name })}</p>}
      onClose={(result) => onClose(result !== null)}
    >
      <p>{t('reactivate.what', { name })}</p>
      {licensed && <p>{t('reactivate.licensed')}</p>}
    </ConfirmDialog>
  );
}
