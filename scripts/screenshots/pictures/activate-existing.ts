import { escapeHtml } from '../../../shared/html';
import { mark } from '../html';
import { samples } from '../samples';
import type { Lang, PictureSpec } from '../types';
import { twoSteps, zoomWebPage } from '../web';

const en = {
  tab: 'Approve request - Zoom',
  title1: 'Join an account',
  invited: (admin: string, email: string, org: string) =>
    `${admin} (${email}) invited you to join the Zoom account “${org}”.`,
  control: 'The account owner will manage your Zoom account.',
  approve: 'Approve request',
  deny: 'Deny',
  title2: 'Switch accounts?',
  moves: 'These move with you:',
  items: ['Your meetings', 'Your recordings', 'Your settings'],
  confirm: 'Confirm and switch',
  cancel: 'Cancel',
  note1: 'First click Approve request',
  note2: 'Then click Confirm and switch',
};

const es: typeof en = {
  tab: 'Aprobar solicitud - Zoom',
  title1: 'Unirse a una cuenta',
  invited: (admin: string, email: string, org: string) =>
    `${admin} (${email}) le invitó a unirse a la cuenta de Zoom «${org}».`,
  control: 'El propietario de la cuenta administrará su cuenta de Zoom.',
  approve: 'Aprobar solicitud',
  deny: 'Rechazar',
  title2: '¿Cambiar de cuenta?',
  moves: 'Esto se viene con usted:',
  items: ['Sus reuniones', 'Sus grabaciones', 'Su configuración'],
  confirm: 'Confirmar y cambiar',
  cancel: 'Cancelar',
  note1: 'Primero haga clic en Aprobar solicitud',
  note2: 'Después haga clic en Confirmar y cambiar',
};

const texts: Readonly<Record<Lang, typeof en>> = { en, es };

/** The pages for an address that already has Zoom: Approve request, then Confirm and switch. */
export const activateExisting: PictureSpec = {
  id: 'activate-existing',
  oses: 'all',
  render: (_os, lang) => {
    const t = texts[lang];
    const s = samples[lang];
    const first = `
      <div class="h2">${escapeHtml(t.title1)}</div>
      <p style="margin:0">${escapeHtml(t.invited(s.admin, s.adminEmail, s.org))}</p>
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
