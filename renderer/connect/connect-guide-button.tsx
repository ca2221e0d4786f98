import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

// The guide loads only when someone opens it.
const ConnectGuide = lazy(() =>
  import('./connect-guide').then((m) => ({ default: m.ConnectGuide })),
);

/** Opens the guide "Connect ReadyRoom to your Zoom account" (from the start screen and the help). */
export function ConnectGuideButton({
  label,
  describedBy,
  secondary = false,
}: {
  readonly label: string;
  readonly describedBy?: string;
  readonly secondary?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={secondary ? 'secondary' : undefined}
        aria-describedby={describedBy}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {/* In the page's main landmark, outside any <details> that could close around it. */}
      {open &&
        createPortal(
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <ConnectGuide onClose={() => setOpen(false)} />
          </Suspense>,
          document.getElementById('main') ?? document.body,
        )}
    </>
  );
}
