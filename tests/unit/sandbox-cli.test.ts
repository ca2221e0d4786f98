import { callSandboxControl } from '../support/sandbox-control';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const secret = 'cli-test-control-secret';

/** Runs the sandbox CLI and resolves with its first stdout line (or stderr and exit code). */
function runCli(
  args: string[],
): Promise<{ firstLine: string; stderr: string; code: number | null; stop: () => void }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so stopping it also stops the node process npx starts underneath.
    const child = spawn('npx', ['tsx', 'electron/sandbox/cli.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, ZOOM_SANDBOX_CONTROL_SECRET: secret },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    let err = '';
    const stop = () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    };
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const newline = out.indexOf('\n');
      if (newline >= 0)
        resolve({ firstLine: out.slice(0, newline), stderr: err, code: null, stop });
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      resolve({ firstLine: out.split('\n')[0] ?? '', stderr: err, code, stop }),
    );
  });
}

describe('npm run sandbox', () => {
  it('prints where it listens as its first line, and serves the chosen scenario', async () => {
    const run = await runCli(['--port', '0', '--scenario', 'edge']);
    try {
      const match = /^Zoom sandbox listening at (http:\/\/127\.0\.0\.1:\d+)$/.exec(run.firstLine);
      expect(match).not.toBeNull();
      const url = match?.[1] ?? '';
      const state = await callSandboxControl({ url, controlSecret: secret }, '/_sandbox/state');
      expect(((await state.json()) as { scenario: string }).scenario).toBe('edge');
      // Without the secret (another web page, another person on this computer): refused.
      expect((await fetch(`${url}/_sandbox/state`)).status).toBe(403);
    } finally {
      run.stop();
    }
  }, 20_000);

  it('explains a bad scenario in one sentence, without a stack trace', async () => {
    const run = await runCli(['--scenario', 'moon']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      'There is no scenario called "moon". Choose one of: nonprofit, edge, large.',
    );
  }, 20_000);

  it('follows Zoom’s 2025 User API file when asked, and explains a file it does not know', async () => {
    const run = await runCli(['--port', '0', '--api-version', '2025']);
    try {
      const url = /listening at (\S+)$/.exec(run.firstLine)?.[1] ?? '';
      const state = await callSandboxControl({ url, controlSecret: secret }, '/_sandbox/state');
      expect(((await state.json()) as { api_version: string }).api_version).toBe('2025');
    } finally {
      run.stop();
    }
    const bad = await runCli(['--api-version', '2024']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(
      '"2024" is not a Zoom API file the sandbox follows. Choose one of: 2023, 2025.',
    );
  }, 30_000);
});
