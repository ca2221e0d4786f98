/** Small HTML helpers for the sandbox's own pages (sign-in, consent, mailbox, activation). */
import { escapeHtml } from '../../shared/html';

const style = `
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem;
         line-height: 1.5; color: #1a1a1a; }
  .banner { background: #fff4ce; border: 1px solid #c19c00; padding: .5rem .75rem; font-size: .9rem; }
  h1 { font-size: 1.6rem; }
  button, .button { font: inherit; padding: .6rem 1.2rem; border-radius: .4rem; border: 1px solid #0b5cff;
                    background: #0b5cff; color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
  button.secondary { background: #fff; color: #0b5cff; }
  button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible,
  textarea:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
  .people { list-style: none; padding: 0; }
  .people li { margin: .5rem 0; }
  .people button { width: 100%; text-align: left; background: #fff; color: #1a1a1a; border-color: #767676; }
  .error { color: #a4262c; }
  label { display: block; margin-top: .75rem; font-weight: 600; }
  input[type=text], input[type=password] { font: inherit; padding: .4rem; width: 100%; box-sizing: border-box; }
  .email { border: 1px solid #c8c8c8; border-radius: .4rem; padding: 1rem; margin: 1rem 0; }
  .meta { color: #555; font-size: .9rem; }
`;

/** A complete page with the "sandbox" banner, so nobody mistakes it for the real Zoom. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Zoom sandbox</title><style>${style}</style></head>
<body>
<header><p class="banner" role="note">Zoom sandbox: a local stand-in for Zoom used by ReadyRoom's demo mode and tests. Nothing here reaches the real Zoom.</p></header>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`;
}

/** A page that only says something (errors, dead links, confirmations). */
export function messagePage(title: string, paragraphs: ReadonlyArray<string>): string {
  return page(title, paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'));
}

/** Hidden form fields. */
export function hiddenFields(fields: Readonly<Record<string, string>>): string {
  return Object.entries(fields)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join('\n');
}
