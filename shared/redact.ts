/**
 * Takes secrets and personal addresses out of text that leaves the person's control: log lines and
 * the report for a helper. The logger applies it itself, so no caller has to remember to.
 */

/** Keys whose values are always secret, wherever they appear (JSON, query strings, objects). */
const SECRET_KEY =
  /(?:^|[_-])(?:access|refresh|id)?_?token$|secret|password|passwd|verifier|authorization|cookie|api_?key/i;
/** In a URL or form, OAuth's one-time `code` and `state` too (in JSON, `code` is our error code). */
const SECRET_QUERY_KEY = /^(?:code|state)$/i;

const EMAIL = /[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const AUTH_HEADER = /\b(Bearer|Basic)\s+[\w.~+/=-]+/gi;
const JWT = /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
/** `"refreshToken":"…"` and `refresh_token=…` (JSON and form or query strings). */
const JSON_PAIR = /("([\w-]+)"\s*:\s*)"((?:[^"\\]|\\.)*)"/g;
const QUERY_PAIR = /([?&;\s]|^)([\w-]+)=([^&\s"';]+)/g;
/** A long run of letters and digits with both in it: how tokens and keys look, not words. */
const OPAQUE = /\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{32,}\b/g;

export const REDACTED = '[hidden]';
export const EMAIL_REDACTED = '[email]';

/** Whether a field name holds a secret (token, secret, password, verifier, cookie…). */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** The text with tokens, secrets and email addresses replaced by a marker. */
export function redactText(text: string): string {
  return text
    .replace(AUTH_HEADER, (_m, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(JSON_PAIR, (whole, head: string, key: string) =>
      isSecretKey(key) ? `${head}"${REDACTED}"` : whole,
    )
    .replace(QUERY_PAIR, (whole, lead: string, key: string) =>
      isSecretKey(key) || SECRET_QUERY_KEY.test(key) ? `${lead}${key}=${REDACTED}` : whole,
    )
    .replace(EMAIL, EMAIL_REDACTED)
    .replace(OPAQUE, REDACTED);
}

/** A copy of a value (for a log entry's detail) with secret fields hidden and text redacted. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 5) return '[…]';
  if (value instanceof Error) return redactText(`${value.name}: ${value.message}`);
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = isSecretKey(key) ? REDACTED : redactValue(inner, depth + 1);
  }
  return out;
}
