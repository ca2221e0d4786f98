import { escapeHtml } from '../../../shared/html';
import { icon } from '../chrome';
import { mark } from '../html';
import { mailApp } from '../mail';
import { samples } from '../samples';
import type { PictureSpec } from '../types';
import { mockupTexts } from '../mockup-texts';

const texts = mockupTexts('invitation-email-spam');

/** The Spam (Junk Email) folder with the invitation in it, and the Promotions tab to check too. */
export const invitationEmailSpam: PictureSpec = {
  id: 'invitation-email-spam',
  oses: 'all',
  render: (_os, lang) => {
    const t = texts[lang];
    const s = samples[lang];
    const [inbox = '', starred = '', sent = '', spam = '', trash = ''] = t.folders;
    const [primary = '', promotions = '', social = ''] = t.tabs;
    const tab = (name: string, attrs = '', selected = false) =>
      `<div style="padding:8px 12px;border-bottom:3px solid ${selected ? '#0e5ce6' : 'transparent'};font-weight:${selected ? 'bold' : 'normal'}"${attrs}>${escapeHtml(name)}</div>`;
    const reading = `
      <div class="h2" style="margin:150px 0 10px">${escapeHtml(t.tipTitle)}</div>
      <div class="card" style="padding:0 8px">
        <div class="row" style="gap:4px;font-size:13px">${tab(primary, '', true)}${tab(promotions, mark(3, t.noteTabs, 'top', { dy: -30 }))}${tab(social)}</div>
      </div>
      <p class="small" style="margin-top:16px">${escapeHtml(t.notSpam)}</p>`;
    return mailApp({
      title: t.app,
      folders: [
        { name: inbox, icon: 'inbox' },
        { name: starred, icon: 'star' },
        { name: sent, icon: 'send' },
        {
          name: spam,
          icon: 'spam',
          count: '3',
          selected: true,
          attrs: mark(1, t.noteFolder, 'bottom', { dy: 170 }),
        },
        { name: trash, icon: 'trash' },
      ],
      listTop: `<div class="row" style="padding:10px 12px;font-weight:bold;border-bottom:1px solid #dde2e7">${icon('spam')} ${escapeHtml(spam)}</div>`,
      messages: [
        { from: t.junk[0]?.[0] ?? '', subject: t.junk[0]?.[1] ?? '', time: s.today },
        {
          from: 'Zoom',
          subject: t.subject,
          time: s.today,
          unread: true,
          attrs: mark(2, t.noteEmail, 'bottom', { dy: 30 }),
        },
        { from: t.junk[1]?.[0] ?? '', subject: t.junk[1]?.[1] ?? '', time: t.yesterday },
      ],
      reading,
    });
  },
};
