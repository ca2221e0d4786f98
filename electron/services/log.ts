import electronLog from 'electron-log/node';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../../shared/logger';
import { redactText, redactValue } from '../../shared/redact';
import { defaultDataDir } from './paths';

export type { Logger };

type Level = 'info' | 'warn' | 'error';

/** A warning or error as the helper report shows it: when, how bad, and what (redacted). */
export interface LoggedProblem {
  readonly at: string;
  readonly level: 'warn' | 'error';
  readonly message: string;
}

/** A logger that also remembers its last warnings and errors, for the report for a helper. */
export interface RecordingLogger extends Logger {
  recentProblems(): ReadonlyArray<LoggedProblem>;
}

/** One entry as one line of text, with tokens, secrets and email addresses taken out. */
export function logLine(message: string, detail?: Record<string, unknown>): string {
  const extra = detail ? ` ${JSON.stringify(redactValue(detail))}` : '';
  return redactText(`${message}${extra}`);
}

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
  const write = (level: Level, message: string, detail?: Record<string, unknown>) => {
    const line = `[${prefix}] ${level}: ${logLine(message, detail)}\n`;
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

/** A logger that keeps entries in memory, as given (tests read what the code tried to log). */
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

/**
 * Where the OS keeps an app's logs, as Electron's `app.getPath('logs')` answers for the desktop
 * app: the Library's Logs folder on macOS, a `logs` folder beside the app's data elsewhere (and
 * beside READYROOM_DATA_DIR when that is set).
 */
export function defaultLogDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'darwin' && !env.READYROOM_DATA_DIR)
    return path.join(os.homedir(), 'Library', 'Logs', 'ReadyRoom');
  return path.join(defaultDataDir(env, platform), 'logs');
}

export interface FileLoggerOptions {
  readonly dir: string;
  readonly fileName?: string;
  /** Rotate when the file passes this size (bytes). */
  readonly maxBytes?: number;
  /** How many rotated files to keep beside the current one. */
  readonly keep?: number;
}

let fileLoggers = 0;

/**
 * electron-log's file transport (its Node entry: no IPC channel of its own, so nothing reaches the
 * log around our trusted-sender check), rotated by size, private to the person, and redacted here:
 * every line, and a hook on electron-log for anything else that reaches it.
 */
export function createFileLogger(options: FileLoggerOptions): Logger & { readonly file: string } {
  const fileName = options.fileName ?? 'main.log';
  const file = path.join(options.dir, fileName);
  const keep = Math.max(1, options.keep ?? 3);
  fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  fileLoggers += 1;
  const base = electronLog.create({ logId: `readyroom-${fileLoggers}` });
  base.transports.console.level = false;
  const transport = base.transports.file;
  transport.level = 'info';
  transport.resolvePathFn = () => file;
  transport.maxSize = options.maxBytes ?? 1024 * 1024;
  transport.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  transport.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  transport.archiveLogFn = (current) => rotate(current.path, keep);
  base.hooks.push((message) => ({
    ...message,
    data: message.data.map((d: unknown) =>
      typeof d === 'string' ? redactText(d) : redactValue(d),
    ),
  }));
  const write = (level: Level, message: string, detail?: Record<string, unknown>) =>
    base[level](logLine(message, detail));
  return {
    file,
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

/** main.log → main.1.log → main.2.log …, dropping the oldest beyond `keep`. */
function rotate(current: string, keep: number): void {
  const { dir, name, ext } = path.parse(current);
  const nth = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  try {
    fs.rmSync(nth(keep), { force: true });
    for (let n = keep - 1; n >= 1; n -= 1) {
      if (fs.existsSync(nth(n))) fs.renameSync(nth(n), nth(n + 1));
    }
    fs.renameSync(current, nth(1));
  } catch {
    // A file another program holds open (Windows): start the current one again instead.
    fs.writeFileSync(current, '', { mode: 0o600 });
  }
}

/** Sends every entry to each logger (the file, and the console while developing). */
export function teeLogger(...loggers: ReadonlyArray<Logger>): Logger {
  return {
    info: (m, d) => loggers.forEach((l) => l.info(m, d)),
    warn: (m, d) => loggers.forEach((l) => l.warn(m, d)),
    error: (m, d) => loggers.forEach((l) => l.error(m, d)),
  };
}

/** Wraps a logger so that its last warnings and errors (redacted) can go in a helper's report. */
export function recordProblems(inner: Logger, limit = 20, now = () => new Date()): RecordingLogger {
  const problems: LoggedProblem[] = [];
  const remember = (level: 'warn' | 'error', message: string, detail?: Record<string, unknown>) => {
    problems.push({
      at: now().toISOString(),
      level,
      message: logLine(message, detail).slice(0, 300),
    });
    if (problems.length > limit) problems.shift();
  };
  return {
    info: (m, d) => inner.info(m, d),
    warn: (m, d) => {
      remember('warn', m, d);
      inner.warn(m, d);
    },
    error: (m, d) => {
      remember('error', m, d);
      inner.error(m, d);
    },
    recentProblems: () => [...problems],
  };
}
