import type { ZoomErrorBody } from '../../../shared/zoom';

import { zoomErrorCodes, type ZoomErrorCode } from '../../../shared/zoom-errors';
import { isMissingScopesMessage, scopesInZoomMessage } from '../../../shared/zoom-scopes';

export { zoomErrorCodes, type ZoomErrorCode };

/** The i18n key under which the UI finds the plain-language sentence for a code. */
export function zoomErrorMessageKey(code: ZoomErrorCode): string {
  return `errors.${code}`;
}

/** Every message key, for the lead's translation files. */
export const zoomErrorMessageKeys: ReadonlyArray<string> = zoomErrorCodes.map(zoomErrorMessageKey);

export interface ZoomErrorDetails {
  /** HTTP status, when Zoom answered. */
  readonly status?: number;
  /** Zoom's numeric code from the error body. */
  readonly zoomCode?: number;
  /** Zoom's own message (English, technical): for logs, never the main text shown. */
  readonly zoomMessage?: string;
  /** For 'browser-not-opened': the sign-in link the person can copy into a browser. */
  readonly url?: string;
  /** For 'rate-limited' / 'daily-limit': when trying again should work (epoch ms). */
  readonly retryAt?: number;
  /** For 'missing-scopes': the scopes Zoom's message named (not secret: they are app settings). */
  readonly scopes?: ReadonlyArray<string>;
  readonly cause?: unknown;
}

/** A failure while talking to Zoom, with a code the person can be told about in plain words. */
export class ZoomError extends Error {
  readonly code: ZoomErrorCode;
  readonly messageKey: string;
  readonly status: number | undefined;
  readonly zoomCode: number | undefined;
  readonly zoomMessage: string | undefined;
  readonly url: string | undefined;
  readonly retryAt: number | undefined;
  readonly scopes: ReadonlyArray<string>;

  constructor(code: ZoomErrorCode, details: ZoomErrorDetails = {}) {
    const extra = [
      details.status === undefined ? '' : `HTTP ${details.status}`,
      details.zoomCode === undefined ? '' : `Zoom code ${details.zoomCode}`,
      details.zoomMessage ?? '',
    ]
      .filter(Boolean)
      .join(', ');
    super(extra ? `${code} (${extra})` : code, { cause: details.cause });
    this.name = 'ZoomError';
    this.code = code;
    this.messageKey = zoomErrorMessageKey(code);
    this.status = details.status;
    this.zoomCode = details.zoomCode;
    this.zoomMessage = details.zoomMessage;
    this.url = details.url;
    this.retryAt = details.retryAt;
    this.scopes = details.scopes ?? [];
  }
}

/** Whether a value is a ZoomError (works across bundles, where instanceof may not). */
export function isZoomError(value: unknown): value is ZoomError {
  return value instanceof Error && value.name === 'ZoomError' && 'code' in value;
}

/** Zoom's numeric codes that ReadyRoom explains; anything else becomes 'zoom-error'. */
const byZoomCode: Readonly<Record<number, ZoomErrorCode>> = {
  124: 'invalid-token',
  200: 'no-privilege',
  300: 'invalid-parameter',
  1001: 'user-not-found',
  1005: 'already-in-account',
  1009: 'email-owns-another-account',
  1010: 'not-on-account',
  1120: 'invitation-expired',
  2033: 'no-licences-left',
  2034: 'no-licences-left',
  3412: 'no-licences-left',
  3001: 'meeting-not-found',
  3003: 'not-meeting-host',
  4700: 'missing-scopes',
  4711: 'session-expired',
};

/**
 * Turns Zoom's error answer (status + body, either may be odd) into a typed error.
 *
 * A missing scope is known by Zoom's message, "Invalid access token, does not contain
 * scopes:[…]", whatever the code: Zoom's errors page gives 4700, and Zoom answered 4711 for a
 * user-managed app with granular scopes (DF /t/…/108207; docs/zoom-app-setup.md §8). 4711's other
 * meaning, "Refresh token invalid. The token scopes do not match with the client scopes", is a
 * token-endpoint answer (Zoom's OAuth error messages page), so a REST 4711 without the scope
 * message still means the sign-in is over.
 */
export function zoomErrorFromResponse(status: number, body: ZoomErrorBody | null): ZoomError {
  const details = { status, zoomCode: body?.code, zoomMessage: body?.message };
  if (isMissingScopesMessage(body?.message))
    return new ZoomError('missing-scopes', {
      ...details,
      scopes: scopesInZoomMessage(body?.message),
    });
  const mapped = body ? byZoomCode[body.code] : undefined;
  if (mapped) return new ZoomError(mapped, details);
  if (status === 429 || body?.code === 429) return new ZoomError('rate-limited', details);
  if (status === 401) return new ZoomError('invalid-token', details);
  if (status >= 500) return new ZoomError('zoom-unavailable', details);
  return new ZoomError('zoom-error', details);
}
