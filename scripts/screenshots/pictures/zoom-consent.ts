import { escapeHtml } from '../../../shared/html';
import { readyRoomIcon } from '../chrome';
import { mark } from '../html';
import { samples } from '../samples';
import type { PictureSpec } from '../types';
import { field, twoSteps, zoomWebPage } from '../web';
import { mockupTexts } from '../mockup-texts';

const texts = mockupTexts('zoom-consent');

/** Zoom's sign-in page in the browser, then the page that lets ReadyRoom read the account. */
export const zoomConsent: PictureSpec = {
  id: 'zoom-consent',
  oses: 'all',
  render: (_os, lang) => {
    const t = texts[lang];
    const s = samples[lang];
    const first = `
      <div class="h2">${escapeHtml(t.title1)}</div>
      ${field(t.email, s.myEmail)}
      ${field(t.password, '••••••••••')}
      <div class="small muted">${escapeHtml(t.orWith)}</div>
      <div class="grow"></div>
      <span class="zbtn wide"${mark(1, t.note1, 'bottom', { dy: 6 })}>${escapeHtml(t.signIn)}</span>`;
    const second = `
      <div class="row" style="gap:10px">${readyRoomIcon(30)}<div class="h2">${escapeHtml(t.title2)}</div></div>
      <div class="small">${escapeHtml(t.can)}</div>
      <ul class="small" style="margin:0;padding-left:18px;line-height:1.6">${t.scopes.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>
      <div class="grow"></div>
      <div class="row"><span class="zbtn ghost">${escapeHtml(t.decline)}</span><span class="zbtn grow"${mark(2, t.note2, 'bottom', { dy: 6 })}>${escapeHtml(t.allow)}</span></div>`;
    return zoomWebPage(t.tab, 'zoom.us/oauth/authorize?client_id=…', twoSteps(first, second));
  },
};
