import { normaliseEmail } from '../../shared/team-emails';
import type { ApiRequest, Caller } from './api-types';
import { ZoomApiError } from './http';
import type { SandboxUser } from './model';
import { missingScopesMessage } from './scopes';

/** Zoom's 4700 (or 4711, see missingScopesCode): the token lacks the scopes this call needs. */
export function missingScopes(
  scopes: ReadonlyArray<string>,
  code: 4700 | 4711 = 4700,
): ZoomApiError {
  return new ZoomApiError(400, code, missingScopesMessage(scopes));
}

/** Zoom's 1001 for an unknown (or foreign) user. */
export function userDoesNotExist(userId: string): ZoomApiError {
  return new ZoomApiError(404, 1001, `User does not exist: ${userId}.`);
}

/** Zoom's 1120 for a pending user whose invitation ran out. */
export function invitationNotFound(): ZoomApiError {
  return new ZoomApiError(
    400,
    1120,
    'A valid invitation to join the Zoom account was not found for this user.',
  );
}

function isSelf(caller: Caller, userId: string): boolean {
  const me = caller.user;
  return (
    userId === 'me' ||
    (me.id !== undefined && userId === me.id) ||
    normaliseEmail(userId) === me.email
  );
}

/**
 * Resolves `{userId}` (me, an id, or an email — the only way to reach a pending user) on the
 * caller's account. Without the admin scope a token may only reach its own user (or, with
 * `allowAssistant`, a host who gave the caller scheduling privilege).
 */
export function resolveUser(
  request: ApiRequest,
  adminScope: string,
  options: { allowAssistant?: boolean } = {},
): SandboxUser {
  const { caller, sandbox } = request;
  const userId = request.params.userId ?? '';
  if (isSelf(caller, userId)) return caller.user;
  const state = sandbox.state;
  const target = userId.includes('@')
    ? state.findByEmail(caller.account.id, userId)
    : state.findById(caller.account.id, userId);
  if (!caller.scopes.has(adminScope)) {
    if (options.allowAssistant && target?.assistantKeys.includes(caller.user.key)) return target;
    throw missingScopes([adminScope]);
  }
  if (!target) throw userDoesNotExist(userId);
  return target;
}

/** True when the caller acts with the admin scope on their account. */
export function hasScope(request: ApiRequest, scope: string): boolean {
  return request.caller.scopes.has(scope);
}

/** The body as a plain object, or Zoom's 300 when it is not one. */
export function bodyObject(request: ApiRequest): Record<string, unknown> {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ZoomApiError(400, 300, 'Request Body should be a valid JSON object.');
  return body as Record<string, unknown>;
}
