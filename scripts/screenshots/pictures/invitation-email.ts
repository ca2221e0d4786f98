import { escapeHtml } from '../../../shared/html';
import { zoomMark } from '../chrome';
import { mark } from '../html';
import { mailApp } from '../mail';
import { samples } from '../samples';
import type { PictureSpec } from '../types';
import { fill, mockupTexts } from '../mockup-texts';

const texts = mockupTexts('invitation-email');

/** The invitation email from Zoom, open in a generic mail app, with the Activate button circled. */
export const invitationEmail: PictureSpec = {
  id: 'invitation-email',
  oses: 'all',
  render: (_os, lang) => {
    const t = texts[lang];
    const s = samples[lang];
    const [inbox = '', starred = '', sent = '', spam = '', trash = ''] = t.folders;
    const reading = `
      <div class="h2">${escapeHtml(t.subject)}</div>
      <div class="row small" style="margin:8px 0 2px"><b>Zoom</b><span class="muted">&lt;no-reply@zoom.us&gt;</span></div>
      <div class="small muted">${escapeHtml(t.to)}: ${escapeHtml(s.myEmail)}</div>
      <div style="border-top:1px solid #e3e6ea;margin:12px 0"></div>
      <div style="margin-bottom:12px">${zoomMark(28)}</div>
      <p style="margin:0 0 8px">${escapeHtml(t.hello)} ${escapeHtml(s.myEmail)},</p>
      <p style="margin:0 0 8px">${escapeHtml(fill(t.invited, { admin: s.admin, org: s.org }))}</p>
      <p style="margin:0 0 16px">${escapeHtml(t.click)}</p>
      <div style="margin-bottom:16px"><span class="zbtn"${mark(2, t.noteClick, 'bottom', { dy: 30 })}>${escapeHtml(t.button)}</span></div>
      <p class="small muted" style="margin:0">${escapeHtml(t.expires)}</p>`;
    return mailApp({
      title: t.app,
      folders: [
        { name: inbox, icon: 'inbox', count: '1', selected: true },
        { name: starred, icon: 'star' },
        { name: sent, icon: 'send' },
        { name: spam, icon: 'spam' },
        { name: trash, icon: 'trash' },
      ],
      listTop: '',
      messages: [
        {
          from: 'Zoom',
          subject: t.subject,
          time: s.today,
          unread: true,
          selected: true,
          attrs: mark(1, t.noteOpen, 'bottom', { dy: 110 }),
        },
        { from: t.other1[0] ?? '', subject: t.other1[1] ?? '', time: t.yesterday },
        { from: t.other2[0] ?? '', subject: t.other2[1] ?? '', time: t.yesterday },
      ],
      reading,
    });
  },
};
