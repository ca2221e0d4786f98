import { createMemoryLogger } from '../../electron/services/log';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { ManualClock } from '../../electron/services/zoom/clock';
import type { FetchPort } from '../../electron/services/zoom/oauth-endpoints';
import type { Session } from '../../electron/services/zoom/session';
import { createZoomConnection } from '../../electron/services/zoom/zoom-connection';
import { fakeBrowser, startFakeZoom, type FakeZoom } from '../support/fake-zoom';

let fake: FakeZoom;
beforeEach(async () => {
  fake = await startFakeZoom();
});
afterEach(async () => {
  await fake.close();
});

/** Records, in one list, when a secret is saved and when the client sends a request. */
class RecordingSecrets extends MemorySecretStore {
  constructor(private readonly record: string[]) {
    super();
  }
  override async set(key: string, value: string): Promise<void> {
    // A slow keychain: the write takes a few turns of the event loop.
    for (let i = 0; i < 3; i += 1) await new Promise((r) => setImmediate(r));
    await super.set(key, value);
    this.record.push(`stored ${value}`);
  }
}

const refreshKey = () => `zoom:readyroom-demo@${new URL(fake.url).host}:refresh-token`;

function connect(
  options: { secrets?: MemorySecretStore; failRevoke?: boolean; offline?: boolean } = {},
) {
  const clock = new ManualClock();
  const record: string[] = [];
  const secrets = options.secrets ?? new RecordingSecrets(record);
  const fetchPort: FetchPort = async (url, init) => {
    const bearer = new Headers(init.headers).get('Authorization')?.replace('Bearer ', '');
    record.push(`fetch ${new URL(url).pathname} ${bearer ?? ''}`);
    if (options.offline) throw new TypeError('fetch failed');
    if (options.failRevoke && url.endsWith('/oauth/revoke')) throw new TypeError('fetch failed');
    return fetch(url, init);
  };
  const connection = createZoomConnection({
    environment: fake.environment,
    secrets,
    openBrowser: fakeBrowser(fake).openBrowser,
    log: createMemoryLogger(),
    language: () => 'en',
    clock,
    fetch: fetchPort,
  });
  return { ...connection, clock, secrets, record };
}

async function signedIn(options: Parameters<typeof connect>[0] = {}) {
  const c = connect(options);
  await c.auth.signIn();
  const changes: Array<Session | null> = [];
  c.auth.onSessionChange((s) => changes.push(s));
  return { ...c, changes, start: c.clock.now() };
}

/** The tokens the fake issued, in order. */
const issued = () =>
  fake.events
    .filter((e) => e.startsWith('issued '))
    .map((e) => {
      const [, access, refresh] = e.split(' ');
      return { access: access ?? '', refresh: refresh ?? '' };
    });

describe('keeping the Zoom session alive', () => {
  it('refreshes shortly before the access token expires, not earlier', async () => {
    const { client, clock, start } = await signedIn();
    clock.set(start + 50 * 60 * 1000);
    await client.getMe();
    expect(fake.tokenRequests('refresh_token')).toHaveLength(0);

    clock.set(start + 56 * 60 * 1000);
    await client.getMe();
    expect(fake.tokenRequests('refresh_token')).toHaveLength(1);
    const lastApi = fake.events.filter((e) => e.startsWith('api ')).at(-1);
    expect(lastApi).toContain(issued()[1]?.access);
  });

  it('refreshes once when Zoom refuses the access token (401 / 124) and repeats the call', async () => {
    const { client } = await signedIn();
    fake.expireAccessTokens();
    await expect(client.getMe()).resolves.toMatchObject({ email: 'maria@riverside.example' });
    expect(fake.tokenRequests('refresh_token')).toHaveLength(1);
  });

  it('does not loop when Zoom keeps refusing after a refresh', async () => {
    const { client } = await signedIn();
    fake.route('GET', '/v2/users/me', () => ({
      status: 401,
      body: { code: 124, message: 'Invalid access token.' },
    }));
    await expect(client.getMe()).rejects.toMatchObject({ code: 'invalid-token' });
    expect(fake.tokenRequests('refresh_token')).toHaveLength(1);
  });

  it('shares one refresh between calls that need it at the same time', async () => {
    const { client } = await signedIn();
    fake.expireAccessTokens();
    await Promise.all([client.getMe(), client.getMe(), client.getUser('me')]);
    expect(fake.tokenRequests('refresh_token')).toHaveLength(1);
  });

  it('shares one refresh when several calls find the token about to expire', async () => {
    const { client, clock, start } = await signedIn();
    clock.set(start + 59 * 60 * 1000);
    await Promise.all([client.getMe(), client.getMe()]);
    expect(fake.tokenRequests('refresh_token')).toHaveLength(1);
  });

  it('saves the new refresh token before the new access token is used', async () => {
    const { client, record } = await signedIn();
    fake.expireAccessTokens();
    await client.getMe();
    const rotated = issued()[1];
    const saved = record.indexOf(`stored ${rotated?.refresh}`);
    const firstUse = record.findIndex(
      (e) => e.startsWith('fetch /v2/') && e.endsWith(rotated?.access ?? '?'),
    );
    expect(saved).toBeGreaterThanOrEqual(0);
    expect(firstUse).toBeGreaterThan(saved);
  });

  it('ends the session once when the refresh token is no longer valid', async () => {
    const { client, auth, secrets, changes } = await signedIn();
    fake.expireAccessTokens();
    fake.revokeRefreshTokens();
    await expect(client.getMe()).rejects.toMatchObject({ code: 'session-expired' });
    expect(auth.session).toBeNull();
    expect(changes).toEqual([null]);
    expect(await secrets.get(refreshKey())).toBeNull();

    await expect(client.getMe()).rejects.toMatchObject({ code: 'not-signed-in' });
    expect(fake.tokenRequests('refresh_token')).toHaveLength(1);
  });

  it('starts signed out, and forgets the stored token, when it no longer works at start-up', async () => {
    const secrets = new MemorySecretStore();
    await secrets.set(refreshKey(), 'refresh-revoked');
    const { auth } = connect({ secrets });
    expect(await auth.restore()).toBeNull();
    expect(await secrets.get(refreshKey())).toBeNull();
  });
});

describe('starting up again', () => {
  it('keeps the stored sign-in when Zoom cannot be reached at start-up', async () => {
    const secrets = new MemorySecretStore();
    await signedIn({ secrets });
    const stored = await secrets.get(refreshKey());

    await expect(connect({ secrets, offline: true }).auth.restore()).rejects.toMatchObject({
      code: 'zoom-unreachable',
    });
    expect(await secrets.get(refreshKey())).toBe(stored);

    const online = connect({ secrets });
    expect(await online.auth.restore()).toMatchObject({ email: 'maria@riverside.example' });
    expect(await secrets.get(refreshKey())).not.toBe(stored);
  });

  it('keeps the rotated refresh token when only the profile could not be read', async () => {
    const secrets = new MemorySecretStore();
    await signedIn({ secrets });
    fake.route('GET', '/v2/users/me', () => ({
      status: 400,
      body: { code: 4700, message: 'Invalid access token, does not contain scopes.' },
    }));
    const { auth } = connect({ secrets });
    await expect(auth.restore()).rejects.toMatchObject({ code: 'missing-scopes' });
    expect(await secrets.get(refreshKey())).toBe(issued()[1]?.refresh);
    expect(auth.session).toBeNull();
  });
});

describe('signing out', () => {
  it('revokes the token at Zoom and deletes it here', async () => {
    const { auth, client, secrets, changes } = await signedIn();
    const access = issued()[0]?.access;
    await auth.signOut();
    const [revoke] = fake.requests.filter((r) => r.path === '/oauth/revoke');
    expect(revoke?.form).toEqual({ token: access, client_id: 'readyroom-demo' });
    expect(await secrets.get(refreshKey())).toBeNull();
    expect(auth.session).toBeNull();
    expect(changes).toEqual([null]);
    await expect(client.getMe()).rejects.toMatchObject({ code: 'not-signed-in' });
  });

  it('still forgets the tokens when Zoom cannot be reached', async () => {
    const { auth, secrets } = await signedIn({ failRevoke: true });
    await auth.signOut();
    expect(await secrets.get(refreshKey())).toBeNull();
    expect(auth.session).toBeNull();
  });
});

describe('Server-to-Server OAuth for admins', () => {
  const credentials = { accountId: 'acct-1', clientId: 's2s-client', clientSecret: 's2s-secret' };

  it('connects with Basic client credentials and keeps all three values as secrets', async () => {
    const secrets = new MemorySecretStore();
    const { auth } = connect({ secrets });
    const session = await auth.connectAccount(credentials);
    expect(session).toMatchObject({ kind: 'account', email: 'maria@riverside.example' });
    const [request] = fake.tokenRequests('account_credentials');
    expect(request?.authorization).toBe(
      `Basic ${Buffer.from('s2s-client:s2s-secret').toString('base64')}`,
    );
    expect(request?.form).toEqual({ grant_type: 'account_credentials', account_id: 'acct-1' });
    expect(await secrets.get(refreshKey())).toBeNull();

    const later = connect({ secrets });
    expect(await later.auth.restore()).toMatchObject({ kind: 'account' });
  });

  it('asks for a new token when the old one expires (there is no refresh token)', async () => {
    const { auth, client, clock } = connect();
    await auth.connectAccount(credentials);
    clock.set(clock.now() + 58 * 60 * 1000);
    await client.getMe();
    expect(fake.tokenRequests('account_credentials')).toHaveLength(2);
    expect(fake.tokenRequests('refresh_token')).toHaveLength(0);
  });

  it('refuses wrong credentials and stores nothing', async () => {
    const secrets = new MemorySecretStore();
    const { auth } = connect({ secrets });
    await expect(
      auth.connectAccount({ ...credentials, clientSecret: 'wrong' }),
    ).rejects.toMatchObject({
      code: 'account-credentials-rejected',
    });
    expect(await connect({ secrets }).auth.restore()).toBeNull();
  });
});
