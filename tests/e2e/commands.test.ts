import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { tempDir } from '../support/in-process';

const root = path.resolve(import.meta.dirname, '../..');

/** Starts a command and collects its output lines until `until` matches one. */
function runUntil(
  command: string,
  args: string[],
  until: RegExp,
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: {
        ...process.env,
        READYROOM_DATA_DIR: tempDir(),
        DISPLAY: '',
        WAYLAND_DISPLAY: '',
        ...env,
      },
      detached: true,
    });
    const lines: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (until.test(line)) resolve({ child, lines });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) =>
      reject(new Error(`exited ${code} before "${until}": ${lines.join('\n')}\n${stderr}`)),
    );
  });
}

/** Opens a launch address as a browser would (redeem the code, keep the cookie) and gives the page. */
async function openLikeABrowser(launchUrl: string): Promise<{ status: number; text: string }> {
  const redeemed = await fetch(launchUrl, { redirect: 'manual' });
  const cookie = (redeemed.headers.get('set-cookie') ?? '').split(';')[0]!;
  const page = await fetch(new URL(redeemed.headers.get('location') ?? '/', launchUrl), {
    headers: { Cookie: cookie },
  });
  return { status: page.status, text: await page.text() };
}

function stop(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
}

describe('the commands a newcomer types', () => {
  it('npm run web -- --port 0 --no-open prints the address first and serves the first screen', async () => {
    // As in a terminal: stderr and stdout in one stream, and no keychain to be found, so the
    // host has warnings to give; they come after the address.
    const { child, lines } = await runUntil(
      'sh',
      ['-c', 'exec npm run web -- --port 0 --no-open 2>&1'],
      /running at/,
      { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/readyroom-no-keyring' },
    );
    try {
      expect(lines[0]).toMatch(/^ReadyRoom running at http:\/\/127\.0\.0\.1:\d+\/\?code=[\w-]+$/);
      const url = lines[0]!.replace('ReadyRoom running at ', '');
      const page = await openLikeABrowser(url);
      expect(page.status).toBe(200);
      expect(page.text).toContain('<div id="root">');
      // Anyone else who asks for the page without the one-time address gets no token.
      const other = await fetch(new URL('/', url));
      expect(other.status).toBe(403);
      expect(await other.text()).not.toContain('readyroom-host-token');
    } finally {
      stop(child);
    }
  });

  it('npm start falls back to the browser host, in one plain sentence, when Electron cannot start', async () => {
    const { child, lines } = await runUntil('npm', ['start', '--', '--no-open'], /running at/, {
      ELECTRON_OVERRIDE_DIST_PATH: path.join(tempDir(), 'no-electron-here'),
    });
    try {
      expect(lines[0]).toBe(
        'The desktop version cannot start on this computer because Electron is not installed. ReadyRoom will open in your web browser instead.',
      );
      expect(lines.join('\n')).not.toMatch(/Error| {4}at /);
      const url = lines
        .find((l) => l.startsWith('ReadyRoom running at'))!
        .replace('ReadyRoom running at ', '');
      expect((await openLikeABrowser(url)).status).toBe(200);
    } finally {
      stop(child);
    }
  });

  it('npm run web without --no-open says when there is no browser to open', async () => {
    const { child, lines } = await runUntil('npm', ['run', 'web', '--', '--port', '0'], /browser/);
    try {
      expect(lines[1]).toBe(
        'No web browser was found on this computer. Open the address above in a browser.',
      );
    } finally {
      stop(child);
    }
  });
});
