import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { z } from 'zod';
import { zoomTime } from './clock';
import {
  defaultClientVersion,
  rateLimitTiers,
  sandboxOrganisation,
  sandboxScenarioNames,
} from './constants';
import type { SandboxContext } from './context';
import { SandboxAppConfig, type SandboxApp } from './apps';
import { FaultRequest } from './faults';
import { readBody, sendJson } from './http';
import { handleMailbox } from './mailbox';
import { zoomApiVersions } from './pagination';
import { adminScopes, scopesFor } from './scopes';

/** Which of Zoom's API files to answer by (see pagination.ts). */
const ApiVersionRequest = z.object({ version: z.enum(zoomApiVersions) }).strict();

const ResetRequest = z
  .object({
    scenario: z.enum(sandboxScenarioNames),
    users: z.number().int().min(1).max(20_000).optional(),
  })
  .strict();

const TokenRequest = z
  .object({
    email: z.string().min(3).optional(),
    scopes: z.array(z.string().min(1)).max(50).optional(),
    expiresIn: z.number().int().min(1).max(86_400).optional(),
  })
  .strict();

const ClockRequest = z
  .object({
    advanceSeconds: z
      .number()
      .min(0)
      .max(3650 * 86_400),
  })
  .strict();

const AppSignInRequest = z
  .object({ email: z.string().min(3), version: z.string().min(1).max(64).optional() })
  .strict();

const AppCreateRequest = SandboxAppConfig.extend({
  /** The account that builds it (default: the organisation). */
  accountId: z.string().min(1).max(64).optional(),
}).strict();

const AppUpdateRequest = SandboxAppConfig.partial()
  .extend({ clientId: z.string().min(1).max(64) })
  .strict();

/** An app as the Marketplace's "App Credentials" page shows it. */
function appJson(app: SandboxApp): Record<string, unknown> {
  return {
    client_id: app.clientId,
    client_secret: app.clientSecret,
    account_id: app.accountId,
    type: app.type,
    public_client: app.publicClient,
    redirect_allow_list: app.redirectAllowList,
    scopes: app.scopes,
    activated: app.activated,
  };
}

const RateLimitRequest = z
  .object({
    tier: z.enum(rateLimitTiers),
    /** Sandbox-only: a smaller daily invite limit, so tests need not send 1,500 invitations. */
    dailyInviteLimit: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function parse<T>(schema: z.ZodType<T>, text: string): T {
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch {
      throw new ControlError(400, 'The request body is not JSON.');
    }
  }
  const result = schema.safeParse(value);
  if (!result.success)
    throw new ControlError(
      400,
      `The request body is not valid: ${result.error.issues.map((i) => `${i.path.join('.') || 'body'} ${i.message}`).join('; ')}.`,
    );
  return result.data;
}

function summary(sandbox: SandboxContext): Record<string, unknown> {
  const state = sandbox.state;
  return {
    scenario: state.scenario,
    now: zoomTime(sandbox.now()),
    rate_limits: sandbox.limiter.currentTier,
    api_version: sandbox.apiVersion,
    accounts: [...state.accounts.values()].map((a) => {
      const users = state.usersOf(a.id);
      return {
        id: a.id,
        name: a.name,
        plan: a.planName,
        licences: a.licences,
        users: {
          active: users.filter((u) => u.status === 'active').length,
          inactive: users.filter((u) => u.status === 'inactive').length,
          pending: users.filter((u) => u.status === 'pending').length,
        },
      };
    }),
    meetings: state.meetings.size,
    emails: state.emails.length,
    live_grants: sandbox.oauth.liveGrants(),
    faults: sandbox.faults.summary(),
  };
}

function issueToken(sandbox: SandboxContext, text: string): Record<string, unknown> {
  const request = parse(TokenRequest, text);
  const state = sandbox.state;
  const organisation = state.accounts.get(sandboxOrganisation.accountId);
  const user = request.email
    ? state.activeRecord(request.email)
    : organisation && state.ownerOf(organisation);
  if (!user)
    throw new ControlError(404, `No active Zoom user has the email ${request.email ?? ''}.`);
  const grant = sandbox.oauth.createGrant({
    clientId: 'sandbox-control',
    userKey: user.key,
    accountId: user.accountId,
    scopes: request.scopes ?? (request.email ? scopesFor(user) : adminScopes),
  });
  const expiresIn = request.expiresIn ?? 3600;
  return { access_token: sandbox.oauth.issueAccessToken(grant, expiresIn), expires_in: expiresIn };
}

function appSignIn(sandbox: SandboxContext, text: string): Record<string, unknown> {
  const request = parse(AppSignInRequest, text);
  const user = sandbox.state.activeRecord(request.email);
  if (!user)
    throw new ControlError(
      404,
      `${request.email} cannot sign in to the Zoom app: no active account uses it.`,
    );
  user.lastClientVersion = request.version ?? defaultClientVersion;
  user.lastLoginTime = sandbox.now();
  return {
    email: user.email,
    account_id: user.accountId,
    last_client_version: user.lastClientVersion,
    last_login_time: zoomTime(user.lastLoginTime),
  };
}

function applyFaults(sandbox: SandboxContext, text: string): Record<string, unknown> {
  const request = parse(FaultRequest, text);
  sandbox.faults.configure(request);
  if (request.expireAllTokens) sandbox.oauth.expireAllAccessTokens();
  if (request.revokeAllRefreshTokens) sandbox.oauth.revokeAllRefreshTokens();
  return { faults: sandbox.faults.summary() };
}

async function route(
  sandbox: SandboxContext,
  req: http.IncomingMessage,
  path: string,
): Promise<Record<string, unknown>> {
  const method = req.method ?? 'GET';
  if (method === 'GET' && path === '/_sandbox/state') return summary(sandbox);
  if (method === 'GET' && path === '/_sandbox/clock') return { now: zoomTime(sandbox.now()) };
  if (method === 'GET' && path === '/_sandbox/apps')
    return { apps: sandbox.apps.list().map(appJson) };
  if (method !== 'POST')
    throw new ControlError(404, `There is no control endpoint ${method} ${path}.`);
  const text = (await readBody(req)) ?? '';
  switch (path) {
    case '/_sandbox/reset': {
      const request = parse(ResetRequest, text);
      sandbox.reset(request.scenario, request.users);
      return summary(sandbox);
    }
    case '/_sandbox/tokens':
      return issueToken(sandbox, text);
    case '/_sandbox/faults':
      return applyFaults(sandbox, text);
    case '/_sandbox/clock':
      sandbox.clock.advance(parse(ClockRequest, text).advanceSeconds);
      return { now: zoomTime(sandbox.now()) };
    case '/_sandbox/app-signin':
      return appSignIn(sandbox, text);
    case '/_sandbox/apps': {
      const { accountId, ...config } = parse(AppCreateRequest, text);
      const account = accountId ?? sandboxOrganisation.accountId;
      if (!sandbox.state.accounts.get(account))
        throw new ControlError(404, `There is no account ${account}.`);
      return appJson(sandbox.apps.create(account, config));
    }
    case '/_sandbox/apps/update': {
      const { clientId, ...changes } = parse(AppUpdateRequest, text);
      const app = sandbox.apps.update(clientId, changes);
      if (!app) throw new ControlError(404, `There is no app ${clientId}.`);
      return appJson(app);
    }
    case '/_sandbox/api-version': {
      sandbox.apiVersion = parse(ApiVersionRequest, text).version;
      return { api_version: sandbox.apiVersion };
    }
    case '/_sandbox/rate-limits': {
      const request = parse(RateLimitRequest, text);
      sandbox.limiter.setTier(request.tier, request.dailyInviteLimit);
      return {
        rate_limits: sandbox.limiter.currentTier,
        daily_invite_limit: sandbox.limiter.dailyInviteLimit() ?? null,
      };
    }
    default:
      throw new ControlError(404, `There is no control endpoint POST ${path}.`);
  }
}

/** The header a control call carries the sandbox's per-run secret in. */
export const sandboxControlHeader = 'x-sandbox-control';

function carriesSecret(req: http.IncomingMessage, secret: string): boolean {
  const given = req.headers[sandboxControlHeader];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Serves /_sandbox/*: the mailbox (demo email, for people to read), and JSON control endpoints
 * for tests, benchmarks and demos, which need the per-run secret in a header. A custom header
 * also means a page on another site cannot send one without a CORS preflight, which is never granted.
 */
export async function handleControl(
  sandbox: SandboxContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  secret: string,
): Promise<void> {
  if (
    req.method === 'GET' &&
    (url.pathname === '/_sandbox/mailbox' || url.pathname === '/_sandbox/mailbox.json')
  )
    return handleMailbox(sandbox, res, url);
  if (!carriesSecret(req, secret)) {
    sandbox.log.warn('Refused a control call without the sandbox secret', {
      path: url.pathname.slice(0, 100),
    });
    return sendJson(res, 403, {
      error: `The control endpoints need the ${sandboxControlHeader} header with this run's secret.`,
    });
  }
  try {
    sendJson(res, 200, await route(sandbox, req, url.pathname));
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    sendJson(res, error.status, { error: error.message });
  }
}
