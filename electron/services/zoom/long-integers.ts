const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Puts quotes around integers that JavaScript numbers cannot hold exactly (beyond 2^53), outside
 * strings, so JSON.parse keeps every digit of a 64-bit meeting id. Other text is left as it is.
 */
export function quoteLongIntegers(json: string): string {
  let out = '';
  let copiedUpTo = 0;
  let i = 0;
  while (i < json.length) {
    const c = json[i];
    if (c === '"') {
      // Skip the whole string, honouring backslash escapes.
      i += 1;
      while (i < json.length && json[i] !== '"') i += json[i] === '\\' ? 2 : 1;
      i += 1;
      continue;
    }
    if (c === '-' || isDigit(c)) {
      const start = i;
      i += 1;
      while (i < json.length && isDigit(json[i])) i += 1;
      const isInteger = !/[.eE]/.test(json[i] ?? '');
      const digits = json.slice(start, i);
      if (isInteger && digits.length > 15 && abs(digits) > maxSafe) {
        out += `${json.slice(copiedUpTo, start)}"${digits}"`;
        copiedUpTo = i;
      }
      while (i < json.length && /[0-9.eE+-]/.test(json[i] ?? '')) i += 1;
      continue;
    }
    i += 1;
  }
  return out + json.slice(copiedUpTo);
}

function abs(digits: string): bigint {
  const n = BigInt(digits);
  return n < 0n ? -n : n;
}

/**
 * JSON.parse that keeps 64-bit integers exact (as strings). Text without 16 digits in a row holds
 * no such integer, so it skips the scan: a users page of 2000 people is read at once.
 */
export function parseJsonKeepingLongIntegers(text: string): unknown {
  return JSON.parse(/\d{16}/.test(text) ? quoteLongIntegers(text) : text);
}
