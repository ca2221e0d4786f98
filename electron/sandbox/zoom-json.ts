import { randomBytes } from 'node:crypto';

/**
 * JSON.stringify that writes bigint values as bare integers with every digit, the way Zoom writes
 * 64-bit meeting ids. Node 20 has no JSON.rawJSON, so bigints become a marker string carrying a
 * fresh random nonce (so no string value can forge it) that is then unquoted.
 */
export function toZoomJson(value: unknown): string {
  // Most answers (user lists above all) hold no bigint: plain JSON, several times faster than a
  // replacer; JSON.stringify throws a TypeError at the first bigint, and then the slow way runs.
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  const nonce = randomBytes(8).toString('hex');
  const marker = `__zoom_bigint_${nonce}:`;
  const text = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'bigint' ? `${marker}${v.toString()}` : v,
  );
  return text.replace(new RegExp(`"${marker}(-?\\d+)"`, 'g'), '$1');
}
