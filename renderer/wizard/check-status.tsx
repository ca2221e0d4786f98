import type { ReactNode } from 'react';

/** A live check's answer: a status region that screen readers announce, with an icon in words. */
export function CheckStatus({
  tone,
  children,
}: {
  tone: 'checking' | 'passed' | 'failed' | 'info';
  children: ReactNode;
}) {
  return (
    <div className={`check check-${tone}`} role="status" aria-live="polite">
      {children}
    </div>
  );
}
