import { escapeHtml } from '../../../shared/html';
import { icon } from '../chrome';
import { mark } from '../html';
import { samples } from '../samples';
import type { PictureSpec } from '../types';
import { zoomWebPage } from '../web';
import { mockupTexts } from '../mockup-texts';

/**
 * Zoom's current steps: Profile → the Meeting section → the eye icon next to Host Key (older
 * pages said "Show"); Edit changes it (205172555).
 */
const texts = mockupTexts('meeting-details');

/** Zoom's web profile page: the personal meeting ID, and the hidden host key with its eye icon circled. */
export const meetingDetails: PictureSpec = {
  id: 'meeting-details',
  oses: 'all',
  render: (_os, lang) => {
    const t = texts[lang];
    const s = samples[lang];
    const initials = s.me
      .split(' ')
      .map((w) => w[0] ?? '')
      .join('');
    const nav = t.nav
      .map((n, i) => `<div class="folder${i === 0 ? ' sel' : ''}">${escapeHtml(n)}</div>`)
      .join('');
    const row = (label: string, value: string, extra = '', attrs = '') =>
      `<div class="row" style="padding:12px 0;border-top:1px solid #e3e6ea"><div style="width:190px" class="muted">${escapeHtml(label)}</div><div class="grow row"${attrs}>${value}${extra}</div></div>`;
    const body = `<div class="mail"><div class="mail-side" style="width:170px;background:#fff">${nav}</div>
      <div class="grow" style="padding:20px 26px">
        <div class="row" style="gap:14px;margin-bottom:16px"><span style="width:56px;height:56px;border-radius:50%;background:#2f6fdd;color:#fff;font-size:20px;font-weight:bold;display:flex;align-items:center;justify-content:center">${escapeHtml(initials)}</span>
          <div><div class="h2">${escapeHtml(s.me)}</div><div class="small muted">${escapeHtml(s.myEmail)}</div></div></div>
        <div class="h2" style="margin-top:6px">${escapeHtml(t.section)}</div>
        ${row(t.pmi, `<span${mark(1, t.noteId, 'top', { dx: 150, dy: 10 })}><b>123 456 7890</b><div class="small link">https://zoom.us/j/1234567890</div></span>`)}
        ${row(t.hostKey, `<b style="letter-spacing:2px">******</b>`, `<span style="margin-left:12px;display:inline-flex"${mark(2, t.noteKey, 'right', { dy: 50 })}>${icon('eye', '#0e5ce6', 20)}</span><span class="link" style="margin-left:auto">${escapeHtml(t.edit)}</span>`)}
        <div class="row small" style="margin-top:90px;gap:6px">${icon('shield')}${escapeHtml(t.keyInfo)}</div>
      </div></div>`;
    return zoomWebPage(t.tab, 'zoom.us/profile', body);
  },
};
