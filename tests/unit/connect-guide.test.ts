import { callbackPath } from '../../electron/services/zoom/loopback-listener';
import { externalUrlToOpen } from '../../shared/external-links';
import { scopesToAdd } from '../../shared/zoom-scopes';
import {
  guideSteps,
  marketplaceUrl,
  registeredRedirectUrl,
  scopeListToPaste,
} from '../../renderer/connect/guide-steps';

describe('the values the connect guide hands the admin', () => {
  it('names the redirect URL the loopback listener answers on, without the port Zoom ignores', () => {
    expect(registeredRedirectUrl).toBe(`http://127.0.0.1${callbackPath}`);
  });

  it('pastes every admin scope once, separated by spaces', () => {
    expect(scopeListToPaste().split(' ')).toEqual(scopesToAdd('admin'));
  });

  it('opens the demo’s practice Marketplace in demo mode, else Zoom’s, and either may be opened', () => {
    const demo = marketplaceUrl('http://127.0.0.1:4567/_sandbox/mailbox');
    expect(demo).toBe('http://127.0.0.1:4567/marketplace');
    expect(externalUrlToOpen(demo, ['http://127.0.0.1:4567'])).toBe(demo);
    expect(externalUrlToOpen(marketplaceUrl(null))).toBe('https://marketplace.zoom.us/');
  });

  it('asks a Server-to-Server app for no redirect and no client ID', () => {
    expect(guideSteps('s2s')).not.toContain('basic-info');
    expect(guideSteps('s2s')).not.toContain('client-id');
    expect(guideSteps('own')).toEqual(expect.arrayContaining(['basic-info', 'client-id']));
  });
});
