import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The command that opens a URL in the default browser here, or null when there is none. */
export function findBrowserOpener(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): { command: string; args: (url: string) => string[] } | null {
  if (platform === 'darwin') return { command: 'open', args: (url) => [url] };
  if (platform === 'win32') return { command: 'cmd', args: (url) => ['/c', 'start', '""', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const found = dirs.some((dir) => {
    try {
      fs.accessSync(path.join(dir, 'xdg-open'), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  return found ? { command: 'xdg-open', args: (url) => [url] } : null;
}

/** Opens a URL in the default browser; resolves false when no browser could be started. */
export function openInDefaultBrowser(url: string): Promise<boolean> {
  const opener = findBrowserOpener();
  if (!opener) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(opener.command, opener.args(url), { stdio: 'ignore', detached: true });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
