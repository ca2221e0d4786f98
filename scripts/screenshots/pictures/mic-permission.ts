import { escapeHtml } from '../../../shared/html';
import { appWindow, icon, note, readyRoomIcon, toggle } from '../chrome';
import { dialogButton } from '../desktop';
import { mark } from '../html';
import type { Lang, PictureOs, PictureSpec } from '../types';
import { micTexts, type MicTexts } from './mic-permission-texts';

function mac(t: MicTexts): string {
  const dialog = `<div class="col" style="position:absolute;left:250px;top:60px;width:300px;padding:22px 20px 18px;background:#f6f6f6;border:1px solid #aab3bd;border-radius:14px;align-items:center;text-align:center;gap:10px">
    ${readyRoomIcon(56)}
    <b>${escapeHtml(t.macAsk)}</b>
    <div class="small">${escapeHtml(t.macWhy)}</div>
    <div class="row" style="margin-top:6px;gap:14px">${dialogButton(t.macDeny, false)}${dialogButton(t.macOk, true, mark(1, t.macNote1, 'right'))}</div></div>`;
  return dialog + note(t.macDenied, 'left:250px;top:370px;width:300px;max-width:300px');
}

function windows(t: MicTexts): string {
  const nav = t.winNav
    .map(
      (n, i) =>
        `<div class="folder${i === 8 ? ' sel' : ''}" style="padding:6px 10px">${escapeHtml(n)}</div>`,
    )
    .join('');
  const rows = t.winRows
    .map(
      ([title = '', desc = ''], i) =>
        `<div class="row" style="background:#f7f8fa;border:1px solid #e3e6ea;border-radius:6px;padding:10px 14px;margin-top:${i === 2 ? 60 : 6}px">
          ${icon('mic', '#3d4550', 18)}<div class="grow"><div>${escapeHtml(title)}</div><div class="small muted">${escapeHtml(desc)}</div></div>
          <span class="small" style="margin-right:6px">${escapeHtml(t.winOn)}</span>${toggle(true, i === 2 ? mark(1, t.winNote1, 'top', { dy: -8 }) : '')}</div>`,
    )
    .join('');
  const body = `<div class="mail"><div class="mail-side" style="width:210px;background:#f3f3f3">${nav}</div>
    <div class="grow" style="padding:18px 22px"><div style="font-size:22px;margin-bottom:10px">${escapeHtml(t.winCrumb)} <span class="muted">›</span> ${escapeHtml(t.winPage)}</div>
    ${rows}<p class="small" style="margin-top:16px">${escapeHtml(t.winAllOn)}</p></div></div>`;
  return appWindow('windows', t.winTitle, { left: 14, top: 14, width: 772, height: 472 }, body);
}

function linux(t: MicTexts): string {
  const page = `<div style="padding:120px 30px"><div class="h1">${escapeHtml(t.linuxStep)}</div>
    <div style="margin-top:16px;height:14px;width:300px;border-radius:7px;background:#e3e6ea"></div></div>
    <div class="card" style="position:absolute;left:20px;top:10px;width:360px;padding:14px">
      <div class="row">${icon('mic', '#3d4550', 20)}<b>${escapeHtml(t.linuxAsk)}</b></div>
      <div class="row" style="justify-content:flex-end;margin-top:14px">${dialogButton(t.linuxBlock, false)}${dialogButton(t.linuxAllow, true, mark(1, t.linuxNote1, 'right'))}</div></div>`;
  return (
    appWindow('linux', t.linuxTitle, { left: 14, top: 14, width: 560, height: 290 }, page) +
    note(t.linuxNone, 'left:14px;top:330px;width:420px;max-width:420px')
  );
}

/** The question the OS (or browser) asks before ReadyRoom may use the microphone, per OS. */
export const micPermission: PictureSpec = {
  id: 'mic-permission',
  oses: ['windows', 'mac', 'linux'],
  render: (os: PictureOs, lang: Lang) => {
    const t = micTexts[lang];
    return os === 'mac' ? mac(t) : os === 'linux' ? linux(t) : windows(t);
  },
};
