import type { Logger } from '../services/log';
import type { Translate } from './desktop-texts';

/** The part of Node's `process` this needs, so a test can pass an emitter. */
export interface ProcessLike {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export interface ProblemDialog {
  /** Shows a plain, non-blocking message (Electron's `dialog.showMessageBox`). */
  show(title: string, body: string, ok: string): void;
}

/** The error as one short line: its type and message, never its stack or values. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}

/**
 * Logs every error nobody caught and tells the person in plain words, at most once a minute (a
 * loop of failures must not become a loop of dialogs). ReadyRoom keeps running: progress and
 * settings are saved as they change, so nothing is lost.
 */
export function installProcessErrorHandlers(
  proc: ProcessLike,
  log: Logger,
  dialog: ProblemDialog,
  translate: () => Translate,
  now: () => number = Date.now,
): void {
  let lastShown = Number.NEGATIVE_INFINITY;
  const tell = (kind: string, error: unknown) => {
    log.error(`An error nobody caught (${kind})`, { error: describeError(error) });
    if (now() - lastShown < 60_000) return;
    lastShown = now();
    try {
      const t = translate();
      dialog.show(t('dialogs.problem.title'), t('dialogs.problem.body'), t('dialogs.problem.ok'));
    } catch (failure) {
      log.error('Could not show the problem dialog', { error: describeError(failure) });
    }
  };
  proc.on('uncaughtException', (error) => tell('exception', error));
  proc.on('unhandledRejection', (reason) => tell('rejection', reason));
}
