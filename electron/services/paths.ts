import os from 'node:os';
import path from 'node:path';

/**
 * Where ReadyRoom keeps its files when it runs outside Electron: the same folder Electron's
 * `userData` uses, so the desktop app and the browser host share settings. READYROOM_DATA_DIR
 * overrides it (tests, portable use).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.READYROOM_DATA_DIR) return path.resolve(env.READYROOM_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'ReadyRoom');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'ReadyRoom');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'ReadyRoom');
}
