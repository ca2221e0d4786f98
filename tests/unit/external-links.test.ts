import { isAllowedExternalUrl } from '../../shared/external-links';

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
});
