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
