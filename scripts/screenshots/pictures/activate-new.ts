import { escapeHtml } from '../../../shared/html';
import { mark } from '../html';
import { samples } from '../samples';
import type { Lang, PictureSpec } from '../types';
import { field, providerButton, twoSteps, zoomWebPage } from '../web';

const en = {
  tab: 'Activate your account - Zoom',
  step1: 'Sign up with your email',
  withPassword: 'Sign Up with a Password',
  or: 'or',
  sso: 'SSO',
  step2: 'Create your account',
  first: 'First name',
  last: 'Last name',
  password: 'Password',
  confirm: 'Confirm password',
  next: 'Continue',
  note1: 'Pick one way to sign in, and remember it',
  note2: 'Type your name and a new password, then click Continue',
};

const es: typeof en = {
  tab: 'Active su cuenta - Zoom',
  step1: 'Regístrese con su correo',
  withPassword: 'Registrarse con una contraseña',
  or: 'o',
  sso: 'SSO',
  step2: 'Cree su cuenta',
  first: 'Nombre',
  last: 'Apellido',
  password: 'Contraseña',
  confirm: 'Confirmar contraseña',
  next: 'Continuar',
  note1: 'Elija una forma de entrar y recuérdela',
  note2: 'Escriba su nombre y una contraseña nueva, y haga clic en Continuar',
};

const texts: Readonly<Record<Lang, typeof en>> = { en, es };

/** Activating a new Zoom account: choose a sign-in method, then name and password. */
export const activateNew: PictureSpec = {
  id: 'activate-new',
  oses: 'all',
  render: (_os, lang) => {
    const t = texts[lang];
    const s = samples[lang];
    const [firstName = '', lastName = ''] = s.me.split(' ');
    const first = `
      <div class="h2">${escapeHtml(t.step1)}</div>
      <div class="field">${escapeHtml(s.myEmail)}</div>
      <div class="col" style="gap:6px"${mark(1, t.note1, 'bottom')}>
        <span class="zbtn wide">${escapeHtml(t.withPassword)}</span>
        <div class="center muted small">${escapeHtml(t.or)}</div>
        ${providerButton(t.sso, { icon: 'lock', colour: '#3d4550' })}
        ${providerButton('Google', { letter: 'G', colour: '#4a7bd0' })}
        ${providerButton('Apple', { letter: 'A', colour: '#333' })}
      </div>`;
    const second = `
      <div class="h2">${escapeHtml(t.step2)}</div>
      <div class="row" style="gap:10px;align-items:flex-start">
        <div class="col grow" style="gap:8px">${field(t.first, firstName)}</div>
        <div class="col grow" style="gap:8px">${field(t.last, lastName)}</div>
      </div>
      ${field(t.password, '••••••••••')}
      ${field(t.confirm, '••••••••••')}
      <div class="grow"></div>
      <span class="zbtn wide"${mark(2, t.note2, 'bottom')}>${escapeHtml(t.next)}</span>`;
    return zoomWebPage(t.tab, 'zoom.us/activate?code=…', twoSteps(first, second));
  },
};
