import {
  bodyObject,
  hasScope,
  invitationNotFound,
  missingScopes,
  resolveUser,
  userDoesNotExist,
} from './access';
import type { ApiHandler, ApiRequest } from './api-types';
import { validationFailed, ZoomApiError } from './http';
import type { UserType } from './model';
import { paginate, usersPageSizeLimit } from './pagination';
import { userDetail, userListItem, userSettings } from './user-json';

const statuses = ['active', 'inactive', 'pending'] as const;
const includeFields = ['custom_attributes', 'host_key'];

/** GET /users — the account's users by status, in pages (at most 300 by 2023, 2000 by 2025). */
export const listUsers: ApiHandler = (request) => {
  const { query, caller, sandbox } = request;
  const status = query.get('status') ?? 'active';
  if (!statuses.some((s) => s === status)) throw validationFailed('status');
  const include = query.get('include_fields');
  if (include !== null && include !== '' && !includeFields.includes(include))
    throw validationFailed('include_fields');
  const roleId = query.get('role_id');
  const users = sandbox.state
    .usersOf(caller.account.id)
    .filter(
      (u) => u.status === status && (roleId === null || roleId === '' || u.roleId === roleId),
    );
  const page = paginate(
    users,
    query,
    sandbox.pageTokens,
    `users:${caller.account.id}:${status}:${roleId ?? ''}`,
    usersPageSizeLimit[sandbox.apiVersion],
  );
  const includeHostKey = include === 'host_key';
  return {
    status: 200,
    body: {
      page_count: page.page_count,
      page_number: page.page_number,
      page_size: page.page_size,
      total_records: page.total_records,
      next_page_token: page.next_page_token,
      users: page.items.map((u) => userListItem(u, { includeHostKey })),
    },
  };
};

/** GET /users/{userId} — one user; an expired invitation answers 1120. */
export const getUser: ApiHandler = (request) => {
  const userId = request.params.userId ?? '';
  const onlyUserInfo =
    !hasScope(request, 'user:read') && !hasScope(request, 'user:read:admin') && userId !== 'me';
  if (onlyUserInfo) throw missingScopes(['user:read:admin', 'user:read']);
  const user = resolveUser(request, 'user:read:admin');
  const { sandbox } = request;
  if (sandbox.state.isExpired(user, sandbox.now())) throw invitationNotFound();
  return {
    status: 200,
    body: userDetail(user, sandbox.state.accountOf(user), sandbox.baseUrl, sandbox.now()),
  };
};

/** GET /users/{userId}/settings — a plausible subset of Zoom's user settings. */
export const getUserSettings: ApiHandler = (request) => {
  const user = resolveUser(request, 'user:read:admin');
  if (request.sandbox.state.isExpired(user, request.sandbox.now())) throw invitationNotFound();
  return { status: 200, body: userSettings(user) };
};

function optionalString(
  body: Record<string, unknown>,
  field: string,
  maxLength: number,
): string | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > maxLength) throw validationFailed(field);
  return value;
}

function licenceLimitOnConvert(licences: number): ZoomApiError {
  return new ZoomApiError(
    400,
    2034,
    `Your request to convert the plan type of this user to "Licensed" was not approved at this time because your account has reached the permitted maximum number of "${licences}" users. You must purchase additional licenses or contact the Zoom support team to provision additional users in your account.`,
  );
}

function requestedType(body: Record<string, unknown>): UserType | undefined {
  const type = body.type;
  if (type === undefined) return undefined;
  if (type !== 1 && type !== 2) throw validationFailed('type');
  return type;
}

/**
 * PATCH /users/{userId} — profile fields; type and PMI need an admin. People may set their own
 * host key (as on their Profile page) unless the account keeps it for admins; then Zoom's 200
 * "Only an account administrator can change the host key." (2023 spec → `userUpdate`).
 */
export const updateUser: ApiHandler = (request: ApiRequest) => {
  const body = bodyObject(request);
  const user = resolveUser(request, 'user:write:admin');
  const { sandbox } = request;
  const admin = hasScope(request, 'user:write:admin');
  if (sandbox.state.isExpired(user, sandbox.now())) throw invitationNotFound();

  const firstName = optionalString(body, 'first_name', 64);
  const lastName = optionalString(body, 'last_name', 64);
  const dept = optionalString(body, 'dept', 128);
  const timezone = optionalString(body, 'timezone', 64);
  const language = optionalString(body, 'language', 16);
  const type = requestedType(body);
  const hostKey = optionalString(body, 'host_key', 10);
  const pmi = body.pmi;

  if (type !== undefined && !admin)
    throw new ZoomApiError(
      400,
      1108,
      'Permission requirements to change the user type of this user were not met.',
    );
  if (hostKey !== undefined) {
    const keptForAdmins = sandbox.state.accountOf(user).adminOnlyUserInfo?.includes('host_key');
    if (!admin && keptForAdmins)
      throw new ZoomApiError(400, 200, 'Only an account administrator can change the host key.');
    if (!/^\d{6,10}$/.test(hostKey)) throw validationFailed('host_key');
  }
  if (pmi !== undefined) {
    if (!admin)
      throw new ZoomApiError(
        400,
        200,
        'Only an account administrator can change a Personal Meeting ID (PMI).',
      );
    if (
      typeof pmi !== 'number' ||
      !Number.isInteger(pmi) ||
      pmi < 1_000_000_000 ||
      pmi > 99_999_999_999
    )
      throw validationFailed('pmi');
  }
  const account = sandbox.state.accountOf(user);
  if (type === 2 && user.type !== 2 && sandbox.state.licencesUsed(account.id) >= account.licences)
    throw licenceLimitOnConvert(account.licences);

  if (firstName !== undefined) user.firstName = firstName;
  if (lastName !== undefined) user.lastName = lastName;
  if (dept !== undefined) user.dept = dept;
  if (timezone !== undefined) user.timezone = timezone;
  if (language !== undefined) user.language = language;
  if (type !== undefined) user.type = type;
  if (type === 2) user.hostKey ??= String(sandbox.state.random.int(100_000, 999_999));
  if (hostKey !== undefined) user.hostKey = hostKey;
  if (typeof pmi === 'number') user.pmi = pmi;
  return { status: 204 };
};

/**
 * PUT /users/{userId}/status — an owner or admin turns a member's account off or on again.
 * Zoom has no id for a pending user, so it answers 1001 as for a stranger. A Licensed user who
 * comes back when every licence is taken comes back Basic, as in Zoom's web portal.
 */
export const setUserStatus: ApiHandler = (request: ApiRequest) => {
  const body = bodyObject(request);
  const action = body.action;
  if (action !== 'activate' && action !== 'deactivate') throw validationFailed('action');
  if (!hasScope(request, 'user:write:admin')) throw missingScopes(['user:write:admin']);
  const user = resolveUser(request, 'user:write:admin');
  if (user.status === 'pending') throw userDoesNotExist(request.params.userId ?? '');
  if (user.roleId !== '2')
    throw new ZoomApiError(
      400,
      200,
      "Zoom Room and Admin users' status cannot be activated or deactivated.",
    );
  const { state } = request.sandbox;
  if (action === 'deactivate') {
    user.status = 'inactive';
    return { status: 204 };
  }
  if (user.status === 'inactive') {
    const account = state.accountOf(user);
    if (user.type === 2 && state.licencesUsed(account.id) >= account.licences) user.type = 1;
    user.status = 'active';
  }
  return { status: 204 };
};
