import { escapeHtml } from '../../../shared/html';
import { registeredRedirectUrl, scopeListToPaste } from '../../../renderer/connect/guide-steps';
import { zoomMark } from '../chrome';
import { mark } from '../html';
import { mockupTexts } from '../mockup-texts';
import type { Lang, PictureSpec } from '../types';
import { field, zoomWebPage } from '../web';

/**
 * The Zoom App Marketplace pages the connect guide walks (issue 13 part 2), drawn from the steps
 * Zoom's documentation describes (docs/zoom-app-setup.md §3.1: Build App → General app →
 * Admin-managed; Basic Info with "Use Public Client OAuth", OAuth Redirect URL and Allow List;
 * Scopes → Add Scopes; Activation). Drawn here, never copied: the layout is a plain stand-in.
 */

const texts = mockupTexts('marketplace');
type Texts = (typeof texts)[Lang];
type Page = 'build' | 'basic-info' | 'scopes' | 'activation';

/** The app's settings page: the header, the menu of the app's pages, and the page's body. */
function appSettings(t: Texts, current: Page, body: string): string {
  const menu = (['basic-info', 'scopes', 'activation'] as const)
    .map(
      (p) =>
        `<div class="small${p === current ? ' bold' : ' muted'}" style="padding:6px 10px;border-radius:6px;${p === current ? 'background:#eaf1fd' : ''}">${escapeHtml(t.menu[p])}</div>`,
    )
    .join('');
  return `<div class="zhead">${zoomMark(22, true, 16)}<span class="bold">${escapeHtml(t.marketplace)}</span>
      <div class="grow"></div><span class="small muted">${escapeHtml(t.develop)} ▾</span></div>
    <div class="row" style="align-items:flex-start;gap:18px;padding:16px 22px">
      <div class="col" style="width:150px;gap:4px">${current === 'build' ? '' : menu}</div>
      <div class="col grow" style="gap:9px">${body}</div>
    </div>`;
}

function toggle(label: string, on: boolean, attrs = ''): string {
  return `<div class="row" style="gap:10px"${attrs}><span class="switch${on ? ' on' : ''}"></span><span>${escapeHtml(label)}</span></div>`;
}

const url = 'marketplace.zoom.us/develop/…';

/** One Marketplace page's picture, in every language: the app's settings around its body. */
function marketplacePage(page: Page, body: (t: Texts) => string): PictureSpec {
  return {
    id: `marketplace-${page}`,
    oses: 'all',
    render: (_os, lang) => {
      const t = texts[lang];
      return zoomWebPage(t.tab, url, appSettings(t, page, body(t)));
    },
  };
}

export const marketplaceBuild = marketplacePage('build', (t) => {
  const choice = (title: string, hint: string, chosen: boolean, attrs = '') =>
    `<div class="card col" style="gap:4px;padding:10px 14px;${chosen ? 'border-color:#2f6fdd;border-width:2px' : ''}"${attrs}>
        <span class="bold">${chosen ? '◉' : '○'} ${escapeHtml(title)}</span><span class="small muted">${escapeHtml(hint)}</span></div>`;
  return `<div class="h2">${escapeHtml(t.build.title)}</div>
        ${choice(t.build.general, t.build.generalHint, true, mark(1, t.build.note1, 'right'))}
        <div class="row" style="gap:10px;padding-left:18px"${mark(2, t.build.note2, 'right')}>
          <span class="small">◉ ${escapeHtml(t.build.adminManaged)}</span><span class="small muted">○ ${escapeHtml(t.build.userManaged)}</span></div>
        ${choice(t.build.s2s, t.build.s2sHint, false)}
        <div class="row"><span class="zbtn"${mark(3, t.build.note3, 'right')}>${escapeHtml(t.build.create)}</span></div>`;
});

export const marketplaceBasicInfo = marketplacePage('basic-info', (t) => {
  return `<div class="h2">${escapeHtml(t.menu['basic-info'])}</div>
        <div class="bold small">${escapeHtml(t.basic.credentials)}</div>
        ${field(t.basic.clientId, 'Ab12Cd34Ef56Gh78', mark(3, t.basic.note3, 'right'))}
        ${toggle(t.basic.publicClient, true, mark(1, t.basic.note1, 'right'))}
        <div class="bold small">${escapeHtml(t.basic.oauth)}</div>
        <div class="col" style="gap:6px"${mark(2, t.basic.note2, 'right')}>
          ${field(t.basic.redirect, registeredRedirectUrl)}
          ${field(t.basic.allowList, registeredRedirectUrl)}
        </div>`;
});

export const marketplaceScopes = marketplacePage('scopes', (t) => {
  const scopes = scopeListToPaste().split(' ').slice(0, 5);
  return `<div class="h2">${escapeHtml(t.menu.scopes)}</div>
        <div class="row"><span class="zbtn"${mark(1, t.scopes.note1, 'right')}>${escapeHtml(t.scopes.add)}</span></div>
        <div class="card col" style="gap:4px;padding:10px 14px"${mark(2, t.scopes.note2, 'right')}>
          <span class="small bold">${escapeHtml(t.scopes.listTitle)}</span>
          ${scopes.map((s) => `<span class="small" style="font-family:monospace">${escapeHtml(s)}</span>`).join('')}
          <span class="small muted">…</span>
        </div>`;
});

export const marketplaceActivation = marketplacePage('activation', (t) => {
  return `<div class="h2">${escapeHtml(t.menu.activation)}</div>
        <div class="small">${escapeHtml(t.activation.body)}</div>
        ${toggle(t.activation.on, true, mark(1, t.activation.note1, 'right'))}`;
});
