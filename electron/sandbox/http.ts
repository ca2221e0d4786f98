import type http from 'node:http';
import { readBody as readLimitedBody } from '../net/loopback-server';
import { toZoomJson } from './zoom-json';

const maxBodyBytes = 1024 * 1024;

/** A Zoom API error: HTTP status plus Zoom's `{code, message}` body (and sometimes `errors`). */
export class ZoomApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: ReadonlyArray<{ field: string; message: string }>,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  /** The JSON body Zoom sends. */
  body(): Record<string, unknown> {
    return this.errors
      ? { code: this.code, message: this.message, errors: this.errors }
      : { code: this.code, message: this.message };
  }
}

/** Zoom's 300 "Validation Failed." with the fields at fault. */
export function validationFailed(...fields: ReadonlyArray<string>): ZoomApiError {
  return new ZoomApiError(
    400,
    300,
    'Validation Failed.',
    fields.map((field) => ({ field, message: 'Invalid field.' })),
  );
}

/** The request body as text; null when it is larger than the sandbox accepts. */
export function readBody(req: http.IncomingMessage): Promise<string | null> {
  return readLimitedBody(req, maxBodyBytes);
}

const baseHeaders = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

/** What answerNoSoonerThan needs of time (a stand-in in tests). */
export interface AnswerTimer {
  now(): number;
  after(ms: number, run: () => void): void;
}

const realTimer: AnswerTimer = {
  now: () => performance.now(),
  after: (ms, run) => void setTimeout(run, ms),
};

/**
 * Holds an answer sent in one piece (`res.end` with its body) until `due`, a time on `timer`'s
 * clock: so an answer comes `latencyMs` after its request arrived with the sandbox's own work
 * inside that time, as the time Zoom takes to answer includes Zoom's work. Work that runs past
 * `due` is sent at once. Headers wait with the body: Node sends them with the first bytes. Not
 * for answers written in pieces (the speed test), whose `write`s would pass.
 */
export function answerNoSoonerThan(
  res: http.ServerResponse,
  due: number,
  timer: AnswerTimer = realTimer,
): void {
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  const held = (...args: unknown[]): http.ServerResponse => {
    // Its text is made bytes now, inside the wait (the sandbox's own work, as Zoom's is inside
    // its answer time), and the wait is measured after: sending at the time is then only a write.
    if (typeof args[0] === 'string') args[0] = Buffer.from(args[0], 'utf8');
    const wait = due - timer.now();
    if (wait <= 0) return end(...args);
    timer.after(wait, () => {
      if (!res.destroyed) end(...args);
    });
    return res;
  };
  res.end = held as typeof res.end;
}

/** Sends JSON the way Zoom does, 64-bit integers intact. */
export function sendJson(
  res: http.ServerResponse,
  status: number,
  value: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  res.writeHead(status, {
    ...baseHeaders,
    'Content-Type': 'application/json;charset=UTF-8',
    ...headers,
  });
  res.end(toZoomJson(value));
}

/** Sends a status with no body (Zoom's 204s). */
export function sendEmpty(
  res: http.ServerResponse,
  status: number,
  headers: Readonly<Record<string, string>> = {},
): void {
  res.writeHead(status, { ...baseHeaders, ...headers });
  res.end();
}

/** Sends an HTML page. */
export function sendHtml(res: http.ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    ...baseHeaders,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy':
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:*; frame-ancestors 'none'",
    'Referrer-Policy': 'no-referrer',
  });
  res.end(html);
}

/** Sends a 302 to `location`. */
export function sendRedirect(res: http.ServerResponse, location: string): void {
  res.writeHead(302, { ...baseHeaders, Location: location });
  res.end();
}

/** Parses an application/x-www-form-urlencoded body. */
export function parseForm(body: string): URLSearchParams {
  return new URLSearchParams(body);
}
