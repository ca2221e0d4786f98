import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startHost, type RunningHost } from '../../electron/host/server';
import { createMemoryLogger } from '../../electron/services/log';
import { tempDir, testBackend } from '../support/in-process';

/** A raw request, so the test can send any Host header it likes (fetch cannot). */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('the browser host', () => {
  let host: RunningHost;
  let backend: ReturnType<typeof testBackend>;
  let cookie: string;
  const token = 'test-token-0123456789';

  /** Opens the launch address as a browser would, and gives the cookie it was handed. */
  const redeem = async (launchUrl: string) => {
    const url = new URL(launchUrl);
    return request(host.port, {
      path: `${url.pathname}${url.search}`,
      headers: { Host: `127.0.0.1:${host.port}` },
    });
  };

  beforeEach(async () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<html><head></head><body>ReadyRoom</body></html>',
    );
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(path.dirname(dir), 'outside-secret.txt'), 'secret');
    backend = testBackend({ host: 'browser', openExternal: async () => 'tab' });
    host = await startHost({
      port: 0,
      rendererDir: dir,
      backend,
      log: createMemoryLogger(),
      token,
    });
    const opened = await redeem(host.url);
    cookie = String(opened.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  });

  afterEach(async () => {
    await host.close();
  });

  const call = (name: string, headers: Record<string, string>, body = '{}') =>
    request(host.port, {
      method: 'POST',
      path: `/api/${name}`,
      headers: {
        Host: `127.0.0.1:${host.port}`,
        'Content-Type': 'application/json',
        Cookie: cookie,
        ...headers,
      },
      body,
    });

  it('listens on loopback only, at the URL it reports, with a one-time code in it', () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?code=[\\w-]{32}$`),
    );
    expect(host.newLaunchUrl()).not.toBe(host.url);
  });

  it('exchanges the launch code once, for an HttpOnly SameSite=Strict cookie, and drops it from the address', async () => {
    const launch = host.newLaunchUrl();
    const opened = await redeem(launch);
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe('/');
    const setCookie = String(opened.headers['set-cookie']?.[0]);
    expect(setCookie).toMatch(
      new RegExp(`^readyroom_${host.port}=[\\w-]+; HttpOnly; SameSite=Strict; Path=/$`),
    );
    expect(opened.body).not.toContain(token);
    // The same address a second time, from a browser without the cookie: nothing it can use.
    const again = await redeem(launch);
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).not.toContain(token);
  });

  it('gives a second client without the code nothing it can use', async () => {
    const page = await request(host.port, {
      path: '/',
      headers: { Host: `127.0.0.1:${host.port}`, 'Accept-Language': 'es-MX,es;q=0.9' },
    });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(token);
    expect(page.body).not.toContain('<script');
    expect(page.body).toContain('Abra ReadyRoom con la dirección que le dio');
    const english = await request(host.port, {
      path: '/index.html?code=guessed-code-0123456789abcdefgh',
      headers: { Host: `127.0.0.1:${host.port}` },
    });
    expect(english.status).toBe(403);
    expect(english.body).toContain('Open ReadyRoom from the address it gave you');
    // Even one who learned the token cannot call or listen without the cookie.
    const callWithoutCookie = await call('getSettings', { 'X-ReadyRoom-Token': token, Cookie: '' });
    expect(callWithoutCookie.status).toBe(401);
    const forged = await call('getSettings', {
      'X-ReadyRoom-Token': token,
      Cookie: `readyroom_${host.port}=not-a-session`,
    });
    expect(forged.status).toBe(401);
    const events = await request(host.port, {
      path: `/api/events?token=${token}`,
      headers: { Host: `127.0.0.1:${host.port}` },
    });
    expect(events.status).toBe(401);
  });

  it.each(['/%', '/%E0%A4%A', '/assets/%zz.js'])(
    'answers a malformed percent-escape (%s) with 400, not 500',
    async (path) => {
      const res = await request(host.port, { path, headers: { Host: `127.0.0.1:${host.port}` } });
      expect(res.status).toBe(400);
    },
  );

  it('serves the page with the token and a CSP', async () => {
    const page = await request(host.port, {
      path: '/',
      headers: { Host: `127.0.0.1:${host.port}`, Cookie: cookie },
    });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="readyroom-host-token" content="${token}">`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
  });

  it('answers a call that carries the token', async () => {
    const res = await call('getSettings', { 'X-ReadyRoom-Token': token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { schemaVersion: 2 } });
  });

  it('refuses a call with no token', async () => {
    const res = await call('updateSettings', {}, '{"role":"admin"}');
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    expect((await backend.handlers.getSettings({})).role).toBeNull();
  });

  it('refuses a call with a wrong token', async () => {
    const res = await call('getSettings', { 'X-ReadyRoom-Token': 'test-token-0123456788' });
    expect(res.status).toBe(401);
  });

  it.each(['evil.example', `evil.example:${0}`, '192.168.1.5', 'localhost.evil.example'])(
    'refuses a request whose Host header is %s (DNS rebinding)',
    async (hostHeader) => {
      const res = await request(host.port, {
        method: 'POST',
        path: '/api/getSettings',
        headers: { Host: hostHeader, 'X-ReadyRoom-Token': token },
        body: '{}',
      });
      expect(res.status).toBe(403);
      const page = await request(host.port, { path: '/', headers: { Host: hostHeader } });
      expect(page.status).toBe(403);
      expect(page.body).not.toContain(token);
    },
  );

  it('refuses a call from another web page (Origin)', async () => {
    const res = await call('getSettings', {
      'X-ReadyRoom-Token': token,
      Origin: 'https://evil.example',
    });
    expect(res.status).toBe(403);
  });

  it('answers bad JSON and unknown calls with typed errors', async () => {
    const bad = await call('getSettings', { 'X-ReadyRoom-Token': token }, '{nope');
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const unknown = await call('formatDisk', { 'X-ReadyRoom-Token': token });
    expect(JSON.parse(unknown.body)).toEqual({ ok: false, error: { code: 'unknown-call' } });
  });

  it('refuses a body that is too large', async () => {
    const res = await call(
      'getSettings',
      { 'X-ReadyRoom-Token': token },
      JSON.stringify({ x: 'a'.repeat(1_100_000) }),
    );
    expect(res.status).toBe(413);
  });

  it('serves built files but nothing outside the renderer folder', async () => {
    const ok = await request(host.port, {
      path: '/assets/app.js',
      headers: { Host: `127.0.0.1:${host.port}` },
    });
    expect(ok.status).toBe(200);
    const escape = await request(host.port, {
      path: '/%2e%2e/outside-secret.txt',
      headers: { Host: `127.0.0.1:${host.port}` },
    });
    expect(escape.status).toBe(404);
    expect(escape.body).not.toContain('secret');
  });

  it('tells the page to open allowed links in a new tab', async () => {
    const res = await call(
      'openExternal',
      { 'X-ReadyRoom-Token': token },
      '{"url":"https://zoom.us/test"}',
    );
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      value: { openedBy: 'tab', url: 'https://zoom.us/test' },
    });
  });

  it('pushes events to a subscriber that has the token, and refuses one without', async () => {
    const refused = await request(host.port, {
      path: '/api/events',
      headers: { Host: `127.0.0.1:${host.port}` },
    });
    expect(refused.status).toBe(401);

    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port: host.port,
          path: `/api/events?token=${token}`,
          headers: { Host: `127.0.0.1:${host.port}`, Cookie: cookie },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes(': connected') && !text.includes('settingsChanged')) {
              void backend.handlers.updateSettings({ language: 'es' });
            }
            if (text.includes('settingsChanged')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
    });
    expect(received).toContain('event: settingsChanged');
    expect(received).toContain('"language":"es"');
  });
});
