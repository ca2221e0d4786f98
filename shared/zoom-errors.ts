/** Every way talking to Zoom can fail, in words the UI can translate (texts: errors.<code> in the locale files). */
export const zoomErrorCodes = [
  // Signing in
  'sign-in-denied',
  'sign-in-state-mismatch',
  'sign-in-code-rejected',
  'sign-in-timed-out',
  'sign-in-cancelled',
  'sign-in-failed',
  'browser-not-opened',
  'session-expired',
  'not-signed-in',
  'account-credentials-rejected',
  // Reaching Zoom
  /** No connection at all (refused, name not found, network down): not an answer from Zoom. */
  'offline',
  'zoom-unreachable',
  'zoom-timed-out',
  'zoom-unavailable',
  'zoom-answer-invalid',
  'rate-limited',
  'daily-limit',
  // What Zoom said
  'invalid-token',
  'missing-scopes',
  'no-privilege',
  'invalid-parameter',
  'user-not-found',
  'already-in-account',
  'email-owns-another-account',
  'not-on-account',
  'invitation-expired',
  'no-licences-left',
  'meeting-not-found',
  'not-meeting-host',
  'zoom-error',
] as const;

export type ZoomErrorCode = (typeof zoomErrorCodes)[number];
