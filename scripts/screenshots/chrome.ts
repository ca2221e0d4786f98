import { escapeHtml } from '../../shared/html';
import type { PictureOs } from './types';

/** Where a window sits in the 800×500 picture (CSS pixel values). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

function boxStyle(box: Box): string {
  return `left:${box.left}px;top:${box.top}px;width:${box.width}px;height:${box.height}px`;
}

/** A title bar in the style of the OS: traffic lights (mac), caption buttons (windows), header bar (linux). */
export function titleBar(os: PictureOs, title: string): string {
  const t = `<div class="tb-title">${escapeHtml(title)}</div>`;
  if (os === 'mac')
    return `<div class="tb"><div class="lights"><i></i><i></i><i></i></div>${t}<div style="width:50px"></div></div>`;
  if (os === 'windows')
    return `<div class="tb tb-win">${t}<div class="wctl"><span>&#8212;</span><span>&#9744;</span><span>&#10005;</span></div></div>`;
  if (os === 'linux')
    return `<div class="tb tb-linux"><div style="width:22px"></div>${t}<div class="gclose">&#10005;</div></div>`;
  return `<div class="tb"><div class="dots"><i></i><i></i><i></i></div>${t}<div style="width:50px"></div></div>`;
}

/** A desktop application window with a title bar. */
export function appWindow(
  os: PictureOs,
  title: string,
  box: Box,
  body: string,
  bodyStyle = '',
): string {
  return `<div class="win" style="${boxStyle(box)}">${titleBar(os, title)}<div class="win-body" style="${bodyStyle}">${body}</div></div>`;
}

/** A generic web browser (no real browser's look): one tab, an address bar, and the page. */
export function browserWindow(
  os: PictureOs,
  tab: string,
  url: string,
  box: Box,
  body: string,
): string {
  const lead =
    os === 'mac'
      ? '<div class="lights" style="align-self:center;margin-right:6px"><i></i><i></i><i></i></div>'
      : '';
  const tail =
    os === 'windows'
      ? '<div class="wctl" style="margin-left:auto;align-self:stretch"><span>&#8212;</span><span>&#9744;</span><span>&#10005;</span></div>'
      : '';
  return `<div class="win" style="${boxStyle(box)}">
    <div class="tabs">${lead}<div class="tab">${escapeHtml(tab)}</div>${tail}</div>
    <div class="addr"><span class="nav">&#8592; &#8594; &#8635;</span><div class="url">${icon('lock', '#5b6470')} ${escapeHtml(url)}</div></div>
    <div class="win-body">${body}</div></div>`;
}

const zoomCamera =
  '<rect width="32" height="32" rx="8" fill="#0e5ce6"/><rect x="6" y="10" width="14" height="12" rx="3" fill="#fff"/><path d="M21 14l6-4v12l-6-4z" fill="#fff"/>';

/** A look-alike of a video app's mark: a blue square with a white camera, and the word Zoom in plain text. */
export function zoomMark(size = 26, word = true, wordSize = 18): string {
  const square = `<svg width="${size}" height="${size}" viewBox="0 0 32 32" aria-hidden="true">${zoomCamera}</svg>`;
  return `<span class="zlogo">${square}${word ? `<span style="font-size:${wordSize}px">Zoom</span>` : ''}</span>`;
}

/** ReadyRoom's own icon (the project's artwork). */
export function readyRoomIcon(size = 40): string {
  return `<svg width="${size}" height="${size}" viewBox="0 0 64 64" aria-hidden="true"><rect width="64" height="64" rx="14" fill="#0b57d0"/><path d="M18 34l9 9 19-21" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
}

const iconPaths = {
  lock: '<rect x="4" y="7" width="8" height="7" rx="1"/><path d="M5.5 7V5a2.5 2.5 0 015 0v2"/>',
  inbox: '<path d="M2 9l2-6h8l2 6v4H2z"/><path d="M2 9h4l1 2h2l1-2h4"/>',
  spam: '<circle cx="8" cy="8" r="6"/><path d="M4 12l8-8"/>',
  send: '<path d="M2 8l12-5-5 12-2-5z"/>',
  star: '<path d="M8 2l1.8 3.9 4.2.5-3.1 2.9.8 4.2L8 11.4 4.3 13.5l.8-4.2L2 6.4l4.2-.5z"/>',
  trash: '<path d="M3 4h10M6 4V2h4v2M4 4l1 10h6l1-10"/>',
  doc: '<path d="M4 1h5l3 3v11H4z"/><path d="M9 1v3h3"/>',
  folder: '<path d="M1 4h5l1 2h8v8H1z"/>',
  down: '<path d="M8 2v9M4 7l4 4 4-4M2 14h12"/>',
  mic: '<rect x="5.5" y="1.5" width="5" height="8" rx="2.5"/><path d="M3 8a5 5 0 0010 0M8 13v2"/>',
  camera: '<rect x="1" y="4" width="10" height="8" rx="1.5"/><path d="M11 7l4-2v6l-4-2"/>',
  user: '<circle cx="8" cy="5" r="3"/><path d="M2 15c0-3.5 2.7-5 6-5s6 1.5 6 5"/>',
  gear: '<circle cx="8" cy="8" r="2.5"/><path d="M8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.5 1.5M11.5 11.5L13 13M3 13l1.5-1.5M11.5 4.5L13 3"/>',
  cal: '<rect x="2" y="3" width="12" height="11" rx="1"/><path d="M2 6h12M5 1v3M11 1v3"/>',
  shield: '<path d="M8 1l6 2v5c0 4-3 6-6 7-3-1-6-3-6-7V3z"/>',
  video: '<rect x="1" y="4" width="10" height="8" rx="1.5"/><path d="M11 7l4-2v6l-4-2"/>',
  search: '<circle cx="7" cy="7" r="4.5"/><path d="M10.5 10.5L14 14"/>',
  wifi: '<path d="M1.5 6a9 9 0 0113 0M4 8.5a5.5 5.5 0 018 0M6.5 11a2 2 0 013 0"/>',
  bt: '<path d="M4 5l8 6-4 3V2l4 3-8 6"/>',
  globe:
    '<circle cx="8" cy="8" r="6.5"/><path d="M1.5 8h13M8 1.5c2 2 2 11 0 13M8 1.5c-2 2-2 11 0 13"/>',
  bell: '<path d="M4 11V7a4 4 0 018 0v4l1 1H3zM7 14h2"/>',
  eye: '<path d="M1 8s2.5-5 7-5 7 5 7 5-2.5 5-7 5-7-5-7-5z"/><circle cx="8" cy="8" r="2"/>',
  people:
    '<circle cx="6" cy="5" r="2.5"/><path d="M1.5 14c0-3 2-4.5 4.5-4.5s4.5 1.5 4.5 4.5"/><path d="M10.5 3a2.5 2.5 0 010 5M12 9.7c1.6.5 2.5 1.9 2.5 4.3"/>',
  hand: '<path d="M5 15V6a1 1 0 012 0v4M7 9V3a1 1 0 012 0v6M9 9V4a1 1 0 012 0v6M11 10V7a1 1 0 012 0v4c0 2-2 4-4 4H7c-1 0-2-1-2-1"/>',
} as const;

/** The names of the line icons `icon` can draw. */
export type IconName = keyof typeof iconPaths;

/** A small line icon drawn for these pictures. */
export function icon(name: IconName, colour = '#3d4550', size = 16): string {
  return `<svg class="i" width="${size}" height="${size}" viewBox="0 0 16 16" fill="none" stroke="${colour}" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round" aria-hidden="true">${iconPaths[name]}</svg>`;
}

/** A round letter badge standing in for a company's sign-in logo (no real logos are drawn). */
export function letterBadge(letter: string, colour: string, size = 22): string {
  return `<span style="display:inline-flex;width:${size}px;height:${size}px;border-radius:50%;background:${colour};color:#fff;font-weight:bold;font-size:${Math.round(size * 0.55)}px;align-items:center;justify-content:center;flex:none">${escapeHtml(letter)}</span>`;
}

/** An on/off switch. */
export function toggle(on: boolean, attrs = ''): string {
  return `<span class="switch${on ? ' on' : ''}"${attrs}></span>`;
}

/** A yellow sticky note placed at an absolute position. */
export function note(text: string, style: string): string {
  return `<div class="note" style="${style}">${escapeHtml(text)}</div>`;
}
