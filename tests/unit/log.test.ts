import fs from 'node:fs';
import path from 'node:path';
import {
  createFileLogger,
  defaultLogDir,
  logLine,
  recordProblems,
  teeLogger,
  createMemoryLogger,
} from '../../electron/services/log';
import { redactText, redactValue } from '../../shared/redact';
import { tempDir } from '../support/in-process';

const jwt =
  'eyJhbGciOiJIUzUxMiJ9.eyJ1aWQiOiJhYmMxMjMiLCJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJlc2lnbmF0dXJlc2ln';
const opaque = 'Zk3q9w8PZ7x0aB1cD2eF3gH4iJ5kL6mN7oP8qR9s';

describe('redaction, as the logger applies it', () => {
  it.each([
    ['a bearer token', `Authorization: Bearer ${opaque}`, opaque],
    ['a JSON web token', `token was ${jwt}`, 'eyJhbGciOiJIUzUxMiJ9'],
    ['a refresh token in JSON', '{"refresh_token":"short-but-secret"}', 'short-but-secret'],
    ['a client secret in JSON', '{"clientSecret":"s3cr3t"}', 's3cr3t'],
    ['an OAuth code in a URL', 'http://127.0.0.1:5000/callback?code=abc123&state=xyz789', 'abc123'],
    [
      'an OAuth state in a URL',
      'http://127.0.0.1:5000/callback?code=abc123&state=xyz789',
      'xyz789',
    ],
    ['a token in a form body', 'grant_type=refresh_token&refresh_token=r3fr3sh', 'r3fr3sh'],
    ['an email address', 'Invited maria.lopez@riverside.example', 'maria.lopez@riverside.example'],
    ['a long opaque key', `key ${opaque}`, opaque],
  ])('takes out %s', (_label, text, secret) => {
    expect(redactText(text)).not.toContain(secret);
  });

  it('keeps what a helper needs: error codes, step names, versions, paths', () => {
    const text =
      '{"code":"zoom-unreachable","step":"sign-in","version":"6.2.1"} /home/robert/.config';
    expect(redactText(text)).toBe(text);
  });

  it('hides secret fields of a detail object by name, at any depth', () => {
    expect(
      redactValue({ user: { password: 'x', name: 'ok' }, accessToken: 'y', list: ['a@b.example'] }),
    ).toEqual({
      user: { password: '[hidden]', name: 'ok' },
      accessToken: '[hidden]',
      list: ['[email]'],
    });
  });

  it('makes one line of a message and its detail, redacted', () => {
    expect(
      logLine('Signed in', { email: 'robert@riverside.example', tokens: { refresh_token: 'r' } }),
    ).toBe('Signed in {"email":"[email]","tokens":{"refresh_token":"[hidden]"}}');
  });
});

describe('the file logger (electron-log)', () => {
  it('writes redacted lines to its file, private to the person', () => {
    const dir = path.join(tempDir(), 'logs');
    const log = createFileLogger({ dir });
    log.warn('Token refresh failed', { access_token: jwt, email: 'robert@riverside.example' });
    log.info(`Bearer ${opaque} in a message`);
    const text = fs.readFileSync(log.file, 'utf8');
    expect(text).toContain('Token refresh failed');
    expect(text).toContain('[warn]');
    for (const secret of [jwt, opaque, 'robert@riverside.example'])
      expect(text).not.toContain(secret);
    if (process.platform !== 'win32') {
      expect(fs.statSync(log.file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    }
  });

  it('rotates by size and keeps a few old files', () => {
    const dir = tempDir();
    const log = createFileLogger({ dir, fileName: 'main.log', maxBytes: 300, keep: 2 });
    for (let i = 0; i < 40; i += 1) log.info(`line ${i} ${'x'.repeat(40)}`);
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const file of files) expect(fs.statSync(path.join(dir, file)).size).toBeLessThan(600);
    expect(fs.readFileSync(path.join(dir, 'main.log'), 'utf8')).toContain('line 39');
  });

  it('lives where the OS keeps logs', () => {
    expect(defaultLogDir({ READYROOM_DATA_DIR: '/tmp/rr' }, 'linux')).toBe(
      path.resolve('/tmp/rr/logs'),
    );
    expect(
      defaultLogDir({ HOME: '/home/robert', XDG_CONFIG_HOME: '/home/robert/.config' }, 'linux'),
    ).toBe('/home/robert/.config/ReadyRoom/logs');
    expect(defaultLogDir({}, 'darwin')).toMatch(/Library\/Logs\/ReadyRoom$/);
  });
});

describe('the last problems, for the helper report', () => {
  it('keeps the last warnings and errors, redacted, and passes everything on', () => {
    const inner = createMemoryLogger();
    const log = recordProblems(teeLogger(inner), 2, () => new Date('2025-03-01T10:00:00Z'));
    log.info('Started');
    log.warn('First', { email: 'a@b.example' });
    log.error('Second');
    log.warn('Third', { refresh_token: 'r' });
    expect(inner.entries.map((e) => e.message)).toEqual(['Started', 'First', 'Second', 'Third']);
    expect(log.recentProblems()).toEqual([
      { at: '2025-03-01T10:00:00.000Z', level: 'error', message: 'Second' },
      {
        at: '2025-03-01T10:00:00.000Z',
        level: 'warn',
        message: 'Third {"refresh_token":"[hidden]"}',
      },
    ]);
  });
});
