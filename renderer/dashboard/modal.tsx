import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dashboard.css';

export interface ModalProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Wider, for the person's details and the doctor. */
  readonly wide?: boolean;
}

/**
 * A modal dialog on the native `<dialog>`: the page behind is inert, Escape closes it, focus
 * moves to the title when it opens (or to the element marked `data-autofocus`) and goes back to
 * the button that opened it when it closes.
 */
export function Modal({ title, onClose, children, wide }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // The field the dialog is for, when it marks one; otherwise the title, read out first.
    (
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('h2')
    )?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'rr-dialog rr-dialog-wide' : 'rr-dialog'}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        close.current();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          close.current();
        }
      }}
    >
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
