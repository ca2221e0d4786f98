import { annotatorScript } from './annotate';
import { baseCss } from './base-css';
import type { Lang } from './types';

/** Picture size in CSS pixels (rendered at device scale factor 1). */
export const pictureSize = { width: 800, height: 500 } as const;

/** Wraps a mock-up's body in a full page with the shared CSS and the annotator. */
export function pageHtml(body: string, lang: Lang): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${baseCss}</style></head>
<body><div id="frame">${body}</div><script>${annotatorScript}</script></body></html>`;
}
