import { createMemoryLogger } from '../../electron/services/log';
import { externalUrlToOpen, isAllowedExternalUrl } from '../../shared/external-links';
import { testBackend } from '../support/in-process';

describe('which links ReadyRoom opens in the browser', () => {
  it.each([
    'https://zoom.us/test',
    'https://us02web.zoom.us/j/123',
    'https://support.zoom.com/hc/en',
    'https://readyroom.app/help/wizard',
    'mailto:maria@example.org?subject=Help',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['plain http', 'http://zoom.us/test'],
    ['a look-alike host', 'https://zoom.us.evil.example/'],
    ['a host that only ends with the name', 'https://evilzoom.us/'],
    ['a login in the URL', 'https://user:pw@zoom.us/'],
    ['another port', 'https://zoom.us:8443/'],
    ['a custom scheme', 'zoommtg://zoom.us/join?confno=1'],
    ['not a URL', 'zoom.us'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['an over-long URL', `https://zoom.us/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('opens an extra origin only when it is named exactly', () => {
    const sandbox = 'http://127.0.0.1:40123';
    expect(isAllowedExternalUrl('http://127.0.0.1:40123/oauth/authorize', [sandbox])).toBe(true);
    expect(isAllowedExternalUrl('http://127.0.0.1:40124/oauth/authorize', [sandbox])).toBe(false);
    expect(isAllowedExternalUrl('http://127.0.0.1:40123/x')).toBe(false);
  });

  it('hands on the normalised address, never the raw text another parser could read differently', async () => {
    // WHATWG URL reads the backslash as a slash (host zoom.us); other parsers read host evil.com.
    expect(externalUrlToOpen('https://zoom.us\\@evil.com')).toBe('https://zoom.us/@evil.com');
    expect(externalUrlToOpen('https://ZOOM.us/j/1?x=a b')).toBe('https://zoom.us/j/1?x=a%20b');
    const opened: string[] = [];
    const log = createMemoryLogger();
    const backend = testBackend({
      log,
      openExternal: async (url) => {
        opened.push(url);
        return 'system';
      },
    });
    const answer = await backend.handlers.openExternal({ url: 'https://zoom.us\\@evil.com' });
    expect(opened).toEqual(['https://zoom.us/@evil.com']);
    expect(answer.url).toBe('https://zoom.us/@evil.com');
  });

  it('logs a refused link without its content', async () => {
    const log = createMemoryLogger();
    const backend = testBackend({ log });
    await expect(
      backend.handlers.openExternal({ url: 'https://evil.example/?secret=pasted-text' }),
    ).rejects.toMatchObject({ code: 'link-not-allowed' });
    const written = JSON.stringify(log.entries);
    expect(written).toContain('Refused to open a link');
    expect(written).not.toContain('evil.example');
    expect(written).not.toContain('pasted-text');
  });
});
