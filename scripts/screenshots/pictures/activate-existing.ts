import { escapeHtml } from '../../../shared/html';
import { mark } from '../html';
import { samples } from '../samples';
import type { PictureSpec } from '../types';
import { twoSteps, zoomWebPage } from '../web';
import { fill, mockupTexts } from '../mockup-texts';

const texts = mockupTexts('activate-existing');

/** The pages for an address that already has Zoom: Approve request, then Confirm and switch. */
export const activateExisting: PictureSpec = {
  id: 'activate-existing',
  oses: 'all',
  render: (_os, lang) => {
    const t = texts[lang];
    const s = samples[lang];
    const first = `
      <div class="h2">${escapeHtml(t.title1)}</div>
      <p style="margin:0">${escapeHtml(fill(t.invited, { admin: s.admin, email: s.adminEmail, org: s.org }))}</p>
      <p class="small muted" style="margin:0">${escapeHtml(t.control)}</p>
      <div class="grow"></div>
      <div class="row"><span class="zbtn ghost">${escapeHtml(t.deny)}</span><span class="zbtn grow"${mark(1, t.note1, 'bottom', { dy: 6 })}>${escapeHtml(t.approve)}</span></div>`;
    const second = `
      <div class="h2">${escapeHtml(t.title2)}</div>
      <p style="margin:0">${escapeHtml(t.moves)}</p>
      <ul style="margin:0;padding-left:20px;line-height:1.7">${t.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>
      <div class="grow"></div>
      <div class="row"><span class="zbtn ghost">${escapeHtml(t.cancel)}</span><span class="zbtn grow"${mark(2, t.note2, 'bottom', { dy: 6 })}>${escapeHtml(t.confirm)}</span></div>`;
    return zoomWebPage(t.tab, 'zoom.us/activate?code=…', twoSteps(first, second));
  },
};
