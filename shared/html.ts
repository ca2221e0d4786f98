/**
 * Escapes text for HTML element content and double-quoted attribute values (the only kind we
 * write). An apostrophe is left as it is, so "You're signed in" reads the same in the source.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
