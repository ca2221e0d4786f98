import path from 'node:path';
import {
  createRendererHandler,
  isRendererUrl,
  originOf,
  rendererOrigin,
} from '../../electron/main/app-protocol';

const files: Record<string, string> = {
  [path.resolve('/app/renderer/index.html')]: '<!doctype html><div id="root"></div>',
  [path.resolve('/app/renderer/assets/index.js')]: 'console.log(1)',
  [path.resolve('/app/secret.json')]: '{"never":"served"}',
};
const serve = createRendererHandler('/app/renderer', "default-src 'self'", async (file) => {
  const text = files[file];
  if (text === undefined) throw new Error('ENOENT');
  return new TextEncoder().encode(text);
});

describe('the app://readyroom origin', () => {
  it('is compared exactly, never by prefix', () => {
    expect(rendererOrigin).toBe('app://readyroom');
    expect(isRendererUrl('app://readyroom/index.html')).toBe(true);
    expect(isRendererUrl('app://readyroom')).toBe(true);
    for (const url of [
      'app://readyroom.evil.example/',
      'app://readyroomx/',
      'app://other/readyroom',
      'https://readyroom/',
      'file:///app/renderer/index.html',
      'not a url',
      null,
      undefined,
    ])
      expect(isRendererUrl(url), String(url)).toBe(false);
    expect(originOf('not a url')).toBeNull();
  });
});

describe('serving the renderer on app://readyroom', () => {
  it('answers the page and its scripts with the CSP and the right types', async () => {
    const page = await serve(new Request('app://readyroom/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('id="root"');
    const script = await serve(new Request('app://readyroom/assets/index.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const head = await serve(new Request('app://readyroom/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it.each([
    ['a path out of the folder', 'app://readyroom/%2e%2e/secret.json', 404],
    ['an encoded slash out of the folder', 'app://readyroom/..%2fsecret.json', 404],
    ['a missing file', 'app://readyroom/nope.js', 404],
    ['a file type it does not serve', 'app://readyroom/index.exe', 404],
    ['another host', 'app://elsewhere/index.html', 404],
    ['bad percent-encoding', 'app://readyroom/%E0%A4%A', 400],
  ])('refuses %s', async (_label, url, status) => {
    const answer = await serve(new Request(url));
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  it('refuses anything but GET and HEAD', async () => {
    const answer = await serve(
      new Request('app://readyroom/index.html', { method: 'PUT', body: 'x' }),
    );
    expect(answer.status).toBe(405);
  });
});
