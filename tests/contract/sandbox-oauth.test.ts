import {
  nonprofitPeople,
  sandboxClientId,
  sandboxOrganisation,
} from '../../electron/sandbox/constants';
import { startTestSandbox, type TestSandbox } from './sandbox-http';
import {
  challengeOf,
  oauthDriver,
  redirect,
  verifier,
  type TokenAnswer,
} from './sandbox-oauth-flow';

describe('Zoom sandbox OAuth: authorize, PKCE and codes', () => {
  let z: TestSandbox;
  let authorizeUrl: ReturnType<typeof oauthDriver>['authorizeUrl'];
  let signIn: ReturnType<typeof oauthDriver>['signIn'];
  let token: ReturnType<typeof oauthDriver>['token'];
  let codeFor: ReturnType<typeof oauthDriver>['codeFor'];

  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
    ({ authorizeUrl, signIn, token, codeFor } = oauthDriver(z.url));
  });
  afterEach(() => z.close());

  it("signs in with PKCE S256 and answers with Zoom's token fields", async () => {
    const v = verifier();
    const back = await signIn({
      email: nonprofitPeople.owner.email,
      challenge: challengeOf(v),
      state: 'xyz 1',
    });
    expect(back.origin + back.pathname).toBe(redirect);
    expect(back.searchParams.get('state')).toBe('xyz 1');
    const answer = await token({
      grant_type: 'authorization_code',
      client_id: sandboxClientId,
      code: back.searchParams.get('code') ?? '',
      redirect_uri: redirect,
      code_verifier: v,
    });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as TokenAnswer;
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 3600, api_url: z.url });
    expect(body.scope.split(' ')).toEqual(
      expect.arrayContaining(['user:read:admin', 'meeting:write:admin']),
    );
    expect(typeof body.refresh_token).toBe('string');
    const me = await z.api('GET', '/users/me', { token: body.access_token });
    expect((me.json as { email: string }).email).toBe(nonprofitPeople.owner.email);
  });

  it('refuses a wrong or missing code_verifier', async () => {
    const v = verifier();
    const code = await codeFor(nonprofitPeople.owner.email, v);
    for (const codeVerifier of [verifier(), undefined]) {
      const answer = await token({
        grant_type: 'authorization_code',
        client_id: sandboxClientId,
        code,
        redirect_uri: redirect,
        ...(codeVerifier ? { code_verifier: codeVerifier } : {}),
      });
      expect(answer.status).toBe(400);
      expect(await answer.json()).toMatchObject({ error: 'invalid_grant' });
    }
  });

  it('uses a code once only, and not after five minutes', async () => {
    const v = verifier();
    const code = await codeFor(nonprofitPeople.owner.email, v);
    const form = {
      grant_type: 'authorization_code',
      client_id: sandboxClientId,
      code,
      redirect_uri: redirect,
      code_verifier: v,
    };
    expect((await token(form)).status).toBe(200);
    const reuse = await token(form);
    expect(reuse.status).toBe(400);
    expect(await reuse.json()).toMatchObject({ error: 'invalid_grant' });

    const v2 = verifier();
    const late = await codeFor(nonprofitPeople.owner.email, v2);
    z.clock.advance(5 * 60 + 1);
    const expired = await token({ ...form, code: late, code_verifier: v2 });
    expect(expired.status).toBe(400);
  });

  it('compares redirect URIs ignoring the loopback port, and refuses other redirects', async () => {
    const v = verifier();
    const code = await codeFor(nonprofitPeople.owner.email, v);
    const mismatch = await token({
      grant_type: 'authorization_code',
      client_id: sandboxClientId,
      code,
      redirect_uri: 'http://127.0.0.1:53682/other',
      code_verifier: v,
    });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toEqual({
      reason: 'Invalid request : Redirect URI mismatch.',
      error: 'invalid_request',
    });
    const otherPort = await token({
      grant_type: 'authorization_code',
      client_id: sandboxClientId,
      code,
      redirect_uri: 'http://127.0.0.1:9/callback',
      code_verifier: v,
    });
    expect(otherPort.status).toBe(200);

    for (const bad of [
      'https://evil.example/callback',
      'http://localhost:53682/callback',
      'readyroom://callback',
    ]) {
      const page = await fetch(
        authorizeUrl({
          redirect_uri: bad,
          code_challenge: challengeOf(v),
          code_challenge_method: 'S256',
        }),
      );
      expect(page.status).toBe(400);
      expect(await page.text()).toContain('4,709');
    }
    const wrongClient = await fetch(
      authorizeUrl({ client_id: 'someone-else', code_challenge: challengeOf(v) }),
    );
    expect(wrongClient.status).toBe(400);
  });

  it('sends error=access_denied with the state when the person presses Deny', async () => {
    const back = await signIn({
      email: nonprofitPeople.owner.email,
      challenge: challengeOf(verifier()),
      state: 'deny-me',
      decision: 'deny',
    });
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('deny-me');
    expect(back.searchParams.get('code')).toBeNull();
  });

  it('signs a person in to their personal free account when that is where they are active', async () => {
    const v = verifier();
    const code = await codeFor(nonprofitPeople.pendingTwoDays.email, v);
    const tokens = (await (
      await token({
        grant_type: 'authorization_code',
        client_id: sandboxClientId,
        code,
        redirect_uri: redirect,
        code_verifier: v,
      })
    ).json()) as TokenAnswer;
    const me = await z.api('GET', '/users/me', { token: tokens.access_token });
    expect(me.json).toMatchObject({ type: 1, login_types: [1] });
    expect((me.json as { account_id: string }).account_id).not.toBe(sandboxOrganisation.accountId);
  });

  it('tells a pending invitee to activate first instead of signing them in', async () => {
    const page = await fetch(
      authorizeUrl({ code_challenge: challengeOf(verifier()), code_challenge_method: 'S256' }),
    );
    const request = /name="request" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    const answer = await fetch(`${z.url}/oauth/signin`, {
      method: 'POST',
      body: new URLSearchParams({ request, email: nonprofitPeople.pendingNineDays.email }),
    });
    expect(await answer.text()).toContain('has not activated their Zoom account yet');
  });
});
