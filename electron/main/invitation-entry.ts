import { app, dialog, Menu } from 'electron';
import fs from 'node:fs/promises';
import { MESSAGE_MAX_BYTES } from '../../shared/limits';
import type { Backend } from '../services/backend';
import type { Logger } from '../services/log';

const protocol = 'readyroom';

/**
 * The ways an invitation pack reaches ReadyRoom in the desktop app: a readyroom: link (registered
 * protocol: `open-url` on macOS, the second instance's arguments elsewhere) and File > Open.
 * Each goes through the same backend call as the renderer's drop zone and paste box.
 */
export function installInvitationEntryPoints(
  backend: Backend,
  focusWindow: () => void,
  log: Logger,
): void {
  // readyroom: links are only decoded as invitation packs (validated, never navigated to).
  app.setAsDefaultProtocolClient(protocol); /* eng-disable PROTOCOL_HANDLER_JS_CHECK */
  const openLink = (url: string) => {
    focusWindow();
    void backend.handlers.openInvitation({ kind: 'link', text: url.slice(0, MESSAGE_MAX_BYTES) });
  };
  app.on('open-url', (event, url) => {
    event.preventDefault();
    openLink(url);
  });
  app.on('second-instance', (_event, argv) => {
    const link = argv.find((arg) => arg.startsWith(`${protocol}:`));
    if (link) openLink(link);
    else focusWindow();
  });
  const first = process.argv.find((arg) => arg.startsWith(`${protocol}:`));
  if (first) openLink(first);

  const openFile = async () => {
    const choice = await dialog.showOpenDialog({
      properties: ['openFile'],
      filters: [{ name: 'ReadyRoom invitation', extensions: ['readyroom', 'json'] }],
    });
    const file = choice.filePaths[0];
    if (choice.canceled || !file) return;
    try {
      const stat = await fs.stat(file);
      if (stat.size > MESSAGE_MAX_BYTES) throw new Error('too large');
      await backend.handlers.openInvitation({
        kind: 'file',
        text: await fs.readFile(file, 'utf8'),
      });
    } catch (error) {
      log.warn('Could not open the invitation file', { error: String(error) });
      await backend.handlers.openInvitation({ kind: 'file', text: '' });
    }
  };
  const isMac = process.platform === 'darwin';
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(isMac ? [{ role: 'appMenu' as const }] : []),
      {
        label: 'File',
        submenu: [
          { label: 'Open Invitation…', accelerator: 'CmdOrCtrl+O', click: () => void openFile() },
          { type: 'separator' },
          isMac ? { role: 'close' as const } : { role: 'quit' as const },
        ],
      },
      { role: 'editMenu' as const },
      { role: 'viewMenu' as const },
      { role: 'windowMenu' as const },
    ]),
  );
}
