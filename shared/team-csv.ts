/**
 * The team table as a CSV file that Excel, Numbers and LibreOffice open correctly: UTF-8 with a
 * byte-order mark (so accents survive in Excel), CRLF line ends, and every cell that a
 * spreadsheet would run as a formula made inert. A name such as `=HYPERLINK(...)` comes from
 * Zoom, which anyone invited can set, so it must never become a live formula on the admin's
 * computer (CSV injection).
 */

/** The byte-order mark Excel needs to read a CSV file as UTF-8. */
export const CSV_BOM = '\uFEFF';

// The characters that make Excel, LibreOffice or Google Sheets start a formula.
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** One cell, made inert and quoted when it needs to be. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (text.length > 0 && FORMULA_START.has(text.charAt(0))) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a BOM, the header row, then one row per person, CRLF after each. */
export function buildCsv(
  headers: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** A file name with today's date, safe on every system: `team-2026-03-01.csv`. */
export function csvFileName(prefix: string, date: Date): string {
  const safe = prefix.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'team';
  return `${safe}-${date.toISOString().slice(0, 10)}.csv`;
}
