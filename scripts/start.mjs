// `npm start`: the desktop app when Electron can run here, otherwise the browser host, with one
// plain sentence saying why. Never ends in a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const passThrough = process.argv.slice(2);

/** The Electron binary's path, or null when it was never downloaded (no internet at install). */
function findElectron() {
  const dir = path.join(root, 'node_modules', 'electron');
  let relative;
  try {
    relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
  const full = path.join(base, relative);
  return fs.existsSync(full) ? full : null;
}

function runBrowserHost(reason) {
  process.stdout.write(`${reason} ReadyRoom will open in your web browser instead.\n`);
  const child = spawn(npm, ['run', 'web', '--', ...passThrough], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  child.on('error', () => {
    process.stdout.write('ReadyRoom could not start. Check that Node.js and npm are installed.\n');
    process.exit(1);
  });
}

const electron = findElectron();
if (!electron) {
  runBrowserHost(
    'The desktop version cannot start on this computer because Electron is not installed.',
  );
} else {
  const built = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    process.stdout.write('ReadyRoom could not be built. Run "npm ci" and try again.\n');
    process.exit(1);
  }
  const startedAt = Date.now();
  const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('error', () => runBrowserHost('The desktop version could not start on this computer.'));
  child.on('exit', (code) => {
    if (code !== 0 && Date.now() - startedAt < 15_000) {
      runBrowserHost('The desktop version stopped as it was starting.');
    } else {
      process.exit(code ?? 0);
    }
  });
}
