import type http from 'node:http';
import { normaliseEmail } from '../../shared/team-emails';
import { demoServerToServerApp, lifetimes, sandboxClientId } from './constants';
import type { SandboxContext } from './context';
import { parseForm, readBody, sendHtml, sendJson, sendRedirect } from './http';
import type { Grant } from './oauth-store';
import { pkceMatches } from './oauth-store';
import { consentPage, signInPage } from './oauth-pages';
import { messagePage } from './pages';
import { isAdminScope, type SandboxApp } from './apps';
import type { SandboxUser } from './model';
import { adminOnlyScopes, scopesFor } from './scopes';

class TokenError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(reason);
  }
}

/** Loopback only: http://127.0.0.1:<any port>/<path>. */
function loopbackRedirect(value: string | null): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1') return undefined;
    if (url.username || url.password || url.hash) return undefined;
    return url;
  } catch {
    return undefined;
  }
}

/** Zoom ignores the port of a loopback redirect when comparing. */
function sameRedirect(a: string, b: string): boolean {
  const x = loopbackRedirect(a);
  const y = loopbackRedirect(b);
  return (
    !!x && !!y && x.hostname === y.hostname && x.pathname === y.pathname && x.search === y.search
  );
}

function errorPage(res: http.ServerResponse, title: string, detail: string): void {
  sendHtml(res, 400, messagePage(title, [detail]));
}

/** GET /oauth/authorize — checks the request, then shows the sign-in page. */
function authorize(
  sandbox: SandboxContext,
  res: http.ServerResponse,
  query: URLSearchParams,
): void {
  const clientId = query.get('client_id');
  const app = sandbox.apps.get(clientId);
  if (clientId !== sandboxClientId && (!app || app.type === 'server-to-server'))
    return errorPage(res, 'Invalid client_id', `Invalid client_id: ${clientId ?? ''} (4,702)`);
  if (app && !app.activated)
    return errorPage(res, 'This app is not available', 'The app has been disabled (4,717)');
  if (query.get('response_type') !== 'code')
    return errorPage(res, 'Invalid request', 'Unsupported response_type: only "code" is allowed.');
  const redirect = query.get('redirect_uri');
  const allowed = app
    ? app.redirectAllowList.some((entry) => sameRedirect(entry, redirect ?? ''))
    : loopbackRedirect(redirect) !== undefined;
  if (!allowed)
    return errorPage(res, 'Invalid redirect', `Invalid redirect: ${redirect ?? ''} (4,709)`);
  const challenge = query.get('code_challenge') ?? undefined;
  const method = query.get('code_challenge_method') ?? 'plain';
  if (!challenge && (!app || app.publicClient))
    return errorPage(res, 'Invalid request', 'A public client must send a PKCE code_challenge.');
  if (method !== 'S256' && method !== 'plain')
    return errorPage(res, 'Invalid request', `Unsupported code_challenge_method: ${method}`);
  const request = sandbox.oauth.saveSignInRequest({
    clientId: clientId ?? sandboxClientId,
    redirectUri: redirect ?? '',
    state: query.get('state') ?? undefined,
    codeChallenge: challenge,
    codeChallengeMethod: method,
  });
  sendHtml(res, 200, signInPage(sandbox, request.id));
}

/**
 * Why this person cannot add this app, in Zoom's words where they are known (docs/zoom-app-setup.md):
 * a member and an admin-managed app; a person of another account and an app not published.
 */
function cannotAdd(app: SandboxApp, user: SandboxUser): string | null {
  if (app.type === 'admin-managed' && user.roleId === '2')
    return 'An account admin is required to install this type of app. Please contact your account admin or IT administrator to install this app.';
  // Sandbox rule (not confirmed with Zoom): an unpublished app serves its own account only.
  if (user.accountId !== app.accountId)
    return 'This app is not published. Only users on the account that built it can add it.';
  return null;
}

/** What a sign-in to this app grants this person: what the app asks for, as far as they may. */
function grantedScopes(app: SandboxApp | undefined, user: SandboxUser): ReadonlyArray<string> {
  if (!app) return scopesFor(user);
  // A user-managed app acts on the person's own content only.
  return app.type === 'user-managed' ? app.scopes.filter((s) => !isAdminScope(s)) : app.scopes;
}

function expiredSignIn(res: http.ServerResponse): void {
  sendHtml(
    res,
    400,
    messagePage('This sign-in has expired', ['Go back to ReadyRoom and start signing in again.']),
  );
}

/** POST /oauth/signin — the person picked; show the consent page. */
function signIn(sandbox: SandboxContext, res: http.ServerResponse, form: URLSearchParams): void {
  const requestId = form.get('request') ?? '';
  if (!sandbox.oauth.signInRequest(requestId)) return expiredSignIn(res);
  const email = normaliseEmail(form.get('email') ?? '');
  const user = sandbox.state.activeRecord(email);
  if (!user) {
    const message = sandbox.state.recordsWithEmail(email).length
      ? 'This person has not activated their Zoom account yet. Open the mailbox, use "Activate Zoom Account", then sign in.'
      : 'No Zoom account uses this email.';
    return sendHtml(res, 200, signInPage(sandbox, requestId, message));
  }
  const app = sandbox.apps.get(sandbox.oauth.signInRequest(requestId)?.clientId);
  const refusal = app ? cannotAdd(app, user) : null;
  if (refusal) return sendHtml(res, 403, messagePage('You cannot add this app', [refusal]));
  sendHtml(res, 200, consentPage(sandbox, requestId, user));
}

/** POST /oauth/consent — Allow sends a code back, Deny sends error=access_denied. */
function consent(sandbox: SandboxContext, res: http.ServerResponse, form: URLSearchParams): void {
  const requestId = form.get('request') ?? '';
  const request = sandbox.oauth.signInRequest(requestId);
  if (!request) return expiredSignIn(res);
  const user = sandbox.state.user(form.get('user') ?? '');
  if (!user || user.status !== 'active') return expiredSignIn(res);
  sandbox.oauth.finishSignInRequest(requestId);
  const target = new URL(request.redirectUri);
  if (form.get('decision') === 'allow') {
    const code = sandbox.oauth.issueCode({
      clientId: request.clientId,
      userKey: user.key,
      accountId: user.accountId,
      scopes: grantedScopes(sandbox.apps.get(request.clientId), user),
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      codeChallengeMethod: request.codeChallengeMethod,
    });
    target.searchParams.set('code', code);
  } else {
    target.searchParams.set('error', 'access_denied');
    target.searchParams.set('error_description', 'The user denied access.');
  }
  if (request.state !== undefined) target.searchParams.set('state', request.state);
  sendRedirect(res, target.toString());
}

function basicCredentials(req: http.IncomingMessage): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

function invalidClient(): TokenError {
  return new TokenError(401, 'invalid_client', 'Invalid client_id or client_secret');
}

type TokenClient =
  | { readonly kind: 'user'; readonly clientId: string }
  | { readonly kind: 's2s'; readonly clientId: string; readonly app: SandboxApp | null };

/**
 * The client behind a token request: the public demo client or the demo S2S app, or an app built
 * in the sandbox (with its secret, or none when "Use Public Client OAuth" is on).
 */
function clientOf(
  sandbox: SandboxContext,
  req: http.IncomingMessage,
  form: URLSearchParams,
): TokenClient {
  const basic = basicCredentials(req);
  const id = basic?.id ?? form.get('client_id');
  const secret = basic?.secret ?? form.get('client_secret') ?? '';
  if (id === sandboxClientId && secret === '') return { kind: 'user', clientId: id };
  if (id === demoServerToServerApp.clientId && secret === demoServerToServerApp.clientSecret)
    return { kind: 's2s', clientId: id, app: null };
  const app = sandbox.apps.get(id);
  if (!app) throw invalidClient();
  const secretOk = secret === app.clientSecret || (secret === '' && app.publicClient);
  if (!secretOk || (app.type === 'server-to-server' && secret !== app.clientSecret))
    throw invalidClient();
  // Sandbox guess (Zoom's exact answer is not confirmed): a deactivated app's client is refused.
  if (!app.activated) throw invalidClient();
  return app.type === 'server-to-server'
    ? { kind: 's2s', clientId: app.clientId, app }
    : { kind: 'user', clientId: app.clientId };
}

function lifetime(form: URLSearchParams): number {
  const asked = form.get('expires_in');
  if (asked === null) return lifetimes.accessToken;
  const seconds = Number(asked);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > lifetimes.accessToken)
    throw new TokenError(
      400,
      'invalid_request',
      'expires_in must be a whole number from 1 to 3600.',
    );
  return seconds;
}

function tokenAnswer(
  sandbox: SandboxContext,
  grant: Grant,
  expiresIn: number,
  withRefresh: boolean,
) {
  return {
    access_token: sandbox.oauth.issueAccessToken(grant, expiresIn),
    token_type: 'bearer',
    ...(withRefresh ? { refresh_token: sandbox.oauth.issueRefreshToken(grant) } : {}),
    expires_in: expiresIn,
    scope: grant.scopes.join(' '),
    api_url: sandbox.baseUrl,
  };
}

function exchangeCode(
  sandbox: SandboxContext,
  form: URLSearchParams,
  expiresIn: number,
  clientId: string,
) {
  const code = sandbox.oauth.code(form.get('code') ?? '');
  if (!code || code.clientId !== clientId)
    throw new TokenError(400, 'invalid_grant', 'Invalid authorization code');
  if (!sameRedirect(form.get('redirect_uri') ?? '', code.redirectUri))
    throw new TokenError(400, 'invalid_request', 'Invalid request : Redirect URI mismatch.');
  if (
    code.codeChallenge !== undefined &&
    !pkceMatches(
      form.get('code_verifier') ?? undefined,
      code.codeChallenge,
      code.codeChallengeMethod,
    )
  )
    throw new TokenError(400, 'invalid_grant', 'Invalid request : PKCE code_verifier mismatch.');
  const user = sandbox.state.user(code.userKey);
  if (!user || user.accountId !== code.accountId)
    throw new TokenError(400, 'invalid_grant', 'Invalid authorization code');
  code.used = true;
  const grant = sandbox.oauth.createGrant({
    clientId: code.clientId,
    userKey: code.userKey,
    accountId: code.accountId,
    scopes: code.scopes,
  });
  return tokenAnswer(sandbox, grant, expiresIn, true);
}

function refresh(sandbox: SandboxContext, form: URLSearchParams, expiresIn: number) {
  const grant = sandbox.oauth.useRefreshToken(form.get('refresh_token') ?? '');
  if (!grant) throw new TokenError(400, 'invalid_grant', 'Invalid Token!', { code: 4711 });
  return tokenAnswer(sandbox, grant, expiresIn, true);
}

function accountCredentials(
  sandbox: SandboxContext,
  form: URLSearchParams,
  expiresIn: number,
  client: Extract<TokenClient, { kind: 's2s' }>,
) {
  const accountId = form.get('account_id') ?? '';
  const account = sandbox.state.accounts.get(accountId);
  if (!account || account.plan === 'free' || (client.app && client.app.accountId !== accountId))
    throw new TokenError(400, 'invalid_request', 'Invalid account_id');
  const grant = sandbox.oauth.createGrant({
    clientId: client.clientId,
    userKey: account.ownerKey,
    accountId,
    scopes: client.app ? client.app.scopes : adminOnlyScopes,
  });
  return tokenAnswer(sandbox, grant, expiresIn, false);
}

/** POST /oauth/token — authorization_code (+PKCE), refresh_token (rotating), account_credentials. */
function token(sandbox: SandboxContext, req: http.IncomingMessage, form: URLSearchParams) {
  const client = clientOf(sandbox, req, form);
  const grantType = form.get('grant_type');
  const expiresIn = lifetime(form);
  if (grantType === 'authorization_code') {
    if (client.kind !== 'user')
      throw new TokenError(400, 'unauthorized_client', 'Unauthorized client.');
    return exchangeCode(sandbox, form, expiresIn, client.clientId);
  }
  if (grantType === 'refresh_token') return refresh(sandbox, form, expiresIn);
  if (grantType === 'account_credentials') {
    if (client.kind !== 's2s')
      throw new TokenError(400, 'unauthorized_client', 'Unauthorized client.');
    return accountCredentials(sandbox, form, expiresIn, client);
  }
  throw new TokenError(400, 'unsupported_grant_type', 'Unsupported grant type');
}

/** Serves /oauth/*. */
export async function handleOAuth(
  sandbox: SandboxContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): Promise<void> {
  const method = req.method ?? 'GET';
  if (url.pathname === '/oauth/authorize' && method === 'GET')
    return authorize(sandbox, res, url.searchParams);
  if (method !== 'POST')
    return sendJson(res, 405, { reason: 'Method not allowed', error: 'invalid_request' });
  const text = (await readBody(req)) ?? '';
  const form = parseForm(text);
  for (const [key, value] of url.searchParams) if (!form.has(key)) form.set(key, value);
  if (url.pathname === '/oauth/signin') return signIn(sandbox, res, form);
  if (url.pathname === '/oauth/consent') return consent(sandbox, res, form);
  try {
    if (url.pathname === '/oauth/token') return sendJson(res, 200, token(sandbox, req, form));
    if (url.pathname === '/oauth/revoke') {
      clientOf(sandbox, req, form);
      sandbox.oauth.revoke(form.get('token') ?? '');
      return sendJson(res, 200, { status: 'success' });
    }
  } catch (error) {
    if (!(error instanceof TokenError)) throw error;
    return sendJson(res, error.status, {
      reason: error.reason,
      error: error.error,
      ...error.extra,
    });
  }
  sendJson(res, 404, { reason: 'Not found', error: 'invalid_request' });
}
