import { escapeHtml } from '../../shared/html';
import { browserWindow, letterBadge, zoomMark, type IconName, icon } from './chrome';

/** A web page of the video service in a generic browser that fills the picture. */
export function zoomWebPage(tab: string, url: string, body: string): string {
  return browserWindow(
    'all',
    tab,
    url,
    { left: 14, top: 14, width: 772, height: 472 },
    `<div class="zpage">${body}</div>`,
  );
}

/**
 * Two pages of a flow side by side, in order, joined by an arrow; the strip below them is left
 * empty for the callout labels.
 */
export function twoSteps(first: string, second: string): string {
  const card = (html: string) =>
    `<div class="card col" style="width:320px;height:306px;gap:8px;padding:14px 18px">${zoomMark(22, true, 16)}${html}</div>`;
  return `<div class="row" style="padding:12px 22px;align-items:flex-start;gap:0">${card(first)}
    <div style="flex:1;align-self:center;text-align:center;font-size:34px;color:#8a939e">&#8594;</div>${card(second)}</div>`;
}

/** A white sign-in button with a round letter or a line icon for the provider (never a real logo). */
export function providerButton(
  label: string,
  badge: { letter?: string; icon?: IconName; colour: string },
  attrs = '',
): string {
  const mark = badge.icon
    ? icon(badge.icon, badge.colour, 18)
    : letterBadge(badge.letter ?? '', badge.colour, 20);
  return `<div class="zbtn ghost wide" style="justify-content:flex-start;gap:10px;padding:7px 12px"${attrs}>${mark}<span>${escapeHtml(label)}</span></div>`;
}

/** A labelled text box with its value shown in grey (or dots for a password). */
export function field(label: string, value: string, attrs = ''): string {
  return `<div class="flabel">${escapeHtml(label)}</div><div class="field"${attrs}>${escapeHtml(value)}</div>`;
}
