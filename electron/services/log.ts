/** Where the backend writes what happened; tests pass a recording logger. */
export interface Logger {
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
}

/** A logger that writes one line per entry to stderr, so stdout stays free for the host's address. */
export function createConsoleLogger(prefix = 'readyroom'): Logger {
  const write = (level: string, message: string, detail?: Record<string, unknown>) => {
    const extra = detail ? ` ${JSON.stringify(detail)}` : '';
    process.stderr.write(`[${prefix}] ${level}: ${message}${extra}\n`);
  };
  return {
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

/** A logger that keeps entries in memory (tests). */
export function createMemoryLogger(): Logger & {
  readonly entries: ReadonlyArray<{ level: string; message: string }>;
} {
  const entries: Array<{ level: string; message: string }> = [];
  return {
    entries,
    info: (message) => entries.push({ level: 'info', message }),
    warn: (message) => entries.push({ level: 'warn', message }),
    error: (message) => entries.push({ level: 'error', message }),
  };
}
