import { escapeHtml } from '../../../shared/html';
import { appWindow, icon } from '../chrome';
import { mark } from '../html';
import type { Lang, PictureOs, PictureSpec } from '../types';
import { mockupTexts } from '../mockup-texts';

/** Zoom's steps: Participants → Claim Host at the bottom of the list → host key → Claim Host (205172555). */
const texts = mockupTexts('claim-host');

/** Claim Host in a meeting: the Participants button, Claim Host under the list, and the host key box. */
export const claimHost: PictureSpec = {
  id: 'claim-host',
  oses: ['windows', 'mac', 'linux'],
  render: (os: PictureOs, lang: Lang) => {
    const t = texts[lang];
    const people = t.people
      .map(
        (p) =>
          `<div class="row" style="padding:6px 10px;gap:8px">${icon('user', '#3d4550')}<span>${escapeHtml(p)}</span></div>`,
      )
      .join('');
    const body = `<div style="position:absolute;inset:0;display:flex">
      <div style="flex:1;position:relative;background:#1f2328">
        <div style="position:absolute;left:50%;top:120px;transform:translateX(-50%);width:80px;height:80px;border-radius:50%;background:#3d4550;display:flex;align-items:center;justify-content:center">${icon('user', '#c9d1d9', 40)}</div>
        <div class="row" style="position:absolute;left:0;right:0;bottom:0;height:52px;background:#111;justify-content:center;gap:30px;color:#fff">
          ${icon('mic', '#fff', 20)}${icon('video', '#fff', 20)}
          <span class="col small" style="align-items:center;gap:2px"${mark(1, t.note1, 'top', { dx: -60, dy: -90 })}>${icon('people', '#fff', 20)}${escapeHtml(t.participants)}</span>
        </div>
      </div>
      <div class="col" style="width:220px;background:#fff;border-left:1px solid #d3d8de;gap:0">
        <div class="bold" style="padding:10px">${escapeHtml(t.panel)}</div>
        ${people}
        <div class="grow"></div>
        <div style="padding:10px"><span class="zbtn ghost wide"${mark(2, t.note2, 'bottom', { dx: -120, dy: 10 })}>${escapeHtml(t.claim)}</span></div>
      </div>
    </div>`;
    const dialog = `<div class="col" style="padding:16px 18px;gap:10px">
      <div class="h2">${escapeHtml(t.dialogTitle)}</div>
      <p class="small" style="margin:0">${escapeHtml(t.dialogText)}</p>
      <div class="col" style="gap:10px"${mark(3, t.note3, 'bottom', { dy: 30 })}>
        <div class="field" style="letter-spacing:4px">••••••</div>
        <div class="row" style="justify-content:flex-end;gap:8px"><span class="zbtn ghost">${escapeHtml(t.cancel)}</span><span class="zbtn">${escapeHtml(t.claim)}</span></div>
      </div></div>`;
    return (
      appWindow(os, t.meeting, { left: 14, top: 14, width: 520, height: 370 }, body) +
      appWindow(os, 'Zoom', { left: 550, top: 60, width: 236, height: 250 }, dialog)
    );
  },
};
