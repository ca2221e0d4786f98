import type http from 'node:http';
import { missingScopes } from './access';
import type { ApiHandler, Caller } from './api-types';
import {
  addAssistants,
  deleteAssistant,
  deleteAssistants,
  listAssistants,
  listSchedulers,
} from './assistants-routes';
import type { SandboxContext } from './context';
import { readBody, sendEmpty, sendJson, ZoomApiError } from './http';
import { createUser, deleteUser } from './invitations-routes';
import { getMeeting, listMeetings, updateMeeting } from './meetings-routes';
import { matchPath, sandboxOperations, type SandboxOperationId } from './operations';
import { getUser, getUserSettings, listUsers, setUserStatus, updateUser } from './users-routes';
import { isAdminScope, isGranularScope } from './apps';
import { missingScopesCode } from './scopes';
import type { OperationInfo } from './operations';

const handlers: Readonly<Record<SandboxOperationId, ApiHandler>> = {
  users: listUsers,
  userCreate: createUser,
  user: getUser,
  userUpdate: updateUser,
  userDelete: deleteUser,
  userStatus: setUserStatus,
  userSettings: getUserSettings,
  meetings: listMeetings,
  meeting: getMeeting,
  meetingUpdate: updateMeeting,
  userAssistants: listAssistants,
  userAssistantCreate: addAssistants,
  userAssistantsDelete: deleteAssistants,
  userAssistantDelete: deleteAssistant,
  userSchedulers: listSchedulers,
};

function invalidToken(message = 'Invalid access token.'): ZoomApiError {
  return new ZoomApiError(401, 124, message);
}

/**
 * A granular scope stands for the classic ones it replaces, for this operation only: the admin
 * one for the classic admin scopes, the user-level one for the classic user-level scopes (acting
 * on the caller alone). So the handlers keep one rule, written with the classic names.
 */
function withGranularScopes(caller: Caller, op: OperationInfo): Caller {
  const implied = op.scopes.filter((classic) =>
    isAdminScope(classic)
      ? caller.scopes.has(op.granular.admin)
      : op.granular.user !== null && caller.scopes.has(op.granular.user),
  );
  return implied.length === 0
    ? caller
    : { ...caller, scopes: new Set([...caller.scopes, ...implied]) };
}

/** What Zoom names as missing: the granular pair for a token of granular scopes, else the classic ones. */
function scopesToName(caller: Caller, op: OperationInfo): ReadonlyArray<string> {
  const granular = [...caller.scopes].some(isGranularScope);
  if (!granular) return op.scopes;
  return op.granular.user ? [op.granular.user, op.granular.admin] : [op.granular.admin];
}

/** Bearer header only: a token in the query string is refused (124), as Zoom does. */
function authenticate(
  sandbox: SandboxContext,
  req: http.IncomingMessage,
  query: URLSearchParams,
): Caller {
  if (query.has('access_token')) throw invalidToken();
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw invalidToken();
  const check = sandbox.oauth.checkAccessToken(match[1]);
  if (!check.ok)
    throw invalidToken(check.reason === 'expired' ? 'Access token is expired.' : undefined);
  const { grant } = check;
  // "Tokens stop working when the app is deactivated" (Zoom's Server-to-Server docs).
  const app = sandbox.apps.get(grant.clientId);
  if (app && !app.activated) throw invalidToken();
  const user = sandbox.state.user(grant.userKey);
  const account = sandbox.state.accounts.get(grant.accountId);
  if (!user || !account || user.accountId !== account.id || user.status !== 'active')
    throw invalidToken();
  return { grant, user, account, scopes: new Set(grant.scopes) };
}

function rateLimited(category: string, limit: number, retryAfter: number): ZoomApiError {
  return new ZoomApiError(
    429,
    429,
    'You have reached the maximum per-second rate limit for this API. Try again later.',
    undefined,
    {
      'Retry-After': String(retryAfter),
      'X-RateLimit-Category': category,
      'X-RateLimit-Type': 'QPS',
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': '0',
    },
  );
}

async function run(
  sandbox: SandboxContext,
  req: http.IncomingMessage,
  path: string,
  query: URLSearchParams,
): Promise<{ status: number; body?: unknown; headers?: Readonly<Record<string, string>> }> {
  const method = req.method ?? 'GET';
  const candidates = sandboxOperations
    .map((op) => ({ op, params: matchPath(op.path, path) }))
    .filter((c) => c.params !== undefined);
  const found = candidates.find((c) => c.op.method === method);
  if (!found?.params) {
    if (candidates.length > 0)
      throw new ZoomApiError(405, 405, `Method ${method} is not allowed here.`);
    throw new ZoomApiError(404, 404, `No API endpoint matches ${method} /v2${path}.`);
  }
  const { op, params } = found;
  const caller = withGranularScopes(authenticate(sandbox, req, query), op);
  if (!op.scopes.some((s) => caller.scopes.has(s)))
    throw missingScopes(
      scopesToName(caller, op),
      missingScopesCode(sandbox.apps.get(caller.grant.clientId)),
    );
  const decision = sandbox.limiter.take(caller.account.id, op.category);
  if (!decision.allowed) throw rateLimited(op.category, decision.limit, decision.retryAfterSeconds);

  let body: unknown;
  if (method === 'POST' || method === 'PATCH' || method === 'PUT') {
    const text = await readBody(req);
    if (text === null) throw new ZoomApiError(413, 300, 'Request Body is too large.');
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        throw new ZoomApiError(400, 300, 'Request Body should be a valid JSON object.');
      }
    }
  }
  return handlers[op.operationId]({ sandbox, caller, params, query, body });
}

/** Serves `/v2/...`: authentication, scopes, rate limits, then the operation. */
export async function handleApi(
  sandbox: SandboxContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): Promise<void> {
  try {
    const result = await run(sandbox, req, url.pathname.slice('/v2'.length), url.searchParams);
    if (result.body === undefined) sendEmpty(res, result.status, result.headers);
    else sendJson(res, result.status, result.body, result.headers);
  } catch (error) {
    if (!(error instanceof ZoomApiError)) throw error;
    sendJson(res, error.status, error.body(), error.headers);
  }
}
