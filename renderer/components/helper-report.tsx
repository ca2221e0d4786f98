import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../bridge/bridge-context';
import type { CheckName, CheckSlice } from '../store/check-slice';
import { useAppStore } from '../store/store-context';
import { helperReportText } from './helper-report-text';

type Status = 'idle' | 'copied' | 'copy-failed' | 'failed';

/** Each live check in one short line: done (with what it found), failed (with its code), or not run. */
function checkLines(checks: CheckSlice['checks']): string[] {
  return (Object.keys(checks) as CheckName[]).map((name) => {
    const state = checks[name];
    if (state.status === 'failed') return `${name}: failed (${state.error})`;
    if (state.status !== 'done') return `${name}: ${state.status}`;
    const result = state.result;
    if ('readiness' in result) {
      const blockers = result.readiness.blockers.map((b) => b.code);
      return `${name}: ${result.readiness.stage}${blockers.length ? ` [${blockers.join(', ')}]` : ''}`;
    }
    if ('status' in result) return `${name}: ${result.status} ${result.version ?? ''}`.trim();
    return `${name}: done`;
  });
}

/**
 * "Copy a report for my helper": the app and OS versions, where the person is, the last checks
 * and problems — never a secret. It is shown before it goes anywhere, and copied to paste.
 */
export function HelperReportButton() {
  const { t } = useTranslation('desktop');
  const api = useBridge();
  const checks = useAppStore((s) => s.checks);
  const lastError = useAppStore((s) => s.actionError ?? s.loadError);
  const [report, setReport] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const id = useId();
  if (!api) return null;

  const make = async () => {
    let text: string;
    try {
      text = helperReportText(t, await api.getHelperReport({}), {
        checks: checkLines(checks),
        lastError,
      });
    } catch {
      setStatus('failed');
      return;
    }
    setReport(text);
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('copy-failed');
    }
  };

  return (
    <div className="helper-report">
      <button type="button" className="secondary" onClick={() => void make()}>
        {t('report.button')}
      </button>
      {report !== null && (
        <>
          <p>{t('report.intro')}</p>
          <label htmlFor={id}>{t('report.label')}</label>
          <textarea id={id} readOnly value={report} rows={10} />
        </>
      )}
      <p role="status" className="copy-status">
        {status === 'copied' && t('report.copied')}
        {status === 'copy-failed' && t('report.copyFailed')}
        {status === 'failed' && t('report.failed')}
      </p>
    </div>
  );
}
