import { escapeHtml } from '../../shared/html';
import { appWindow, icon, type Box, type IconName } from './chrome';
import type { PictureOs } from './types';

/** One entry in a file manager's side bar or list. */
export interface FileEntry {
  readonly name: string;
  readonly icon: IconName;
  readonly selected?: boolean;
  readonly attrs?: string;
  readonly detail?: string;
}

/** A file manager (Finder, Files, Explorer look-alike): places on the left, files on the right. */
export function fileManager(
  os: PictureOs,
  title: string,
  box: Box,
  places: ReadonlyArray<FileEntry>,
  files: ReadonlyArray<FileEntry>,
): string {
  const place = (p: FileEntry) =>
    `<div class="folder${p.selected ? ' sel' : ''}">${icon(p.icon)}<span>${escapeHtml(p.name)}</span></div>`;
  const file = (f: FileEntry) =>
    `<div class="row" style="padding:7px 10px;border-radius:6px;${f.selected ? 'background:#dbe6f5;' : ''}"${f.attrs ?? ''}>${icon(f.icon, '#3d4550', 20)}<span class="grow">${escapeHtml(f.name)}</span><span class="small muted">${escapeHtml(f.detail ?? '')}</span></div>`;
  const body = `<div class="mail"><div class="mail-side" style="width:140px">${places.map(place).join('')}</div>
    <div class="grow" style="padding:10px">${files.map(file).join('')}</div></div>`;
  return appWindow(os, title, box, body);
}

/** A push button in the style of a desktop dialog. */
export function dialogButton(label: string, primary: boolean, attrs = ''): string {
  const colours = primary
    ? 'background:#2f6fdd;color:#fff;border:1px solid #2f6fdd'
    : 'background:#fff;border:1px solid #aab3bd';
  return `<span style="display:inline-block;padding:6px 18px;border-radius:6px;font-size:13px;${colours}"${attrs}>${escapeHtml(label)}</span>`;
}
