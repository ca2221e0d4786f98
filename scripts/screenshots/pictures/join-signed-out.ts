import { escapeHtml } from '../../../shared/html';
import { appWindow, icon } from '../chrome';
import { mark } from '../html';
import type { Lang, PictureOs, PictureSpec } from '../types';
import { mockupTexts } from '../mockup-texts';

/**
 * Wording: Zoom documents the join-before-host dialog as "The meeting is waiting for the host to
 * join." with a sign-in button for the host (KB0060501), and the time-limit notice as "your
 * meeting will end in x amount of minutes" (KB0070458). The app's exact button label and
 * countdown text were not confirmed; these are drawn, not copied.
 */
const texts = mockupTexts('join-signed-out');

/** Joined without signing in first: the waiting-for-host window, and a meeting with the 40-minute notice. */
export const joinSignedOut: PictureSpec = {
  id: 'join-signed-out',
  oses: ['windows', 'mac', 'linux'],
  render: (os: PictureOs, lang: Lang) => {
    const t = texts[lang];
    const waiting = `<div class="col" style="padding:22px 24px;gap:12px">
      <div class="row" style="gap:10px">${icon('user', '#5b6470', 28)}<div class="h2">${escapeHtml(t.waitTitle)}</div></div>
      <p style="margin:0">${escapeHtml(t.waiting)}</p>
      <p class="small muted" style="margin:0">${escapeHtml(t.host)}</p>
      <div class="row" style="margin-top:14px;justify-content:flex-end;gap:10px">
        <span class="zbtn ghost">${escapeHtml(t.leave)}</span>
        <span class="zbtn"${mark(1, t.note1, 'bottom', { dy: 50 })}>${escapeHtml(t.signIn)}</span>
      </div></div>`;
    const meeting = `<div style="position:absolute;inset:0;background:#1f2328;color:#fff">
      <div class="row small" style="padding:8px 12px;gap:6px;color:#c9d1d9">${icon('user', '#c9d1d9')}${escapeHtml(t.guest)}</div>
      <div class="col" style="position:absolute;left:16px;right:16px;top:44px;background:#fff3bf;color:#2b2100;border-radius:8px;padding:10px 12px;gap:2px"${mark(2, t.note2, 'bottom', { dy: 210 })}>
        <div class="row bold" style="gap:6px">${icon('bell', '#2b2100')}${escapeHtml(t.ends)}</div>
        <div class="small">${escapeHtml(t.upgrade)}</div>
      </div>
      <div style="position:absolute;left:50%;top:150px;transform:translateX(-50%);width:86px;height:86px;border-radius:50%;background:#3d4550;display:flex;align-items:center;justify-content:center">${icon('user', '#c9d1d9', 44)}</div>
      <div class="row" style="position:absolute;left:0;right:0;bottom:0;height:44px;background:#111;justify-content:center;gap:26px">${icon('mic', '#fff', 20)}${icon('video', '#fff', 20)}${icon('people', '#fff', 20)}</div>
    </div>`;
    return (
      appWindow(os, t.app, { left: 14, top: 40, width: 380, height: 250 }, waiting) +
      appWindow(os, t.meeting, { left: 410, top: 14, width: 376, height: 330 }, meeting)
    );
  },
};
