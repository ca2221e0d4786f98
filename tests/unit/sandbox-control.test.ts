import { defaultClientVersion, nonprofitPeople } from '../../electron/sandbox/constants';
import { startTestSandbox, type TestSandbox } from '../contract/sandbox-http';

describe('sandbox control endpoints and faults', () => {
  let z: TestSandbox;
  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
  });
  afterEach(() => z.close());

  it('injects errors per path prefix, drops connections, and clears with {}', async () => {
    const token = await z.token();
    await z.control('faults', {
      errors: [{ pathPrefix: '/v2/users/me/meetings', rate: 1, status: 503 }],
    });
    const failed = await z.api('GET', '/users/me/meetings', { token });
    expect(failed.status).toBe(503);
    expect((failed.json as { code: number }).code).toBe(503);
    expect((await z.api('GET', '/users/me', { token })).status).toBe(200);
    expect((await z.control('state')).status).toBe(200);

    await z.control('faults', { dropConnections: true, dropPathPrefix: '/v2' });
    await expect(
      fetch(`${z.url}/v2/users/me`, { headers: { Authorization: `Bearer ${token}` } }),
    ).rejects.toThrow();
    expect((await z.control('state')).status).toBe(200);

    await z.control('faults', {});
    expect((await z.api('GET', '/users/me/meetings', { token })).status).toBe(200);
  });

  it('expires every token handed out so far on request', async () => {
    const token = await z.token();
    await z.control('faults', { expireAllTokens: true });
    const answer = await z.api('GET', '/users/me', { token });
    expect(answer.json).toEqual({ code: 124, message: 'Access token is expired.' });
    expect((await z.api('GET', '/users/me', { token: await z.token() })).status).toBe(200);
  });

  it('hands out tokens with chosen scopes and lifetimes', async () => {
    const noScopes = await z.token({ scopes: [] });
    const refused = await z.api('GET', '/users/me', { token: noScopes });
    expect(refused.json).toMatchObject({ code: 4700 });
    const short = await z.token({ email: nonprofitPeople.member.email, expiresIn: 5 });
    expect((await z.api('GET', '/users/me', { token: short })).status).toBe(200);
    const advanced = await z.control('clock', { advanceSeconds: 6 });
    expect(advanced.status).toBe(200);
    expect((await z.api('GET', '/users/me', { token: short })).status).toBe(401);
    const unknown = await z.control('tokens', { email: 'nobody@example.com' });
    expect(unknown.status).toBe(404);
  });

  it("records a Zoom app sign-in on the person's user record", async () => {
    const email = nonprofitPeople.member.email;
    const token = await z.token();
    const before = await z.api('GET', `/users/${email}`, { token });
    expect((before.json as { last_client_version?: string }).last_client_version).toBeUndefined();
    const signedIn = await z.control('app-signin', { email });
    expect(signedIn.json).toMatchObject({ last_client_version: defaultClientVersion });
    const after = await z.api('GET', `/users/${email}`, { token });
    expect(after.json).toMatchObject({ last_client_version: defaultClientVersion });
    const pending = await z.control('app-signin', { email: nonprofitPeople.pendingToday.email });
    expect(pending.status).toBe(404);
  });

  it('resets to another scenario and summarises the state', async () => {
    const reset = await z.control('reset', { scenario: 'large', users: 300 });
    expect(reset.json).toMatchObject({ scenario: 'large' });
    const state = await z.control('state');
    const account = (state.json as { accounts: Array<{ users: Record<string, number> }> })
      .accounts[0];
    const users = account?.users ?? {};
    expect((users.active ?? 0) + (users.inactive ?? 0) + (users.pending ?? 0)).toBe(300);
    const bad = await z.control('reset', { scenario: 'nowhere' });
    expect(bad.status).toBe(400);
    expect((bad.json as { error: string }).error).toContain('scenario');
  });

  it('answers control calls only with this run’s secret: not another web page, not another local user', async () => {
    const before = (await z.control('clock')).json as { now: string };
    // A page on another site can send a "simple" POST (text/plain, no custom header) without asking.
    const crossSite = await fetch(`${z.url}/_sandbox/clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' },
      body: JSON.stringify({ advanceSeconds: 86_400 }),
    });
    expect(crossSite.status).toBe(403);
    const token = await fetch(`${z.url}/_sandbox/tokens`, { method: 'POST', body: '{}' });
    expect(token.status).toBe(403);
    expect(await token.text()).not.toContain('access_token');
    const wrong = await fetch(`${z.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'x-sandbox-control': 'a-guess', 'Content-Type': 'application/json' },
      body: '{"latencyMs":5000}',
    });
    expect(wrong.status).toBe(403);
    expect((await z.control('clock')).json).toEqual(before);
    const state = (await z.control('state')).json as { faults: { latencyMs: number } };
    expect(state.faults.latencyMs).toBe(0);
    // The mailbox is demo email for people to read, and stays open.
    expect((await fetch(`${z.url}/_sandbox/mailbox`)).status).toBe(200);
  });
});
