import { escapeHtml } from '../../../shared/html';
import { appWindow, icon, note, readyRoomIcon, toggle, zoomMark, type IconName } from '../chrome';
import { mark } from '../html';
import type { Lang, PictureSpec } from '../types';
import { mockupTexts } from '../mockup-texts';

const texts = mockupTexts('mac-privacy');

const sideIcons: ReadonlyArray<IconName> = [
  'wifi',
  'bt',
  'globe',
  'bell',
  'mic',
  'user',
  'gear',
  'gear',
  'user',
  'hand',
  'gear',
];

function render(lang: Lang, what: 'microphone' | 'camera'): string {
  const t = texts[lang];
  const page = what === 'microphone' ? t.microphone : t.camera;
  const side = t.side
    .map(
      (name, i) =>
        `<div class="folder${i === 9 ? ' sel' : ''}" style="padding:5px 8px">${icon(sideIcons[i] ?? 'gear')}${escapeHtml(name)}</div>`,
    )
    .join('');
  const app = (badge: string, name: string, on: boolean, attrs = '') =>
    `<div class="row" style="padding:10px 14px;border-top:1px solid #e3e6ea">${badge}<span class="grow">${escapeHtml(name)}</span>${toggle(on, attrs)}</div>`;
  const body = `<div class="mail">
    <div class="mail-side" style="width:210px"><div class="field small" style="margin-bottom:8px">${icon('search')} ${escapeHtml(t.search)}</div>${side}</div>
    <div class="grow" style="padding:16px 22px">
      <div class="row h2" style="margin-bottom:14px"><span class="muted">‹</span>${escapeHtml(page)}</div>
      <div class="card" style="padding:0">
        <div class="small" style="padding:12px 14px">${escapeHtml(what === 'microphone' ? t.allowMic : t.allowCamera)}</div>
        ${app(zoomMark(24, false), 'zoom.us', true)}
        ${app(readyRoomIcon(24), 'ReadyRoom', false, mark(1, t.turnOn, 'bottom', { dx: -60 }))}
      </div></div></div>`;
  return (
    appWindow('mac', t.title, { left: 14, top: 14, width: 772, height: 472 }, body) +
    note(t.reopen, 'left:250px;top:340px;width:380px;max-width:380px')
  );
}

/** macOS System Settings › Privacy & Security › Microphone, with ReadyRoom's switch to turn on. */
export const macPrivacyMicrophone: PictureSpec = {
  id: 'mac-privacy-microphone',
  oses: ['mac'],
  render: (_os, lang) => render(lang, 'microphone'),
};

/** macOS System Settings › Privacy & Security › Camera, with ReadyRoom's switch to turn on. */
export const macPrivacyCamera: PictureSpec = {
  id: 'mac-privacy-camera',
  oses: ['mac'],
  render: (_os, lang) => render(lang, 'camera'),
};
