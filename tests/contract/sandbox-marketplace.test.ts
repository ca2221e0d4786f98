import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { startTestSandbox, type TestSandbox } from './sandbox-http';

/**
 * The sandbox's Marketplace pages (electron/sandbox/marketplace-pages.ts): an owner or admin builds
 * an app and changes its Basic Info, Scopes and Activation with forms, and the app registry
 * (what /_sandbox/apps reports, and what OAuth answers from) changes with them.
 */
describe('the sandbox Marketplace pages', () => {
  let z: TestSandbox;
  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
  });
  afterEach(() => z.close());

  const apps = async (): Promise<Record<string, unknown>[]> =>
    (
      (await fetch(`${z.url}/_sandbox/apps`, {
        headers: { 'X-Sandbox-Control': z.sandbox.controlSecret },
      }).then((r) => r.json())) as { apps: Record<string, unknown>[] }
    ).apps;

  const signIn = async (email: string): Promise<Response> =>
    fetch(`${z.url}/marketplace/signin`, {
      method: 'POST',
      body: new URLSearchParams({ email }),
      redirect: 'manual',
    });

  const session = async () => {
    const answer = await signIn(nonprofitPeople.owner.email);
    expect(answer.status).toBe(302);
    const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(answer.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    const get = (path: string) => fetch(`${z.url}${path}`, { headers: { cookie } });
    const home = await (await get('/marketplace')).text();
    const formToken = /name="form_token" value="([^"]+)"/.exec(
      await (await get('/marketplace/build')).text(),
    )?.[1];
    expect(home).toContain('Build App');
    const post = (path: string, fields: Record<string, string>, headers = {}) =>
      fetch(`${z.url}${path}`, {
        method: 'POST',
        headers: { cookie, ...headers },
        body: new URLSearchParams({ form_token: formToken ?? '', ...fields }),
        redirect: 'manual',
      });
    return { get, post, cookie };
  };

  it('asks who is signing in, and lets only an owner or admin in', async () => {
    const page = await (await fetch(`${z.url}/marketplace`)).text();
    expect(page).toContain('<h1>Sign in to the Marketplace</h1>');
    expect(page).toContain(nonprofitPeople.coAdmin.email);
    expect(page).not.toContain(nonprofitPeople.member.email);
    const member = await signIn(nonprofitPeople.member.email);
    expect(member.status).toBe(403);
    expect(member.headers.get('set-cookie')).toBeNull();
  });

  it('builds an app, and its pages change what the registry holds', async () => {
    const s = await session();
    const built = await s.post('/marketplace/build', { type: 'admin-managed' });
    expect(built.status).toBe(302);
    const basicInfo = built.headers.get('location') ?? '';
    const [app] = await apps();
    expect(app).toMatchObject({ type: 'admin-managed', activated: true, scopes: [] });
    const clientId = String(app?.['client_id']);
    const page = await (await s.get(basicInfo)).text();
    expect(page).toContain(`<code id="client-id">${clientId}</code>`);

    const saved = await s.post(basicInfo, {
      type: 'admin-managed',
      public_client: 'on',
      redirect: 'http://127.0.0.1/callback',
      allow_list: 'http://127.0.0.1/callback',
    });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('Saved.');

    const scopes = basicInfo.replace(/basic-info$/, 'scopes');
    await s.post(scopes, { add: 'user:read:user:admin user:read:list_users:admin' });
    const removed = await s.post(scopes, { remove: 'user:read:list_users:admin' });
    expect(await removed.text()).toContain('Removed user:read:list_users:admin.');
    const bad = await s.post(scopes, { add: 'not a <scope>' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain('<scope>');

    const activation = basicInfo.replace(/basic-info$/, 'activation');
    await s.post(activation, { activated: 'off' });

    const [after] = await apps();
    expect(after).toMatchObject({
      type: 'admin-managed',
      public_client: true,
      redirect_allow_list: ['http://127.0.0.1/callback'],
      scopes: ['user:read:user:admin'],
      activated: false,
    });
  });

  it('refuses forms from another site or without the form token', async () => {
    const s = await session();
    const crossSite = await s.post(
      '/marketplace/build',
      { type: 'user-managed' },
      { 'Sec-Fetch-Site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
    const noToken = await fetch(`${z.url}/marketplace/build`, {
      method: 'POST',
      headers: { cookie: s.cookie },
      body: new URLSearchParams({ type: 'user-managed' }),
    });
    expect(noToken.status).toBe(403);
    const noSession = await fetch(`${z.url}/marketplace/build`, {
      method: 'POST',
      body: new URLSearchParams({ type: 'user-managed' }),
    });
    expect(noSession.status).toBe(403);
    expect(await apps()).toEqual([]);
  });
  it('refuses a wrong redirect URL, says why on the fields, and keeps the app as it was', async () => {
    const s = await session();
    const built = await s.post('/marketplace/build', { type: 'admin-managed' });
    const basicInfo = built.headers.get('location') ?? '';
    const refused = await s.post(basicInfo, {
      type: 'admin-managed',
      public_client: 'on',
      redirect: '127.0.0.1/callback',
      allow_list: '',
    });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('<p class="error" role="alert" id="form-error">');
    expect(page).toMatch(/id="redirect"[^>]*aria-invalid="true" aria-describedby="form-error"/);
    const [app] = await apps();
    expect(app).toMatchObject({ public_client: false, redirect_allow_list: [] });
  });
});
