import type { SessionInfo } from '../../shared/api';
import { EventHub } from '../../electron/services/events';
import { createMemoryLogger } from '../../electron/services/log';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { ZoomService } from '../../electron/services/zoom-service';
import type { Session } from '../../electron/services/zoom/session';
import { sessionInfo, withSession } from '../../electron/services/zoom/sign-in-state';
import { fakeBrowser, startFakeZoom, type FakeZoom } from '../support/fake-zoom';

let fake: FakeZoom;
beforeEach(async () => {
  fake = await startFakeZoom();
});
afterEach(async () => {
  await fake.close();
});

/** The Zoom service over the fake Zoom, with every `sessionChanged` it announced. */
function service(openBrowser: (url: string) => Promise<void>, opensInTab = false) {
  const events = new EventHub();
  const announced: SessionInfo[] = [];
  events.subscribe((e) => {
    if (e.name === 'sessionChanged') announced.push(e.payload);
  });
  const zoom = new ZoomService({
    environment: fake.environment,
    secrets: new MemorySecretStore(),
    openBrowser,
    opensInTab,
    events,
    log: createMemoryLogger(),
    language: () => 'en',
  });
  return { zoom, announced, last: () => announced.at(-1) };
}

describe('the sign-in as the UI sees it', () => {
  it('waits with the page open, then says who signed in', async () => {
    const browser = fakeBrowser(fake, false);
    const { zoom, last } = service(browser.openBrowser, true);

    const started = await zoom.startSignIn();
    expect(started.session).toMatchObject({ state: 'signing-in', person: null, error: null });
    expect(started.session.signInUrl).toBe(browser.opened[0]);
    expect(started.openInTab).toBe(browser.opened[0]);
    expect(zoom.signedIn()).toBeNull();

    await fetch(await fake.authorize(browser.opened[0] ?? ''));
    await vi.waitFor(() => expect(last()?.state).toBe('signed-in'));
    expect(zoom.info()).toEqual({
      state: 'signed-in',
      person: {
        name: 'Maria Lopez',
        email: 'maria@riverside.example',
        accountId: 'acct-1',
        role: 'owner',
        kind: 'user',
      },
      signInUrl: null,
      error: null,
      secretBackend: 'memory',
    });
    expect(zoom.signedIn()?.email).toBe('maria@riverside.example');
  });

  it('leaves the opening of the page to Electron (no tab to open)', async () => {
    const browser = fakeBrowser(fake, false);
    const { zoom } = service(browser.openBrowser, false);
    expect((await zoom.startSignIn()).openInTab).toBeNull();
    zoom.cancelSignIn();
  });

  it('reports Deny as the reason, signed out', async () => {
    fake.deny = true;
    const { zoom, last } = service(fakeBrowser(fake).openBrowser);
    await zoom.startSignIn();
    await vi.waitFor(() => expect(last()?.error).toBe('sign-in-denied'));
    expect(zoom.info()).toMatchObject({ state: 'signed-out', signInUrl: null });
  });

  it('keeps waiting with the link to copy when no browser opens', async () => {
    const { zoom, last } = service(async () => {
      throw new Error('no browser here');
    });
    const started = await zoom.startSignIn();
    await vi.waitFor(() => expect(last()?.error).toBe('browser-not-opened'));
    const waiting = zoom.info();
    expect(waiting.state).toBe('signing-in');
    expect(waiting.signInUrl).toBe(started.session.signInUrl);

    // The person pastes the link into a browser by hand.
    await fetch(await fake.authorize(waiting.signInUrl ?? ''));
    await vi.waitFor(() => expect(last()?.state).toBe('signed-in'));
    expect(zoom.info().error).toBeNull();
  });

  it('brings the running sign-in forward instead of starting another', async () => {
    const browser = fakeBrowser(fake, false);
    const { zoom } = service(browser.openBrowser);
    const first = await zoom.startSignIn();
    const second = await zoom.startSignIn();
    expect(browser.opened).toHaveLength(2);
    expect(browser.opened[1]).toBe(browser.opened[0]);
    expect(second.session).toEqual(first.session);
    zoom.cancelSignIn();
  });

  it('is signed out after a cancel, and an old attempt ending late changes nothing', async () => {
    const browser = fakeBrowser(fake, false);
    const { zoom, announced } = service(browser.openBrowser);
    await zoom.startSignIn();
    expect(zoom.cancelSignIn()).toMatchObject({ state: 'signed-out', error: null });
    const count = announced.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(announced).toHaveLength(count);
    expect(zoom.info()).toMatchObject({ state: 'signed-out', error: null });

    // A new start is a new attempt, with its own page.
    await zoom.startSignIn();
    await fetch(await fake.authorize(browser.opened.at(-1) ?? ''));
    await vi.waitFor(() => expect(zoom.info().state).toBe('signed-in'));
    expect(browser.opened.at(-1)).not.toBe(browser.opened[0]);
  });

  it('asks the person to sign in again when Zoom ends the session, but not after a sign-out', async () => {
    const { zoom, last } = service(fakeBrowser(fake).openBrowser);
    await zoom.startSignIn();
    await vi.waitFor(() => expect(last()?.state).toBe('signed-in'));
    fake.expireAccessTokens();
    fake.revokeRefreshTokens();
    await expect(zoom.client().getMe()).rejects.toMatchObject({ code: 'session-expired' });
    expect(zoom.info()).toMatchObject({ state: 'signed-out', error: 'session-expired' });
    expect(zoom.signedIn()).toBeNull();

    await zoom.startSignIn();
    await vi.waitFor(() => expect(last()?.state).toBe('signed-in'));
    expect(await zoom.signOut()).toMatchObject({ state: 'signed-out', error: null });
    expect(last()).toMatchObject({ state: 'signed-out', error: null });
  });
});

describe('the sign-in state', () => {
  const session: Session = {
    userId: 'u1',
    name: 'Ana',
    email: 'ana@example.org',
    accountId: 'acct-1',
    role: 'member',
    roleName: 'Member',
    userType: 2,
    kind: 'user',
  };

  it('shows no person and no token while signing in', () => {
    const attempt = new Promise<Session>(() => undefined);
    expect(sessionInfo({ kind: 'opening', attempt }, 'keychain')).toEqual({
      state: 'signing-in',
      person: null,
      signInUrl: null,
      error: null,
      secretBackend: 'keychain',
    });
    expect(
      sessionInfo({ kind: 'waiting', attempt, url: 'https://z/a', browserOpened: false }, 'memory'),
    ).toMatchObject({ state: 'signing-in', signInUrl: 'https://z/a', error: 'browser-not-opened' });
  });

  it('turns a session that ends while signed in into "sign in again", and nothing else', () => {
    const signedIn = withSession({ kind: 'idle' }, session);
    expect(signedIn).toEqual({ kind: 'signed-in', session });
    expect(withSession(signedIn, null)).toEqual({ kind: 'failed', reason: 'session-expired' });
    expect(withSession({ kind: 'idle' }, null)).toEqual({ kind: 'idle' });
    expect(JSON.stringify(sessionInfo(signedIn, 'memory'))).not.toContain('u1');
  });
});
