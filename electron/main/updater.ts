import type * as ElectronUpdater from 'electron-updater';
import type { AppUpdater } from 'electron-updater';
import type { Logger } from '../services/log';
import type { UpdateFeed, UpdateFeedEvent } from '../services/updates';

/**
 * electron-updater's autoUpdater as our updater port. It reads its feed from the
 * `app-update.yml` that electron-builder writes from `publish` (GitHub Releases by default).
 * Downloads run in the background; a downloaded update installs when the person chooses
 * "Restart to update", or else the next time they quit — never by a restart they did not ask for.
 */
export function feedFromAutoUpdater(updater: AppUpdater, log: Logger): UpdateFeed {
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  // Its own log lines go to our logger (redacted, rotated) instead of the console.
  updater.logger = {
    info: (message?: unknown) => log.info(`Updater: ${String(message)}`),
    warn: (message?: unknown) => log.warn(`Updater: ${String(message)}`),
    error: (message?: unknown) => log.warn(`Updater: ${String(message)}`),
  };
  const listeners: Array<(event: UpdateFeedEvent) => void> = [];
  const emit = (event: UpdateFeedEvent) => listeners.forEach((l) => l(event));
  updater.on('checking-for-update', () => emit({ type: 'checking' }));
  updater.on('update-available', (info) => emit({ type: 'available', version: info.version }));
  updater.on('update-not-available', () => emit({ type: 'none' }));
  updater.on('update-downloaded', (info) => emit({ type: 'downloaded', version: info.version }));
  updater.on('error', (error) => emit({ type: 'error', message: String(error?.message ?? error) }));
  return {
    check: async () => {
      await updater.checkForUpdates();
    },
    install: () => updater.quitAndInstall(false, true),
    onEvent: (listener) => void listeners.push(listener),
  };
}

/**
 * The feed for this copy: none unless it is an installed (packaged) app, in which case
 * electron-updater is loaded — so a development run never loads it, let alone checks.
 */
export async function loadUpdateFeed(isPackaged: boolean, log: Logger): Promise<UpdateFeed | null> {
  if (!isPackaged) return null;
  try {
    // A CommonJS package whose `autoUpdater` is a getter Node's ESM import does not see by name.
    const loaded = (await import('electron-updater')) as typeof ElectronUpdater & {
      readonly default?: typeof ElectronUpdater;
    };
    return feedFromAutoUpdater(loaded.default?.autoUpdater ?? loaded.autoUpdater, log);
  } catch (error) {
    log.warn('The updater could not load; updates are off this time', { error: String(error) });
    return null;
  }
}
