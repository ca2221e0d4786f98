import { escapeHtml } from '../../../shared/html';
import { note } from '../chrome';
import { mark } from '../html';
import { mailApp } from '../mail';
import { samples } from '../samples';
import type { Lang, PictureSpec } from '../types';

const en = {
  app: 'Mail',
  folders: ['Inbox', 'Calendar', 'Sent', 'Trash'],
  subject: 'You are an alternative host for “Team meeting”',
  made: (admin: string) => `${admin} made you an alternative host. You can start this meeting.`,
  topic: 'Topic: Team meeting',
  time: 'Time: Tuesday, 10:00 AM',
  join: 'Join Zoom Meeting',
  id: 'Meeting ID: 987 6543 2100',
  passcode: 'Passcode: 482913',
  noteLink: 'Sign in to Zoom, then click this link to start the meeting',
  noteList:
    'This meeting does not show in your own Zoom meeting list. That is normal: start it from this email or your calendar.',
};

const es: typeof en = {
  app: 'Correo',
  folders: ['Recibidos', 'Calendario', 'Enviados', 'Papelera'],
  subject: 'Es anfitrión alternativo de «Reunión del equipo»',
  made: (admin: string) =>
    `${admin} le ha hecho anfitrión alternativo. Puede iniciar esta reunión.`,
  topic: 'Tema: Reunión del equipo',
  time: 'Hora: martes, 10:00',
  join: 'Unirse a la reunión Zoom',
  id: 'ID de reunión: 987 6543 2100',
  passcode: 'Código de acceso: 482913',
  noteLink: 'Inicie sesión en Zoom y haga clic en este enlace para empezar la reunión',
  noteList:
    'Esta reunión no sale en su propia lista de reuniones de Zoom. Es normal: iníciela desde este correo o su calendario.',
};

const texts: Readonly<Record<Lang, typeof en>> = { en, es };

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
      <p style="margin:0 0 10px">${escapeHtml(t.made(s.admin))}</p>
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
