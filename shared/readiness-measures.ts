/**
 * Small measures the readiness model needs: app versions and whole days. They run once per person
 * per refresh (10,000 people), so they scan strings in place instead of splitting or using regexes.
 */

export const DAY_MS = 86_400_000;

/** A moment as ReadyRoom's callers hand it over. */
export type Instant = Date | number;

// The range a Date can hold; numbers beyond it are not moments, and would overflow the day counts.
const MAX_EPOCH_MS = 8.64e15;

/** Milliseconds since the epoch of a Date, a number or an ISO string; NaN when it is not a time. */
export function toEpochMs(value: Instant | string | undefined | null): number {
  if (typeof value === 'number') return Math.abs(value) <= MAX_EPOCH_MS ? value : Number.NaN;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string' && value.length > 0 && value.length <= 64) return Date.parse(value);
  return Number.NaN;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); NaN if either is not a time. */
export function daysBetween(from: Instant | string, to: Instant | string): number {
  const a = toEpochMs(from);
  const b = toEpochMs(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  const days = Math.floor((b - a) / DAY_MS);
  return days === 0 ? 0 : days; // never -0
}

const MAX_PARTS = 6;
const MAX_PART = 1_000_000_000;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function firstDigit(text: string): number {
  const end = Math.min(text.length, 200);
  for (let i = 0; i < end; i++) if (isDigit(text.charCodeAt(i))) return i;
  return -1;
}

// The scan state of one version string: where the next part starts and the part just read.
interface Cursor {
  pos: number;
  part: number;
}

// Reads the next dotted number part; false when the version has no more parts.
function readPart(text: string, cursor: Cursor, index: number): boolean {
  if (cursor.pos < 0 || index >= MAX_PARTS) return false;
  let i = cursor.pos;
  let value = 0;
  let digits = 0;
  while (i < text.length && isDigit(text.charCodeAt(i))) {
    if (value < MAX_PART) value = value * 10 + (text.charCodeAt(i) - 48);
    i++;
    digits++;
  }
  if (digits === 0) return false;
  cursor.part = Math.min(value, MAX_PART);
  // A part continues only across one dot followed by a digit: "5.17.11.34827(mac)" has four.
  cursor.pos = text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1)) ? i + 1 : -1;
  return true;
}

const left: Cursor = { pos: 0, part: 0 };
const right: Cursor = { pos: 0, part: 0 };

/**
 * Compares two Zoom app versions such as "5.17.11.34827(mac)" and "5.17.0": negative, zero or
 * positive. Missing parts count as 0; text before the first digit and after the numbers is
 * ignored. A string with no version in it sorts before every real version. Never throws.
 */
export function compareVersions(a: string, b: string): number {
  const sa = typeof a === 'string' ? a : '';
  const sb = typeof b === 'string' ? b : '';
  left.pos = firstDigit(sa);
  right.pos = firstDigit(sb);
  if (left.pos < 0 || right.pos < 0) return (left.pos < 0 ? 0 : 1) - (right.pos < 0 ? 0 : 1);
  for (let index = 0; index < MAX_PARTS; index++) {
    const x = readPart(sa, left, index) ? left.part : 0;
    const y = readPart(sb, right, index) ? right.part : 0;
    if (x !== y) return x < y ? -1 : 1;
    if (left.pos < 0 && right.pos < 0) return 0;
  }
  return 0;
}

/** Whether a string holds a version ReadyRoom can compare. */
export function hasVersion(text: string): boolean {
  return typeof text === 'string' && firstDigit(text) >= 0;
}

/** The version as a person would read it: "5.17.11.34827(mac)" → "5.17.11.34827"; "" if none. */
export function displayVersion(text: string): string {
  if (typeof text !== 'string') return '';
  const start = firstDigit(text);
  if (start < 0) return '';
  let end = start;
  let parts = 0;
  while (end < text.length && parts < MAX_PARTS) {
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    parts++;
    if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) end++;
    else break;
  }
  return text.slice(start, end);
}
