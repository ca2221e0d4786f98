import { escapeHtml } from '../../../shared/html';
import { note } from '../chrome';
import { mark } from '../html';
import { mailApp } from '../mail';
import { samples } from '../samples';
import type { PictureSpec } from '../types';
import { fill, mockupTexts } from '../mockup-texts';

const texts = mockupTexts('alt-host-start');

/** The alternative-host email with the meeting link circled, and why the meeting is not in your list. */
export const altHostStart: PictureSpec = {
  id: 'alt-host-start',
  oses: 'all',
  render: (_os, lang) => {
    const t = texts[lang];
    const s = samples[lang];
    const [inbox = '', calendar = '', sent = '', trash = ''] = t.folders;
    const reading = `
      <div class="h2">${escapeHtml(t.subject)}</div>
      <div class="row small" style="margin:8px 0 2px"><b>Zoom</b><span class="muted">&lt;no-reply@zoom.us&gt;</span></div>
      <div style="border-top:1px solid #e3e6ea;margin:10px 0"></div>
      <p style="margin:0 0 10px">${escapeHtml(fill(t.made, { admin: s.admin }))}</p>
      <div>${escapeHtml(t.topic)}</div><div>${escapeHtml(t.time)}</div>
      <div style="margin:12px 0 4px" class="bold">${escapeHtml(t.join)}</div>
      <div><span class="link"${mark(1, t.noteLink, 'left', { dy: 40 })}>https://zoom.us/j/98765432100</span></div>
      <div class="small" style="margin-top:8px">${escapeHtml(t.id)}<br>${escapeHtml(t.passcode)}</div>`;
    return (
      mailApp({
        title: t.app,
        folders: [
          { name: inbox, icon: 'inbox', selected: true },
          { name: calendar, icon: 'cal' },
          { name: sent, icon: 'send' },
          { name: trash, icon: 'trash' },
        ],
        listTop: '',
        messages: [
          { from: 'Zoom', subject: t.subject, time: s.today, unread: true, selected: true },
        ],
        reading,
      }) + note(t.noteList, 'left:30px;top:390px;width:370px;max-width:370px')
    );
  },
};
