import type { TFunction } from 'i18next';
import type { HelperReport } from '../../shared/api';
import type { ErrorCode } from '../../shared/errors';
import { redactText } from '../../shared/redact';

/** What the screen knows that the backend does not: its last checks and its last error. */
export interface ScreenFacts {
  /** One line per live check: its name and what it last showed (codes, never details). */
  readonly checks: ReadonlyArray<string>;
  readonly lastError: ErrorCode | null;
}

/**
 * The report as plain text, in the person's language, to paste into an email or a chat. Redacted
 * once more as a whole: whatever a line holds, no token, secret or email address leaves with it.
 */
export function helperReportText(
  t: TFunction<'desktop'>,
  report: HelperReport,
  screen: ScreenFacts,
): string {
  const list = (items: ReadonlyArray<string>) =>
    items.length > 0 ? items.join(', ') : t('report.none');
  const yesNo = (value: boolean) => (value ? t('report.yes') : t('report.no'));
  const { app, system, wizard, session, updates } = report;
  const runtime = [
    system.electron ? `Electron ${system.electron}` : null,
    system.chrome ? `Chrome ${system.chrome}` : null,
    `Node ${system.node}`,
  ].filter(Boolean);
  const lines = [
    `${t('report.title')} (${report.madeAt})`,
    `${t('report.app')}: ReadyRoom ${app.version} (${app.host}, ${app.mode})`,
    `${t('report.system')}: ${system.os} ${system.arch}; ${runtime.join(', ')}`,
    `${t('report.language')}: ${report.language ?? t('report.none')}`,
    `${t('report.role')}: ${report.role ?? t('report.none')}`,
    `${t('report.step')}: ${wizard.currentStep}`,
    `${t('report.done')}: ${list(wizard.completed)}`,
    `${t('report.skipped')}: ${list(wizard.skipped)}`,
    `${t('report.selfReported')}: ${list(wizard.selfReported)}`,
    `${t('report.invitation')}: ${yesNo(wizard.hasInvitation)}`,
    `${t('report.session')}: ${session.state}${session.kind ? ` (${session.kind})` : ''}${
      session.error ? `, ${session.error}` : ''
    }`,
    `${t('report.savedIn')}: ${session.secretBackend}`,
    `${t('report.updates')}: ${updates.state}${updates.version ? ` ${updates.version}` : ''}`,
    `${t('report.checks')}: ${list(screen.checks)}`,
    `${t('report.lastError')}: ${screen.lastError ?? t('report.none')}`,
    `${t('report.problems')}:`,
    ...(report.problems.length > 0
      ? report.problems.map((p) => `  ${p.at} ${p.level}: ${p.message}`)
      : [`  ${t('report.none')}`]),
  ];
  return redactText(lines.join('\n'));
}
