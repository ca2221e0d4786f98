import type { MenuItemConstructorOptions } from 'electron';
import type { Translate } from './desktop-texts';

export interface MenuOptions {
  readonly isMac: boolean;
  /** An installed copy: no reload, no DevTools. */
  readonly isPackaged: boolean;
  /** An update is downloaded: Help offers "Restart to Update". */
  readonly updateReady: boolean;
}

export interface MenuActions {
  openInvitation(): void;
  restartToUpdate(): void;
}

/**
 * The application menu, every label from the locale files (Electron's own role labels are English
 * outside macOS). DevTools and reload exist only while developing.
 */
export function applicationMenuTemplate(
  t: Translate,
  options: MenuOptions,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const { isMac, isPackaged } = options;
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const appMenu: MenuItemConstructorOptions = {
    label: 'ReadyRoom',
    submenu: [
      { role: 'about', label: t('menu.about') },
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.unhide') },
      separator,
      { role: 'quit', label: t('menu.quit') },
    ],
  };
  const developing: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'reload', label: t('menu.reload') },
        { role: 'toggleDevTools', label: t('menu.toggleDevTools') },
        separator,
      ];
  return [
    ...(isMac ? [appMenu] : []),
    {
      label: t('menu.file'),
      submenu: [
        {
          label: t('menu.openInvitation'),
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.openInvitation(),
        },
        separator,
        isMac ? { role: 'close', label: t('menu.close') } : { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        separator,
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        ...developing,
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        separator,
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    {
      label: t('menu.window'),
      submenu: isMac
        ? [
            { role: 'minimize', label: t('menu.minimize') },
            { role: 'zoom', label: t('menu.zoom') },
            separator,
            { role: 'front', label: t('menu.front') },
          ]
        : [
            { role: 'minimize', label: t('menu.minimize') },
            { role: 'close', label: t('menu.close') },
          ],
    },
    {
      role: 'help',
      label: t('menu.help'),
      submenu: [
        {
          label: t('menu.restartToUpdate'),
          visible: options.updateReady,
          click: () => actions.restartToUpdate(),
        },
        ...(isMac ? [] : [{ role: 'about' as const, label: t('menu.about') }]),
      ],
    },
  ];
}
