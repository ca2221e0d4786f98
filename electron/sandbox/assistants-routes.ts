import { bodyObject, resolveUser, userDoesNotExist } from './access';
import type { ApiHandler } from './api-types';
import { zoomTime } from './clock';
import { validationFailed, ZoomApiError } from './http';
import type { SandboxUser } from './model';

function noPrivilege(message: string): ZoomApiError {
  return new ZoomApiError(400, 200, message);
}

/** GET /users/{userId}/assistants — whom the user gave scheduling privilege. */
export const listAssistants: ApiHandler = (request) => {
  const user = resolveUser(request, 'user:read:admin');
  const assistants = user.assistantKeys
    .map((key) => request.sandbox.state.user(key))
    .filter((u): u is SandboxUser => u !== undefined)
    .map((u) => ({ id: u.id ?? '', email: u.email }));
  return { status: 200, body: { assistants } };
};

/**
 * POST /users/{userId}/assistants — grants scheduling privilege to up to 30 Licensed users of
 * the same account. (They see it in the Zoom app only after signing out and in again.)
 */
export const addAssistants: ApiHandler = (request) => {
  const body = bodyObject(request);
  const host = resolveUser(request, 'user:write:admin');
  const state = request.sandbox.state;
  const entries = body.assistants;
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > 30)
    throw validationFailed('assistants');
  if (host.type !== 2)
    throw noPrivilege(
      `The user must either be a Licensed user or an On-prem user : ${host.id ?? host.email}.`,
    );
  const chosen: SandboxUser[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) throw validationFailed('assistants');
    const { id, email } = entry as { id?: unknown; email?: unknown };
    if (id !== undefined && typeof id !== 'string') throw validationFailed('assistants.id');
    if (email !== undefined && typeof email !== 'string')
      throw validationFailed('assistants.email');
    const label = email ?? id ?? '';
    const found =
      typeof id === 'string' && id !== ''
        ? state.findById(host.accountId, id)
        : typeof email === 'string'
          ? state.findByEmail(host.accountId, email)
          : undefined;
    if (!found || found.status !== 'active') throw noPrivilege(`Can't find user ${label}.`);
    if (found.key === host.key) throw noPrivilege("Can't assign scheduling privilege to yourself.");
    if (found.type !== 2)
      throw noPrivilege(
        `The user must either be a Licensed user or an On-prem user : ${found.email}.`,
      );
    if (host.assistantKeys.includes(found.key) || chosen.includes(found))
      throw noPrivilege(`User ${found.email} has already granted scheduling privilege.`);
    chosen.push(found);
  }
  host.assistantKeys = [...host.assistantKeys, ...chosen.map((u) => u.key)];
  return {
    status: 201,
    body: {
      ids: chosen.map((u) => u.id ?? '').join(','),
      add_at: zoomTime(request.sandbox.now()),
    },
  };
};

/** DELETE /users/{userId}/assistants — removes every assistant. */
export const deleteAssistants: ApiHandler = (request) => {
  const host = resolveUser(request, 'user:write:admin');
  host.assistantKeys = [];
  return { status: 204 };
};

/** DELETE /users/{userId}/assistants/{assistantId} — removes one assistant. */
export const deleteAssistant: ApiHandler = (request) => {
  const host = resolveUser(request, 'user:write:admin');
  const assistantId = request.params.assistantId ?? '';
  const assistant = request.sandbox.state.findById(host.accountId, assistantId);
  if (!assistant || !host.assistantKeys.includes(assistant.key))
    throw userDoesNotExist(assistantId);
  host.assistantKeys = host.assistantKeys.filter((k) => k !== assistant.key);
  return { status: 204 };
};

/** GET /users/{userId}/schedulers — the hosts this user may schedule for. */
export const listSchedulers: ApiHandler = (request) => {
  const user = resolveUser(request, 'user:read:admin');
  const schedulers = request.sandbox.state
    .schedulersOf(user)
    .map((u) => ({ id: u.id ?? '', email: u.email, pmi: u.pmi }));
  return { status: 200, body: { schedulers } };
};
