import { createHash } from 'node:crypto';
import { createMemoryLogger } from '../../electron/services/log';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { ManualClock } from '../../electron/services/zoom/clock';
import type { ZoomEnvironment } from '../../electron/services/zoom/environment';
import type { Session } from '../../electron/services/zoom/session';
import { createZoomConnection } from '../../electron/services/zoom/zoom-connection';
import type { Language } from '../../shared/settings';
import { fakeBrowser, startFakeZoom, type FakeBrowser, type FakeZoom } from '../support/fake-zoom';

let fake: FakeZoom;
beforeEach(async () => {
  fake = await startFakeZoom();
});
afterEach(async () => {
  await fake.close();
});

function connect(
  options: {
    browser?: Pick<FakeBrowser, 'openBrowser'>;
    environment?: ZoomEnvironment;
    language?: Language;
    secrets?: MemorySecretStore;
  } = {},
) {
  const clock = new ManualClock();
  const secrets = options.secrets ?? new MemorySecretStore();
  const browser = options.browser ?? fakeBrowser(fake);
  const connection = createZoomConnection({
    environment: options.environment ?? fake.environment,
    secrets,
    openBrowser: browser.openBrowser,
    log: createMemoryLogger(),
    language: () => options.language ?? 'en',
    clock,
  });
  return { ...connection, clock, secrets, browser };
}

describe('signing in through the system browser', () => {
  it('signs in with PKCE and a public client, and says who signed in', async () => {
    const browser = fakeBrowser(fake);
    const { auth, secrets } = connect({ browser });
    const changes: Array<Session | null> = [];
    auth.onSessionChange((s) => changes.push(s));

    const session = await auth.signIn();

    expect(session).toMatchObject({
      name: 'Maria Lopez',
      email: 'maria@riverside.example',
      accountId: 'acct-1',
      role: 'owner',
      userType: 2,
      kind: 'user',
    });
    expect(auth.session).toEqual(session);
    expect(changes).toEqual([session]);
    expect(JSON.stringify(session)).not.toMatch(/access-|refresh-/);

    const authorize = new URL(browser.opened[0] ?? '');
    const q = Object.fromEntries(authorize.searchParams);
    expect(authorize.pathname).toBe('/oauth/authorize');
    expect(q).toMatchObject({
      response_type: 'code',
      client_id: 'readyroom-demo',
      code_challenge_method: 'S256',
    });
    expect(q.redirect_uri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(q.state?.length).toBeGreaterThanOrEqual(32);

    const [exchange] = fake.tokenRequests('authorization_code');
    expect(exchange?.authorization).toBeUndefined();
    expect(Object.keys(exchange?.form ?? {}).sort()).toEqual(
      ['client_id', 'code', 'code_verifier', 'grant_type', 'redirect_uri'].sort(),
    );
    expect(exchange?.form.redirect_uri).toBe(q.redirect_uri);
    const verifier = exchange?.form.code_verifier ?? '';
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(q.code_challenge);

    expect(await browser.pages[0]).toContain("You're signed in — you can go back to ReadyRoom");
    await expect(fetch(q.redirect_uri ?? '')).rejects.toThrow();
    expect(
      await secrets.get('zoom:readyroom-demo@' + new URL(fake.url).host + ':refresh-token'),
    ).toMatch(/^refresh-/);
  });

  it('shows the callback page in Spanish when the person uses Spanish', async () => {
    const browser = fakeBrowser(fake);
    await connect({ browser, language: 'es' }).auth.signIn();
    expect(await browser.pages[0]).toContain('Ya inició sesión');
  });

  it('reports Deny as its own failure and stays signed out', async () => {
    fake.deny = true;
    const browser = fakeBrowser(fake);
    const { auth } = connect({ browser });
    await expect(auth.signIn()).rejects.toMatchObject({ code: 'sign-in-denied' });
    expect(auth.session).toBeNull();
    expect(await browser.pages[0]).toContain(
      'You chose not to let ReadyRoom use your Zoom account',
    );
    expect(fake.tokenRequests()).toHaveLength(0);
  });

  it('reports a refused code and tells the waiting tab', async () => {
    fake.rejectCodes = true;
    const browser = fakeBrowser(fake);
    const { auth } = connect({ browser });
    await expect(auth.signIn()).rejects.toMatchObject({ code: 'sign-in-code-rejected' });
    expect(await browser.pages[0]).toContain('Zoom did not accept this sign-in');
    expect(auth.session).toBeNull();
  });

  it('reports "offline" when the token request cannot connect, and tells the waiting tab', async () => {
    const gone = await startFakeZoom();
    await gone.close();
    let page: Promise<string> = Promise.resolve('');
    // Zoom's page worked, then the network went away before the code could be exchanged.
    const openBrowser = async (url: string) => {
      const q = new URL(url).searchParams;
      page = fetch(`${q.get('redirect_uri')}?code=c&state=${q.get('state')}`).then((r) => r.text());
    };
    const { auth } = connect({ browser: { openBrowser }, environment: gone.environment });
    await expect(auth.signIn()).rejects.toMatchObject({ code: 'offline' });
    expect(await page).toContain('ReadyRoom could not reach Zoom');
  });

  it('runs one sign-in at a time: a second start brings the first forward', async () => {
    const browser = fakeBrowser(fake, false);
    const { auth } = connect({ browser });
    const first = auth.signIn();
    const second = auth.signIn();
    await vi.waitFor(() => expect(browser.opened).toHaveLength(2));
    expect(browser.opened[1]).toBe(browser.opened[0]);

    const callback = await fake.authorize(browser.opened[0] ?? '');
    await fetch(callback);
    const [a, b] = await Promise.all([first, second]);
    expect(a).toEqual(b);
    expect(fake.tokenRequests('authorization_code')).toHaveLength(1);
  });

  it('can be cancelled, which closes the listener', async () => {
    const browser = fakeBrowser(fake, false);
    const { auth } = connect({ browser });
    const signingIn = auth.signIn();
    await vi.waitFor(() => expect(browser.opened).toHaveLength(1));
    auth.cancelSignIn();
    await expect(signingIn).rejects.toMatchObject({ code: 'sign-in-cancelled' });
    const redirect = new URL(browser.opened[0] ?? '').searchParams.get('redirect_uri') ?? '';
    await expect(fetch(redirect)).rejects.toThrow();
    expect(auth.currentSignIn()).toBeNull();
  });

  it('gives up after the time-out', async () => {
    const browser = fakeBrowser(fake, false);
    const { auth, clock } = connect({ browser });
    const failure = auth.signIn().catch((e: unknown) => e);
    await vi.waitFor(() => expect(browser.opened).toHaveLength(1));
    await clock.advance(5 * 60 * 1000 - 1);
    expect(auth.currentSignIn()).not.toBeNull();
    await clock.advance(1);
    expect(await failure).toMatchObject({ code: 'sign-in-timed-out' });
    expect(auth.currentSignIn()).toBeNull();
  });

  it('hands out the link to copy when no browser opens, and keeps waiting for it', async () => {
    const openBrowser = async () => {
      throw new Error('no browser here');
    };
    const { auth } = connect({ browser: { openBrowser } });
    const error = await auth.signIn().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'browser-not-opened' });
    const pending = auth.currentSignIn();
    expect((error as { url?: string }).url).toBe(pending?.authorizeUrl);

    // The person pastes the link into a browser by hand.
    await fetch(await fake.authorize(pending?.authorizeUrl ?? ''));
    expect(await pending?.result).toMatchObject({ email: 'maria@riverside.example' });
  });

  it('restores the session at the next start from the stored refresh token', async () => {
    const secrets = new MemorySecretStore();
    await connect({ secrets }).auth.signIn();

    const later = connect({ secrets });
    const session = await later.auth.restore();
    expect(session).toMatchObject({ email: 'maria@riverside.example', role: 'owner' });
    expect(fake.tokenRequests('refresh_token')).toHaveLength(1);
  });

  it('starts signed out when nothing is stored', async () => {
    expect(await connect().auth.restore()).toBeNull();
    expect(fake.tokenRequests()).toHaveLength(0);
  });
});
