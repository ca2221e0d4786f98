import {
  demoServerToServerApp,
  nonprofitPeople,
  sandboxClientId,
  sandboxOrganisation,
} from '../../electron/sandbox/constants';
import { startTestSandbox, type TestSandbox } from './sandbox-http';
import { oauthDriver, type TokenAnswer } from './sandbox-oauth-flow';

describe('Zoom sandbox OAuth: tokens, refresh, revoke, server-to-server', () => {
  let z: TestSandbox;
  let oauth: ReturnType<typeof oauthDriver>;

  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
    oauth = oauthDriver(z.url);
  });
  afterEach(() => z.close());

  const refresh = (refreshToken: string | undefined) =>
    oauth.token({
      grant_type: 'refresh_token',
      client_id: sandboxClientId,
      refresh_token: refreshToken ?? '',
    });

  it('gives a member user-level scopes only', async () => {
    const tokens = await oauth.tokensFor(nonprofitPeople.member.email);
    expect(tokens.scope.split(' ').some((s) => s.endsWith(':admin'))).toBe(false);
    expect(tokens.scope.split(' ')).toContain('user:read');
  });

  it('rotates refresh tokens: the old one stops working at once', async () => {
    const first = await oauth.tokensFor(nonprofitPeople.owner.email);
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    const rotated = (await second.json()) as TokenAnswer;
    expect(rotated.refresh_token).not.toBe(first.refresh_token);
    expect(rotated.refresh_token).toEqual(expect.any(String));

    const old = await refresh(first.refresh_token);
    expect(old.status).toBe(400);
    expect(await old.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await refresh(rotated.refresh_token)).status).toBe(200);
  });

  it('revokes: the access token and its refresh token stop working', async () => {
    const tokens = await oauth.tokensFor(nonprofitPeople.owner.email);
    const revoked = await fetch(`${z.url}/oauth/revoke`, {
      method: 'POST',
      body: new URLSearchParams({ token: tokens.access_token, client_id: sandboxClientId }),
    });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toEqual({ status: 'success' });
    const me = await z.api('GET', '/users/me', { token: tokens.access_token });
    expect([me.status, (me.json as { code: number }).code]).toEqual([401, 124]);
    expect((await refresh(tokens.refresh_token)).status).toBe(400);
  });

  it('issues server-to-server tokens for the demo app with Basic client:secret', async () => {
    const basic = (secret: string) =>
      `Basic ${Buffer.from(`${demoServerToServerApp.clientId}:${secret}`).toString('base64')}`;
    const form = { grant_type: 'account_credentials', account_id: sandboxOrganisation.accountId };
    const ok = await oauth.token(form, {
      Authorization: basic(demoServerToServerApp.clientSecret),
    });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as TokenAnswer;
    expect(body.refresh_token).toBeUndefined();
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    expect(body.scope).toContain('user:read:admin');
    expect((await z.api('GET', '/users', { token: body.access_token })).status).toBe(200);

    const refused = await oauth.token(form, { Authorization: basic('nope') });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: 'invalid_client' });
    const wrongAccount = await oauth.token(
      { ...form, account_id: 'nope' },
      { Authorization: basic(demoServerToServerApp.clientSecret) },
    );
    expect(wrongAccount.status).toBe(400);
  });

  it('honours a shorter expires_in (sandbox extension) and then answers 124', async () => {
    const tokens = await oauth.tokensFor(nonprofitPeople.owner.email, { expires_in: '60' });
    expect(tokens.expires_in).toBe(60);
    z.clock.advance(61);
    const me = await z.api('GET', '/users/me', { token: tokens.access_token });
    expect(me.status).toBe(401);
    expect(me.json).toEqual({ code: 124, message: 'Access token is expired.' });
  });

  it('survives the token faults: expired access tokens refresh, revoked refresh tokens do not', async () => {
    const tokens = await oauth.tokensFor(nonprofitPeople.owner.email);
    await z.control('faults', { expireAllTokens: true });
    expect((await z.api('GET', '/users/me', { token: tokens.access_token })).status).toBe(401);
    const refreshed = await refresh(tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    const next = (await refreshed.json()) as TokenAnswer;
    expect((await z.api('GET', '/users/me', { token: next.access_token })).status).toBe(200);

    await z.control('faults', { revokeAllRefreshTokens: true });
    const refused = await refresh(next.refresh_token);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'invalid_grant' });
  });
});
