import type { Logger } from '../../shared/logger';

export type { Logger };

/**
 * A logger that writes one line per entry to stderr, so stdout stays free for the host's address.
 * With `held`, entries wait until `release()` (the host prints its address first, as the README
 * says, and then what happened while it started, for example which keychain could not be used).
 */
export function createConsoleLogger(
  prefix = 'readyroom',
  options: { held?: boolean } = {},
): Logger & { release(): void } {
  let waiting: string[] | null = options.held ? [] : null;
  const write = (level: string, message: string, detail?: Record<string, unknown>) => {
    const extra = detail ? ` ${JSON.stringify(detail)}` : '';
    const line = `[${prefix}] ${level}: ${message}${extra}\n`;
    if (waiting) waiting.push(line);
    else process.stderr.write(line);
  };
  return {
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
    release: () => {
      const lines = waiting ?? [];
      waiting = null;
      for (const line of lines) process.stderr.write(line);
    },
  };
}

/** A logger that keeps entries in memory (tests). */
export function createMemoryLogger(): Logger & {
  readonly entries: ReadonlyArray<{ level: string; message: string; detail?: string }>;
} {
  const entries: Array<{ level: string; message: string; detail?: string }> = [];
  const add = (level: string, message: string, detail?: Record<string, unknown>) =>
    entries.push(detail ? { level, message, detail: JSON.stringify(detail) } : { level, message });
  return {
    entries,
    info: (m, d) => add('info', m, d),
    warn: (m, d) => add('warn', m, d),
    error: (m, d) => add('error', m, d),
  };
}
