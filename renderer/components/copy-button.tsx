import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies text for the person (codes, links, messages) so nothing has to be retyped. */
export function CopyButton({
  text,
  label,
  onCopied,
}: {
  text: string;
  label: string;
  /** Told once the text is on the clipboard. */
  onCopied?: () => void;
}) {
  const { t } = useTranslation('wizard');
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
      onCopied?.();
    } catch {
      setStatus('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' && t('stuck.copied')}
        {status === 'failed' && t('stuck.copyFailed')}
      </span>
    </span>
  );
}
