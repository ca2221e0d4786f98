import { escapeHtml } from '../../shared/html';

/** Where a callout's label sits relative to the thing it points at. */
export type Side = 'right' | 'left' | 'top' | 'bottom';

/**
 * Attributes that make the annotator outline an element, give it a numbered badge and, with a
 * note, a label joined to it by a line. `n` 0 draws the outline without a number.
 */
export function mark(
  n: number,
  note?: string,
  side: Side = 'right',
  shift: { readonly dx?: number; readonly dy?: number } = {},
): string {
  const parts = [` data-mark="${n}"`, ` data-side="${side}"`];
  if (note !== undefined) parts.push(` data-note="${escapeHtml(note)}"`);
  if (shift.dx || shift.dy) parts.push(` data-shift="${shift.dx ?? 0},${shift.dy ?? 0}"`);
  return parts.join('');
}

/** Joins a list of HTML fragments. */
export function join(parts: ReadonlyArray<string>): string {
  return parts.join('');
}
