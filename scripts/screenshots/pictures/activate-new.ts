import { escapeHtml } from '../../../shared/html';
import { mark } from '../html';
import { samples } from '../samples';
import type { PictureSpec } from '../types';
import { field, providerButton, twoSteps, zoomWebPage } from '../web';
import { mockupTexts } from '../mockup-texts';

const texts = mockupTexts('activate-new');

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
