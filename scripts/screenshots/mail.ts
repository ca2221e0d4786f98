import { escapeHtml } from '../../shared/html';
import { appWindow, icon, type Box, type IconName } from './chrome';

/** One folder in the mail app's side bar. */
export interface MailFolder {
  readonly name: string;
  readonly icon: IconName;
  readonly count?: string;
  readonly selected?: boolean;
  /** Extra attributes, e.g. an annotation mark. */
  readonly attrs?: string;
}

/** One message in the mail app's list. */
export interface MailMessage {
  readonly from: string;
  readonly subject: string;
  readonly time: string;
  readonly unread?: boolean;
  readonly selected?: boolean;
  readonly attrs?: string;
}

/** What a generic mail app shows: folders, a message list and the open message. */
export interface MailAppView {
  readonly title: string;
  readonly folders: ReadonlyArray<MailFolder>;
  readonly messages: ReadonlyArray<MailMessage>;
  /** HTML shown above the message list (tabs, a folder name). */
  readonly listTop: string;
  /** HTML of the open message. */
  readonly reading: string;
  readonly box?: Box;
}

const fullBox: Box = { left: 14, top: 14, width: 772, height: 472 };

/** A generic mail app window (not any real product's look). */
export function mailApp(view: MailAppView): string {
  const folders = view.folders
    .map(
      (f) =>
        `<div class="folder${f.selected ? ' sel' : ''}"${f.attrs ?? ''}>${icon(f.icon)}<span>${escapeHtml(f.name)}</span>${
          f.count ? `<span class="count">${escapeHtml(f.count)}</span>` : ''
        }</div>`,
    )
    .join('');
  const messages = view.messages
    .map(
      (m) =>
        `<div class="msg${m.unread ? ' unread' : ''}${m.selected ? ' sel' : ''}"${m.attrs ?? ''}>
          <div class="row"><span class="from grow">${escapeHtml(m.from)}</span><span class="muted">${escapeHtml(m.time)}</span></div>
          <div class="subj">${escapeHtml(m.subject)}</div></div>`,
    )
    .join('');
  const body = `<div class="mail">
    <div class="mail-side"><div class="col" style="gap:2px">${folders}</div></div>
    <div class="mail-list">${view.listTop}${messages}</div>
    <div class="mail-read">${view.reading}</div></div>`;
  return appWindow('all', view.title, view.box ?? fullBox, body);
}
