import { escapeHtml } from '../../../shared/html';
import { appWindow, zoomMark } from '../chrome';
import { mark } from '../html';
import type { Lang, PictureOs, PictureSpec } from '../types';
import { providerButton } from '../web';
import { mockupTexts } from '../mockup-texts';

const texts = mockupTexts('zoom-app-signin');

/** The Zoom app's sign-in window: email and password, or the button matching how you activated. */
export const zoomAppSignin: PictureSpec = {
  id: 'zoom-app-signin',
  oses: ['windows', 'mac', 'linux'],
  render: (os: PictureOs, lang: Lang) => {
    const t = texts[lang];
    const body = `<div style="padding:16px 22px" class="col">
      <div class="row" style="justify-content:center;margin-bottom:4px">${zoomMark(30, true, 20)}</div>
      <div class="h2 center" style="margin-bottom:6px">${escapeHtml(t.signIn)}</div>
      <div class="row" style="align-items:flex-start;gap:18px">
        <div class="col" style="width:230px"${mark(1, t.note1, 'bottom', { dy: 40 })}>
          <div class="field">${escapeHtml(t.email)}</div>
          <div class="row field"><span class="grow">${escapeHtml(t.password)}</span><span class="link small">${escapeHtml(t.forgot)}</span></div>
          <span class="zbtn wide">${escapeHtml(t.button)}</span>
        </div>
        <div style="border-left:1px solid #dde2e7;align-self:stretch"></div>
        <div class="col" style="width:190px;gap:6px"${mark(2, t.note2, 'right', { dx: -16 })}>
          <div class="small muted">${escapeHtml(t.or)}</div>
          ${providerButton(t.sso, { icon: 'lock', colour: '#3d4550' })}
          ${providerButton('Google', { letter: 'G', colour: '#4a7bd0' })}
          ${providerButton('Apple', { letter: 'A', colour: '#333' })}
          ${providerButton('Facebook', { letter: 'f', colour: '#3b5ba5' })}
          ${providerButton('Microsoft', { letter: 'M', colour: '#5c6b7a' })}
        </div>
      </div></div>`;
    const banner = `<div class="ann-label" style="position:absolute;left:14px;top:14px;max-width:none">${escapeHtml(t.banner)}</div>`;
    return appWindow(os, t.title, { left: 14, top: 58, width: 520, height: 428 }, body) + banner;
  },
};
