import { escapeHtml } from '../../shared/html';
import { languageDirection, pickLanguage, type Language } from '../../shared/languages';
import { desktopTexts } from '../services/desktop-locales';

/** The first language in Accept-Language that ReadyRoom speaks, else English. */
export function languageOf(acceptLanguage: string | undefined): Language {
  // Browsers list their languages most preferred first; the q-values only repeat that order.
  const tags = (acceptLanguage ?? '').split(',').map((part) => part.split(';')[0]?.trim() ?? '');
  return pickLanguage(tags.filter(Boolean));
}

/** The plain page, in the browser's language; it holds no token and no script. */
export function renderDoorPage(language: Language): string {
  const s = desktopTexts[language].browserPages.door;
  const paragraphs = [s.notHere, s.goBack, s.restart]
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${language}" dir="${languageDirection(language)}"><head><meta charset="utf-8"><title>ReadyRoom</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>${escapeHtml(s.heading)}</h1>
${paragraphs}
</main></body></html>`;
}
