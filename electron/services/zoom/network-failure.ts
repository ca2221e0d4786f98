import type { ZoomErrorCode } from './zoom-errors';

/**
 * The system error codes that mean no connection could be made at all: this computer seems to
 * be offline (or a firewall or proxy stands in the way), as opposed to Zoom answering badly.
 */
const noConnectionCodes: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Codes that mean "offline" only while connecting (later they are a connection Zoom dropped). */
const whileConnectingCodes: ReadonlySet<string> = new Set(['ECONNRESET', 'ETIMEDOUT']);

interface SystemError {
  readonly code?: unknown;
  readonly syscall?: unknown;
  readonly cause?: unknown;
  readonly errors?: unknown;
}

/** Whether one error in fetch's chain of causes (or an AggregateError's list) failed to connect. */
function failedToConnect(error: unknown, depth: number): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const { code, syscall, cause, errors } = error as SystemError;
  if (typeof code === 'string') {
    if (noConnectionCodes.has(code)) return true;
    if (whileConnectingCodes.has(code) && syscall === 'connect') return true;
  }
  if (Array.isArray(errors) && errors.some((e) => failedToConnect(e, depth + 1))) return true;
  return failedToConnect(cause, depth + 1);
}

/**
 * The code for a request that got no answer: 'zoom-timed-out' when ReadyRoom stopped waiting,
 * 'offline' when no connection could be made (fetch's `TypeError: fetch failed` with a cause
 * such as ECONNREFUSED or ENOTFOUND), else 'zoom-unreachable' (Zoom dropped the connection).
 */
export function noAnswerCode(cause: unknown, timedOut: boolean): ZoomErrorCode {
  if (timedOut) return 'zoom-timed-out';
  return failedToConnect(cause, 0) ? 'offline' : 'zoom-unreachable';
}
