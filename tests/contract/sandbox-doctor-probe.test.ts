import { probeAuthorizePage } from '../../electron/services/connection-doctor';
import { startTestSandbox, type TestSandbox } from './sandbox-http';

/**
 * The connection doctor asks Zoom's sign-in page about the client ID without signing in; the
 * sandbox's pages answer with Zoom's codes (4,702 / 4,709 / 4,717, docs/zoom-app-setup.md §8).
 */
describe('the doctor reads what the sign-in page says about an app', () => {
  let z: TestSandbox;
  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
  });
  afterEach(() => z.close());

  const build = async (config: Record<string, unknown>): Promise<string> => {
    const answer = await z.control('apps', {
      type: 'user-managed',
      publicClient: true,
      redirectAllowList: ['http://127.0.0.1/callback'],
      scopes: ['user:read:user'],
      activated: true,
      ...config,
    });
    return (answer.json as { client_id: string }).client_id;
  };
  const probe = (clientId: string) =>
    probeAuthorizePage({ oauthBase: z.url, apiBase: `${z.url}/v2`, clientId }, (url, init) =>
      fetch(url, init),
    );

  it('takes a well set-up app', async () => {
    expect(await probe(await build({}))).toBe('accepted');
  });

  it('names an unknown client ID, a redirect not allowed, and an app turned off', async () => {
    expect(await probe('no-such-app')).toBe('client-id-unknown');
    expect(await probe(await build({ redirectAllowList: ['http://127.0.0.1/other'] }))).toBe(
      'redirect-not-allowed',
    );
    expect(await probe(await build({ activated: false }))).toBe('app-not-activated');
  });

  it('says Zoom could not be reached when nothing answers', async () => {
    const closed = `http://127.0.0.1:9`;
    const answer = await probeAuthorizePage(
      { oauthBase: closed, apiBase: `${closed}/v2`, clientId: 'x' },
      (url, init) => fetch(url, init),
    );
    expect(answer).toBe('unreachable');
  });
});
