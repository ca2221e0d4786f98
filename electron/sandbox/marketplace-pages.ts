import { randomBytes, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { escapeHtml } from '../../shared/html';
import {
  isAdminScope,
  isGranularScope,
  SandboxAppConfig,
  SandboxAppType,
  type SandboxApp,
} from './apps';
import type { SandboxContext } from './context';
import { parseForm, readBody, sendHtml, sendRedirect } from './http';
import type { SandboxUser } from './model';
import { hiddenFields, messagePage, page } from './pages';

/**
 * The sandbox's "Marketplace": human pages for the app registry (apps.ts), so a person walking
 * ReadyRoom's guide in demo mode can build an app and change it as on Zoom's own pages
 * (docs/zoom-app-setup.md §3: Build App → Basic Info → Scopes → Activation). These pages are drawn
 * by the sandbox; nothing is copied from Zoom. Differences from Zoom, on purpose: one client ID per
 * app (Zoom issues a separate public client ID when "Use Public Client OAuth" is on, docs §4), and
 * scopes are typed or pasted (Zoom has a scope picker).
 *
 * Safety: a person signs in by choosing an owner or admin (like the sandbox's sign-in page); the
 * session lives in an HttpOnly SameSite=Strict cookie scoped to /marketplace. Every form carries the
 * session's own form token, and a post another site sends (Sec-Fetch-Site not same-origin) is
 * refused. Everything shown is escaped with escapeHtml.
 */

export const marketplacePath = '/marketplace';
const cookieName = 'sandbox_marketplace';

interface MarketplaceSession {
  readonly userKey: string;
  readonly formToken: string;
}

/** Sessions per sandbox run (a sandbox reset does not sign the person out; the user is re-checked). */
const sessionsOf = new WeakMap<SandboxContext, Map<string, MarketplaceSession>>();

function sessions(sandbox: SandboxContext): Map<string, MarketplaceSession> {
  let map = sessionsOf.get(sandbox);
  if (!map) {
    map = new Map();
    sessionsOf.set(sandbox, map);
  }
  return map;
}

function cookieValue(req: http.IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookieName) return rest.join('=');
  }
  return undefined;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function isOwnerOrAdmin(user: SandboxUser): boolean {
  return user.roleId === '0' || user.roleId === '1';
}

interface SignedIn {
  readonly user: SandboxUser;
  readonly session: MarketplaceSession;
}

function signedIn(sandbox: SandboxContext, req: http.IncomingMessage): SignedIn | undefined {
  const id = cookieValue(req);
  const session = id ? sessions(sandbox).get(id) : undefined;
  const user = session ? sandbox.state.user(session.userKey) : undefined;
  if (!session || !user || user.status !== 'active' || !isOwnerOrAdmin(user)) return undefined;
  return { user, session };
}

/** A post from another site (or a page that is not this sandbox) is refused. */
function crossSite(req: http.IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  return site !== undefined && site !== 'same-origin';
}

const typeLabels: Readonly<Record<SandboxAppType, string>> = {
  'user-managed': 'General app — User-managed',
  'admin-managed': 'General app — Admin-managed',
  'server-to-server': 'Server-to-Server OAuth app',
};

const typeHints: Readonly<Record<SandboxAppType, string>> = {
  'user-managed':
    'Each person adds the app for themselves. It can only ask for scopes about that person.',
  'admin-managed':
    'An owner or admin adds the app for the whole account. It can ask for admin scopes.',
  'server-to-server': 'For IT staff: a token for the account without anyone signing in.',
};

const appPages = ['basic-info', 'scopes', 'activation'] as const;
type AppPage = (typeof appPages)[number];
const pageTitles: Readonly<Record<AppPage, string>> = {
  'basic-info': 'Basic Info',
  scopes: 'Scopes',
  activation: 'Activation',
};

function appLink(app: SandboxApp, which: AppPage): string {
  return `${marketplacePath}/apps/${encodeURIComponent(app.clientId)}/${which}`;
}

function appNav(app: SandboxApp, current: AppPage): string {
  const links = appPages
    .map(
      (which) =>
        `<li><a href="${escapeHtml(appLink(app, which))}"${which === current ? ' aria-current="page"' : ''}>${escapeHtml(pageTitles[which])}</a></li>`,
    )
    .join('');
  return `<nav aria-label="App settings"><ul>${links}</ul></nav>
<p><a href="${marketplacePath}">All your apps</a></p>`;
}

function marketplacePage(title: string, body: string): string {
  return page(title, `<p class="meta">Zoom App Marketplace (sandbox)</p>\n${body}`);
}

function tokenField(session: MarketplaceSession): string {
  return hiddenFields({ form_token: session.formToken });
}

function signInPage(sandbox: SandboxContext, error?: string): string {
  const people = [...sandbox.state.allUsers()]
    .filter((u) => u.status === 'active' && isOwnerOrAdmin(u))
    .slice(0, 40);
  const buttons = people
    .map((u) => {
      const role = u.roleId === '0' ? 'owner' : 'admin';
      const label = `${u.firstName} ${u.lastName} — ${u.email} (${sandbox.state.accountOf(u).name}, ${role})`;
      return `<li><button type="submit" name="email" value="${escapeHtml(u.email)}">${escapeHtml(label)}</button></li>`;
    })
    .join('\n');
  return marketplacePage(
    'Sign in to the Marketplace',
    `<p>Choose who is signing in. Only an account owner or admin can build apps here. (In the real Zoom, other people need the “Zoom for developers” role.)</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${marketplacePath}/signin">
<ul class="people">
${buttons}
</ul>
</form>`,
  );
}

function homePage(sandbox: SandboxContext, who: SignedIn): string {
  const apps = sandbox.apps.list().filter((a) => a.accountId === who.user.accountId);
  const list = apps.length
    ? `<ul>${apps
        .map(
          (a) =>
            `<li><a href="${escapeHtml(appLink(a, 'basic-info'))}">${escapeHtml(typeLabels[a.type])}: ${escapeHtml(a.clientId)}</a> (${a.activated ? 'on' : 'off'})</li>`,
        )
        .join('')}</ul>`
    : '<p>You have not built any apps yet.</p>';
  return marketplacePage(
    'Your apps',
    `<p>Signed in as <strong>${escapeHtml(`${who.user.firstName} ${who.user.lastName}`)}</strong> (${escapeHtml(who.user.email)}).</p>
${list}
<p><a class="button" href="${marketplacePath}/build">Build App</a></p>`,
  );
}

function buildPage(who: SignedIn, error?: string): string {
  const choices = SandboxAppType.options
    .map(
      (type, i) =>
        `<div><input type="radio" id="type-${type}" name="type" value="${type}"${i === 0 ? ' checked' : ''} aria-describedby="hint-${type}">
<label for="type-${type}">${escapeHtml(typeLabels[type])}</label>
<p class="meta" id="hint-${type}">${escapeHtml(typeHints[type])}</p></div>`,
    )
    .join('\n');
  return marketplacePage(
    'Build App',
    `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${marketplacePath}/build">
${tokenField(who.session)}
<fieldset><legend>What kind of app?</legend>
${choices}
</fieldset>
<p><button type="submit">Create</button></p>
</form>
<p><a href="${marketplacePath}">All your apps</a></p>`,
  );
}

function basicInfoPage(app: SandboxApp, who: SignedIn, notice?: string, error?: string): string {
  const [redirect = '', ...rest] = app.redirectAllowList;
  // A refused form names its mistake on the fields too, for screen readers.
  const invalid = error ? ' aria-invalid="true" aria-describedby="form-error"' : '';
  const typeOptions = SandboxAppType.options
    .map(
      (type) =>
        `<option value="${type}"${type === app.type ? ' selected' : ''}>${escapeHtml(typeLabels[type])}</option>`,
    )
    .join('');
  const oauthFields =
    app.type === 'server-to-server'
      ? ''
      : `<h2>App Credentials</h2>
<p><input type="checkbox" id="public-client" name="public_client" value="on"${app.publicClient ? ' checked' : ''}>
<label for="public-client" style="display:inline">Use Public Client OAuth</label></p>
<h2>OAuth Information</h2>
<label for="redirect">OAuth Redirect URL</label>
<input type="text" id="redirect" name="redirect" value="${escapeHtml(redirect)}" autocomplete="off"${invalid}>
<label for="allow-list">OAuth Allow List (one URL a line)</label>
<textarea id="allow-list" name="allow_list" rows="3" style="width:100%;font:inherit"${invalid}>${escapeHtml(rest.join('\n'))}</textarea>`;
  return marketplacePage(
    `Basic Info`,
    `${appNav(app, 'basic-info')}
${notice ? `<p role="status">${escapeHtml(notice)}</p>` : ''}
${error ? `<p class="error" role="alert" id="form-error">${escapeHtml(error)}</p>` : ''}
${
  app.type === 'server-to-server'
    ? // Zoom's App Credentials of a Server-to-Server app (docs/zoom-app-setup.md §3.2 step 2).
      `<h2>App Credentials</h2>
<dl>
<dt>Account ID</dt><dd><code id="account-id">${escapeHtml(app.accountId)}</code></dd>
<dt>Client ID</dt><dd><code id="client-id">${escapeHtml(app.clientId)}</code></dd>
<dt>Client secret</dt><dd><code id="client-secret">${escapeHtml(app.clientSecret)}</code></dd>
</dl>`
    : `<h2>Client ID</h2>
<p><code id="client-id">${escapeHtml(app.clientId)}</code></p>`
}
<form method="post" action="${escapeHtml(appLink(app, 'basic-info'))}">
${tokenField(who.session)}
<label for="app-type">How the app is managed</label>
<select id="app-type" name="type" style="font:inherit">${typeOptions}</select>
${oauthFields}
<p><button type="submit">Save</button></p>
</form>`,
  );
}

function scopesPage(app: SandboxApp, who: SignedIn, notice?: string, error?: string): string {
  const kind = (scope: string): string =>
    `${isGranularScope(scope) ? 'granular' : 'classic'}${isAdminScope(scope) ? ', admin' : ''}`;
  const list = app.scopes.length
    ? `<ul>${app.scopes
        .map(
          (scope) =>
            `<li><code>${escapeHtml(scope)}</code> (${kind(scope)})
<form method="post" action="${escapeHtml(appLink(app, 'scopes'))}" style="display:inline">
${tokenField(who.session)}${hiddenFields({ remove: scope })}
<button type="submit" class="secondary" aria-label="Remove ${escapeHtml(scope)}">Remove</button></form></li>`,
        )
        .join('\n')}</ul>`
    : '<p>This app has no scopes yet.</p>';
  return marketplacePage(
    'Scopes',
    `${appNav(app, 'scopes')}
${notice ? `<p role="status">${escapeHtml(notice)}</p>` : ''}
${error ? `<p class="error" role="alert" id="form-error">${escapeHtml(error)}</p>` : ''}
<h2>Scopes the app has</h2>
${list}
<h2>Add Scopes</h2>
<form method="post" action="${escapeHtml(appLink(app, 'scopes'))}">
${tokenField(who.session)}
<label for="add-scopes">Scopes to add (granular like user:read:user:admin, or classic like user:read:admin; separate them with spaces)</label>
<textarea id="add-scopes" name="add" rows="3" style="width:100%;font:inherit"${error ? ' aria-invalid="true" aria-describedby="form-error"' : ''}></textarea>
<p><button type="submit">Add</button></p>
</form>`,
  );
}

function activationPage(app: SandboxApp, who: SignedIn, notice?: string): string {
  return marketplacePage(
    'Activation',
    `${appNav(app, 'activation')}
${notice ? `<p role="status">${escapeHtml(notice)}</p>` : ''}
<p>The app is <strong id="activation-state">${app.activated ? 'on' : 'off'}</strong>. ${app.activated ? 'People can sign in with it and its tokens work.' : 'Nobody can sign in with it, and its tokens do not work.'}</p>
<form method="post" action="${escapeHtml(appLink(app, 'activation'))}">
${tokenField(who.session)}
<button type="submit" name="activated" value="${app.activated ? 'off' : 'on'}">${app.activated ? 'Turn the app off' : 'Turn the app on'}</button>
</form>`,
  );
}

function words(text: string): string[] {
  return text.split(/[\s,]+/).filter((w) => w.length > 0);
}

/** Applies a Basic Info form; the new settings, or a plain error. */
function basicInfoChanges(
  form: URLSearchParams,
): { changes: Partial<SandboxAppConfig> } | { error: string } {
  const type = SandboxAppType.safeParse(form.get('type'));
  if (!type.success) return { error: 'Choose how the app is managed.' };
  if (type.data === 'server-to-server') return { changes: { type: type.data } };
  const urls = [
    ...new Set([...words(form.get('redirect') ?? ''), ...words(form.get('allow_list') ?? '')]),
  ];
  const parsed = SandboxAppConfig.shape.redirectAllowList.safeParse(urls);
  if (!parsed.success)
    return { error: 'Each redirect URL must be a whole address, like http://127.0.0.1/callback.' };
  return {
    changes: {
      type: type.data,
      publicClient: form.get('public_client') === 'on',
      redirectAllowList: parsed.data,
    },
  };
}

function scopeChanges(
  app: SandboxApp,
  form: URLSearchParams,
): { changes: Partial<SandboxAppConfig>; notice: string } | { error: string } {
  const remove = form.get('remove');
  if (remove !== null)
    return {
      changes: { scopes: app.scopes.filter((s) => s !== remove) },
      notice: `Removed ${remove}.`,
    };
  const added = words(form.get('add') ?? '');
  if (added.length === 0) return { error: 'Type at least one scope to add.' };
  const scopes = SandboxAppConfig.shape.scopes.safeParse([...new Set([...app.scopes, ...added])]);
  if (!scopes.success)
    return {
      error:
        'Zoom does not know one of these scopes. Scopes look like user:read:user:admin or user:read:admin.',
    };
  return { changes: { scopes: scopes.data }, notice: `Added ${added.join(', ')}.` };
}

/** Everything under /marketplace. */
export async function handleMarketplace(
  sandbox: SandboxContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
): Promise<void> {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'POST')
    return sendHtml(res, 405, messagePage('Not allowed', ['This page only opens and saves.']));
  if (method === 'POST' && crossSite(req))
    return sendHtml(
      res,
      403,
      messagePage('Refused', ['The Marketplace only takes forms sent from its own pages.']),
    );
  const form = method === 'POST' ? parseForm((await readBody(req)) ?? '') : new URLSearchParams();

  if (path === `${marketplacePath}/signin` && method === 'POST') {
    const email = form.get('email') ?? '';
    const user = sandbox.state.activeRecord(email);
    if (!user || !isOwnerOrAdmin(user))
      return sendHtml(
        res,
        403,
        signInPage(sandbox, 'Only an account owner or admin can build apps here.'),
      );
    const id = randomBytes(18).toString('base64url');
    sessions(sandbox).set(id, {
      userKey: user.key,
      formToken: randomBytes(18).toString('base64url'),
    });
    res.setHeader(
      'Set-Cookie',
      `${cookieName}=${id}; Path=${marketplacePath}; HttpOnly; SameSite=Strict`,
    );
    return sendRedirect(res, marketplacePath);
  }

  const who = signedIn(sandbox, req);
  if (!who) return sendHtml(res, method === 'POST' ? 403 : 200, signInPage(sandbox));
  if (method === 'POST' && !sameText(form.get('form_token') ?? '', who.session.formToken))
    return sendHtml(
      res,
      403,
      messagePage('Refused', ['This form is out of date. Go back, reload the page and try again.']),
    );

  if (path === marketplacePath || path === `${marketplacePath}/`)
    return sendHtml(res, 200, homePage(sandbox, who));

  if (path === `${marketplacePath}/build`) {
    if (method === 'GET') return sendHtml(res, 200, buildPage(who));
    const type = SandboxAppType.safeParse(form.get('type'));
    if (!type.success) return sendHtml(res, 400, buildPage(who, 'Choose what kind of app.'));
    // Zoom fills in nothing for you: no redirect, no scopes, public client off (docs §3, §4).
    // Server-to-Server apps must be activated before they work (docs §3.2 step 6).
    const app = sandbox.apps.create(who.user.accountId, {
      type: type.data,
      publicClient: false,
      redirectAllowList: [],
      scopes: [],
      activated: type.data !== 'server-to-server',
    });
    return sendRedirect(res, appLink(app, 'basic-info'));
  }

  const match = /^\/marketplace\/apps\/([^/]+)\/(basic-info|scopes|activation)$/.exec(path);
  const app = match?.[1] ? sandbox.apps.get(decodeURIComponent(match[1])) : undefined;
  const which = match?.[2] as AppPage | undefined;
  if (!app || !which || app.accountId !== who.user.accountId)
    return sendHtml(
      res,
      404,
      messagePage('No such app', ['Your account has no app at this address.']),
    );

  if (which === 'basic-info') {
    if (method === 'GET') return sendHtml(res, 200, basicInfoPage(app, who));
    const result = basicInfoChanges(form);
    if ('error' in result)
      return sendHtml(res, 400, basicInfoPage(app, who, undefined, result.error));
    const next = sandbox.apps.update(app.clientId, result.changes) ?? app;
    return sendHtml(res, 200, basicInfoPage(next, who, 'Saved.'));
  }
  if (which === 'scopes') {
    if (method === 'GET') return sendHtml(res, 200, scopesPage(app, who));
    const result = scopeChanges(app, form);
    if ('error' in result) return sendHtml(res, 400, scopesPage(app, who, undefined, result.error));
    const next = sandbox.apps.update(app.clientId, result.changes) ?? app;
    return sendHtml(res, 200, scopesPage(next, who, result.notice));
  }
  if (method === 'GET') return sendHtml(res, 200, activationPage(app, who));
  const on = form.get('activated') === 'on';
  const next = sandbox.apps.update(app.clientId, { activated: on }) ?? app;
  return sendHtml(res, 200, activationPage(next, who, on ? 'The app is on.' : 'The app is off.'));
}
