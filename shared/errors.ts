import { z } from 'zod';
import { zoomErrorCodes } from './zoom-errors';

/** Every error code a call can answer with; the renderer shows `errors.<code>` from its locale files. */
export const errorCodes = [
  'invalid-arguments',
  'unknown-call',
  'untrusted-sender',
  'link-not-allowed',
  'link-open-failed',
  'settings-save-failed',
  'backend-unreachable',
  'internal',
  ...zoomErrorCodes,
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** What crosses a transport when a call fails: a code to translate, never a stack trace. */
export const ApiErrorBody = z.object({
  code: ErrorCode,
  /** Technical detail for logs and the "I'm stuck" report; never shown as the main message. */
  detail: z.string().max(500).optional(),
  /** For 'browser-not-opened': the sign-in link to copy. */
  url: z.string().max(2048).optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** A failure with a code the person can be told about in plain words. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ApiError';
    this.code = code;
    this.detail = detail;
  }

  /** The form of this error that may cross a transport. */
  toBody(): ApiErrorBody {
    return this.detail === undefined
      ? { code: this.code }
      : { code: this.code, detail: this.detail };
  }
}

/** Whether a value is an ApiError (works across bundles, where instanceof may not). */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof Error && value.name === 'ApiError' && 'code' in value;
}

// ZoomError lives beside the Zoom client in electron/, which shared/ may not import; like
// ApiError it carries one of our codes, so both are recognised by name.
const codedErrorNames: ReadonlySet<string> = new Set(['ApiError', 'ZoomError']);

/** The code to show for any failure: an ApiError's or ZoomError's own code, else 'internal'. */
export function errorCodeOf(error: unknown): ErrorCode {
  if (!(error instanceof Error) || !codedErrorNames.has(error.name)) return 'internal';
  const code = ErrorCode.safeParse((error as { code?: unknown }).code);
  return code.success ? code.data : 'internal';
}

/** Failures where Zoom gave no answer at all (offline, dropped, too slow): worth trying again. */
const noAnswerCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'offline',
  'zoom-unreachable',
  'zoom-timed-out',
]);

/** Whether a failure was Zoom giving no answer, so trying again by itself later may work. */
export function isNoAnswer(code: ErrorCode | null | undefined): boolean {
  return code != null && noAnswerCodes.has(code);
}

/** Failures that mean the person's Zoom sign-in is over: the sign-in's own message says it. */
const signInEndedCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'session-expired',
  'not-signed-in',
]);

/** Whether a failure is the sign-in having ended (one message for it, from the sign-in panel). */
export function endsSignIn(code: ErrorCode | null | undefined): boolean {
  return code != null && signInEndedCodes.has(code);
}
