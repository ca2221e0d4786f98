import { nonprofitPeople, sandboxOrganisation } from '../../electron/sandbox/constants';
import { challengeOf, verifier } from './sandbox-oauth-flow';
import { startTestSandbox, type TestSandbox } from './sandbox-http';

/**
 * The sandbox stands in for the Marketplace's app pages: an app built with a configuration gets
 * Zoom's answers for that configuration (docs/zoom-app-setup.md records where each came from).
 */
const redirect = 'http://127.0.0.1:53999/callback';
const allowList = ['http://127.0.0.1/callback'];

type AppAnswer = { client_id: string; client_secret: string };

describe('apps built in the sandbox answer as Zoom does for their configuration', () => {
  let z: TestSandbox;
  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
  });
  afterEach(() => z.close());

  const build = async (config: Record<string, unknown>): Promise<AppAnswer> => {
    const answer = await z.control('apps', {
      type: 'user-managed',
      publicClient: true,
      redirectAllowList: allowList,
      scopes: ['user:read:user'],
      activated: true,
      ...config,
    });
    expect(answer.status).toBe(200);
    return answer.json as AppAnswer;
  };

  const authorize = (clientId: string, redirectUri = redirect, challenge = 'c'.repeat(43)) => {
    const url = new URL(`${z.url}/oauth/authorize`);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: redirectUri,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 's',
    }).toString();
    return fetch(url);
  };

  type SignInResult =
    | { readonly refused: { readonly status: number; readonly html: string } }
    | { readonly code: string };

  /** Sign-in and consent as a person would; the code, or the page that refused. */
  const signIn = async (clientId: string, email: string, v: string): Promise<SignInResult> => {
    const page = await authorize(clientId, redirect, challengeOf(v));
    const request = /name="request" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    const consent = await fetch(`${z.url}/oauth/signin`, {
      method: 'POST',
      body: new URLSearchParams({ request, email }),
    });
    const html = await consent.text();
    const user = /name="user" value="([^"]+)"/.exec(html)?.[1];
    if (!user) return { refused: { status: consent.status, html } };
    const decision = await fetch(`${z.url}/oauth/consent`, {
      method: 'POST',
      body: new URLSearchParams({ request, user, decision: 'allow' }),
      redirect: 'manual',
    });
    const code = new URL(decision.headers.get('location') ?? '').searchParams.get('code') ?? '';
    return { code };
  };

  const tokens = async (app: AppAnswer, email: string, withSecret = false) => {
    const v = verifier();
    const result = await signIn(app.client_id, email, v);
    if ('refused' in result) throw new Error(`refused: ${result.refused.html}`);
    return fetch(`${z.url}/oauth/token`, {
      method: 'POST',
      headers: withSecret
        ? {
            Authorization: `Basic ${Buffer.from(`${app.client_id}:${app.client_secret}`).toString('base64')}`,
          }
        : {},
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: result.code,
        redirect_uri: redirect,
        code_verifier: v,
        ...(withSecret ? {} : { client_id: app.client_id }),
      }),
    });
  };

  it('a public client with granular scopes: the token carries them, a call without its scope gets 4711', async () => {
    const app = await build({ scopes: ['user:read:user'] });
    const answer = await tokens(app, nonprofitPeople.member.email);
    expect(answer.status).toBe(200);
    const token = (await answer.json()) as { access_token: string; scope: string };
    expect(token.scope).toBe('user:read:user');
    const me = await z.api('GET', '/users/me', { token: token.access_token });
    expect(me.status).toBe(200);
    const team = await z.api('GET', '/users?status=active', { token: token.access_token });
    expect(team.status).toBe(400);
    // Zoom answered 4711 to a user-managed app with granular scopes (DF /t/…/108207).
    expect(team.json).toEqual({
      code: 4711,
      message: 'Invalid access token, does not contain scopes:[user:read:list_users:admin].',
    });
  });

  it('an admin-managed app without a scope gets 4700, naming the user-level and admin forms', async () => {
    const app = await build({ type: 'admin-managed', scopes: ['user:read:list_users:admin'] });
    const answer = await tokens(app, nonprofitPeople.owner.email);
    const token = (await answer.json()) as { access_token: string; scope: string };
    const me = await z.api('GET', '/users/me', { token: token.access_token });
    expect(me.status).toBe(400);
    expect(me.json).toEqual({
      code: 4700,
      message:
        'Invalid access token, does not contain scopes:[user:read:user, user:read:user:admin].',
    });
  });

  it('a redirect that is not on the allow list gets Zoom’s 4,709 page', async () => {
    const app = await build({ redirectAllowList: ['http://127.0.0.1/other'] });
    const page = await authorize(app.client_id);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('(4,709)');
    const unknown = await authorize('no-such-app');
    expect(await unknown.text()).toContain('Invalid client_id: no-such-app (4,702)');
  });

  it('an app turned off refuses sign-in, and the tokens it gave stop working', async () => {
    const app = await build({});
    const answer = await tokens(app, nonprofitPeople.member.email);
    const { access_token: token } = (await answer.json()) as { access_token: string };
    expect((await z.api('GET', '/users/me', { token })).status).toBe(200);
    await z.control('apps/update', { clientId: app.client_id, activated: false });
    expect(await (await authorize(app.client_id)).text()).toContain('(4,717)');
    const after = await z.api('GET', '/users/me', { token });
    expect(after.status).toBe(401);
    expect((after.json as { code: number }).code).toBe(124);
  });

  it('an admin-managed app: a member is told an admin must add it; an admin gets its admin scopes', async () => {
    const app = await build({
      type: 'admin-managed',
      scopes: ['user:read:list_users:admin', 'user:read:user:admin'],
    });
    const member = await signIn(app.client_id, nonprofitPeople.member.email, verifier());
    if (!('refused' in member)) throw new Error('A member could add an admin-managed app.');
    expect(member.refused.status).toBe(403);
    expect(member.refused.html).toContain(
      'An account admin is required to install this type of app.',
    );
    const answer = await tokens(app, nonprofitPeople.owner.email);
    const token = (await answer.json()) as { access_token: string; scope: string };
    expect(token.scope).toBe('user:read:list_users:admin user:read:user:admin');
    const team = await z.api('GET', '/users?status=active', { token: token.access_token });
    expect(team.status).toBe(200);
  });

  it('without "Use Public Client OAuth" the token request needs the secret', async () => {
    const app = await build({ publicClient: false });
    const without = await tokens(app, nonprofitPeople.member.email);
    expect(without.status).toBe(401);
    expect(await without.json()).toEqual({
      reason: 'Invalid client_id or client_secret',
      error: 'invalid_client',
    });
    const withSecret = await tokens(app, nonprofitPeople.member.email, true);
    expect(withSecret.status).toBe(200);
  });

  it('a Server-to-Server app gets an account token with its own scopes, only while activated', async () => {
    const app = await build({
      type: 'server-to-server',
      publicClient: false,
      redirectAllowList: [],
      scopes: ['user:read:list_users:admin'],
    });
    const ask = () =>
      fetch(`${z.url}/oauth/token`, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${Buffer.from(`${app.client_id}:${app.client_secret}`).toString('base64')}`,
        },
        body: new URLSearchParams({
          grant_type: 'account_credentials',
          account_id: sandboxOrganisation.accountId,
        }),
      });
    const answer = await ask();
    expect(answer.status).toBe(200);
    const token = (await answer.json()) as { access_token: string; scope: string };
    expect(token.scope).toBe('user:read:list_users:admin');
    const create = await z.api('POST', '/users', {
      token: token.access_token,
      body: { action: 'create', user_info: { email: 'new@example.org', type: 1 } },
    });
    expect(create.status).toBe(400);
    expect((create.json as { message: string }).message).toContain('user:write:user:admin');
    await z.control('apps/update', { clientId: app.client_id, activated: false });
    expect((await ask()).status).toBe(401);
  });
});
