import { useEffect, useRef, useState, type ReactNode } from 'react';
import { errorCodeOf, type ErrorCode } from '../../shared/errors';
import { Modal } from './modal';
import { useDashboardTexts } from './texts';

export interface ConfirmDialogProps<T> {
  readonly title: string;
  /** Exactly what will happen, in plain words. */
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly action: () => Promise<T>;
  /** The outcome message once the action worked. */
  readonly outcome: (result: T) => ReactNode;
  /** Closed: with the result when the action ran, null when the admin went back. */
  readonly onClose: (result: T | null) => void;
}

type Step<T> =
  | { readonly kind: 'ask' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly result: T }
  | { readonly kind: 'failed'; readonly error: ErrorCode };

/**
 * Asks before a fix that changes Zoom, says what happened afterwards, and keeps the dialog open
 * on failure with the reason and a way to try again.
 */
export function ConfirmDialog<T>(props: ConfirmDialogProps<T>) {
  const { t, e } = useDashboardTexts();
  const [step, setStep] = useState<Step<T>>({ kind: 'ask' });
  const closeButton = useRef<HTMLButtonElement>(null);
  const result = step.kind === 'done' ? step.result : null;

  useEffect(() => {
    if (step.kind === 'done') closeButton.current?.focus();
  }, [step.kind]);

  const run = async () => {
    setStep({ kind: 'working' });
    try {
      setStep({ kind: 'done', result: await props.action() });
    } catch (error) {
      setStep({ kind: 'failed', error: errorCodeOf(error) });
    }
  };

  return (
    <Modal title={props.title} onClose={() => props.onClose(result)}>
      {props.children}
      <div role="status" className="dialog-status">
        {step.kind === 'working' && <p>{t('confirm.working')}</p>}
        {step.kind === 'done' && (
          <div className="check check-passed">{props.outcome(step.result)}</div>
        )}
      </div>
      {step.kind === 'failed' && (
        <div role="alert" className="check check-failed">
          <p>{t('confirm.failed')}</p>
          <p>{e(`errors.${step.error}`)}</p>
        </div>
      )}
      <div className="button-row">
        {step.kind === 'done' ? (
          <button type="button" ref={closeButton} onClick={() => props.onClose(step.result)}>
            {t('confirm.close')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => void run()} disabled={step.kind === 'working'}>
              {props.confirmLabel}
            </button>
            <button type="button" className="secondary" onClick={() => props.onClose(null)}>
              {t('confirm.back')}
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}
