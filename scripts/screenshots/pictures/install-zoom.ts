import { escapeHtml } from '../../../shared/html';
import { appWindow, browserWindow, icon, note, zoomMark } from '../chrome';
import { dialogButton, fileManager } from '../desktop';
import { mark } from '../html';
import type { Lang, PictureOs, PictureSpec } from '../types';
import { installTexts, type InstallTexts } from './install-zoom-texts';

function windows(t: InstallTexts): string {
  const page = `<div class="zpage" style="padding:24px 30px">${zoomMark(26)}
      <div class="h1" style="margin:26px 0 8px">${escapeHtml(t.winPage)}</div>
      <span class="zbtn">${escapeHtml(t.winDownload)}</span></div>
    <div class="card" style="position:absolute;top:6px;right:10px;width:330px;padding:12px">
      <div class="row"><b class="grow">${escapeHtml(t.winDownloads)}</b>${icon('folder')}</div>
      <div class="row" style="margin-top:10px">${icon('doc', '#3d4550', 22)}<div class="grow"><div>ZoomInstaller.exe</div>
        <span class="link small"${mark(1, t.winNote1, 'bottom', { dx: -60 })}>${escapeHtml(t.winOpen)}</span></div></div></div>`;
  const dialogBody = `<div style="padding:14px 16px" class="col">
      <b>${escapeHtml(t.winQuestion)}</b>
      <div class="small">${escapeHtml(t.winName)}: ZoomInstaller.exe<br>${escapeHtml(t.winPublisher)}: Zoom Video Communications, Inc.</div>
      <div class="row" style="justify-content:flex-end;margin-top:8px">${dialogButton(t.winRun, true, mark(2, t.winNote2, 'bottom', { dy: -12 }))}${dialogButton(t.cancel, false)}</div></div>`;
  return (
    browserWindow(
      'windows',
      'Download Center - Zoom',
      'zoom.us/download',
      { left: 14, top: 14, width: 772, height: 472 },
      page,
    ) +
    appWindow(
      'windows',
      t.winDialogTitle,
      { left: 40, top: 260, width: 390, height: 170 },
      dialogBody,
    ) +
    note(t.winUac, 'left:470px;top:300px;width:290px')
  );
}

function mac(t: InstallTexts): string {
  const finder = fileManager(
    'mac',
    t.downloads,
    { left: 14, top: 14, width: 430, height: 250 },
    t.macPlaces.map((name, i) => ({ name, icon: i === 3 ? 'down' : 'folder', selected: i === 3 })),
    [
      {
        name: 'zoomusInstallerFull.pkg',
        icon: 'doc',
        selected: true,
        detail: '45 MB',
        attrs: mark(1, t.doubleClick, 'right', { dy: 30 }),
      },
    ],
  );
  const steps = t.macSteps
    .map(
      (s, i) =>
        `<div class="row small" style="padding:4px 0;${i === 0 ? 'font-weight:bold' : 'color:#8a939e'}"><span style="width:8px;height:8px;border-radius:50%;background:${i === 0 ? '#2f6fdd' : '#c3c8ce'}"></span>${escapeHtml(s)}</div>`,
    )
    .join('');
  const installer = `<div class="row" style="height:100%;align-items:stretch;gap:0">
      <div style="width:150px;padding:16px 12px;background:#f4f6f8;border-right:1px solid #dde2e7">${steps}</div>
      <div class="col grow" style="padding:16px">
        <b>${escapeHtml(t.macWelcome)}</b><div class="small">${escapeHtml(t.macGuide)}</div><div class="grow"></div>
        <div class="row" style="justify-content:flex-end">${dialogButton(t.macBack, false)}${dialogButton(t.macContinue, true, mark(2, t.macNote2, 'top', { dy: -10 }))}</div></div></div>`;
  return (
    finder +
    appWindow('mac', t.macTitle, { left: 290, top: 170, width: 496, height: 300 }, installer) +
    note(t.macPassword, 'left:20px;top:300px;width:250px')
  );
}

function linux(t: InstallTexts): string {
  const files = fileManager(
    'linux',
    t.downloads,
    { left: 14, top: 14, width: 430, height: 250 },
    t.linuxPlaces.map((name, i) => ({
      name,
      icon: i === 2 ? 'down' : 'folder',
      selected: i === 2,
    })),
    [
      {
        name: 'zoom_amd64.deb',
        icon: 'doc',
        selected: true,
        detail: '200 MB',
        attrs: mark(1, t.doubleClick, 'right', { dy: 30 }),
      },
    ],
  );
  const software = `<div class="col" style="padding:22px">
      <div class="row" style="gap:14px">${zoomMark(56, false)}<div class="grow"><div class="h1">Zoom</div>
        <div class="small muted">Zoom Video Communications, Inc.</div></div>
        ${dialogButton(t.linuxInstall, true, mark(2, t.linuxNote2, 'bottom'))}</div></div>`;
  return (
    files +
    appWindow('linux', t.linuxTitle, { left: 290, top: 250, width: 496, height: 190 }, software) +
    note(t.linuxPassword, 'left:20px;top:300px;width:250px')
  );
}

/** Installing the Zoom app: the downloaded file, and the installer's button to click, per OS. */
export const installZoom: PictureSpec = {
  id: 'install-zoom',
  oses: ['windows', 'mac', 'linux'],
  render: (os: PictureOs, lang: Lang) => {
    const t = installTexts[lang];
    return os === 'mac' ? mac(t) : os === 'linux' ? linux(t) : windows(t);
  },
};
