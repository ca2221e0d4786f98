import { escapeHtml } from '../../../shared/html';
import { languageDirection, type Language } from '../../../shared/languages';
import { callbackPageStrings, type CallbackPageStrings } from './callback-page-strings';
import type { ZoomErrorCode } from './zoom-errors';

/** What the callback page reports: success, a request for another sign-in, or why it failed. */
export type CallbackOutcome = 'signed-in' | 'wrong-request' | ZoomErrorCode;

function failureBody(code: ZoomErrorCode, t: CallbackPageStrings): string {
  switch (code) {
    case 'sign-in-denied':
      return t.deniedBody;
    case 'sign-in-code-rejected':
      return t.codeRejectedBody;
    case 'offline':
    case 'zoom-unreachable':
    case 'zoom-timed-out':
    case 'zoom-unavailable':
      return t.unreachableBody;
    default:
      return t.genericFailureBody;
  }
}

/** The small HTML page the browser shows after the redirect, in the person's language. */
export function renderCallbackPage(outcome: CallbackOutcome, language: Language): string {
  const t = callbackPageStrings[language];
  const [heading, body] =
    outcome === 'signed-in'
      ? [t.signedInHeading, t.signedInBody]
      : outcome === 'wrong-request'
        ? [t.wrongRequestHeading, t.wrongRequestBody]
        : [t.failedHeading, failureBody(outcome, t)];
  return [
    '<!doctype html>',
    `<html lang="${language}" dir="${languageDirection(language)}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t.pageTitle)}</title>`,
    '<style>body{font:1.25rem/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}h1{font-size:1.75rem}</style>',
    '</head><body><main>',
    `<h1>${escapeHtml(heading)}</h1>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p>${escapeHtml(t.closeTab)}</p>`,
    '</main></body></html>',
  ].join('\n');
}
