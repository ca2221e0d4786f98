import { normaliseEmail } from '../../shared/team-emails';
import { bodyObject, hasScope, resolveUser } from './access';
import type { ApiHandler } from './api-types';
import { dayMs } from './clock';
import type { SandboxContext } from './context';
import { validationFailed, ZoomApiError } from './http';
import type { SandboxAccount, SandboxUser } from './model';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The daily invite limit (Pro 1,500 creates a day), counted per account per UTC day. */
function takeDailyInvite(sandbox: SandboxContext, account: SandboxAccount): void {
  const limit = sandbox.limiter.dailyInviteLimit();
  if (limit === undefined) return;
  const now = sandbox.now();
  const today = utcDay(now);
  if (account.inviteDay !== today) {
    account.inviteDay = today;
    account.invitesToday = 0;
  }
  if (account.invitesToday >= limit) {
    const secondsToMidnight = Math.ceil((Math.floor(now / dayMs + 1) * dayMs - now) / 1000);
    throw new ZoomApiError(
      429,
      429,
      `You have exceeded the daily rate limit (${limit}) of user invite requests permitted for this account. You may resume these requests at GMT 00:00:00.`,
      undefined,
      {
        'Retry-After': String(secondsToMidnight),
        'X-RateLimit-Category': 'Light',
        'X-RateLimit-Type': 'Daily-limit',
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': '0',
      },
    );
  }
  account.invitesToday += 1;
}

/** True when the email's owner runs another account that has other users (Zoom's 1009). */
function ownsAccountWithUsers(sandbox: SandboxContext, email: string, accountId: string): boolean {
  return sandbox.state.recordsWithEmail(email).some((u) => {
    if (u.accountId === accountId || u.roleId !== '0' || u.status !== 'active') return false;
    return sandbox.state.usersOf(u.accountId).length > 1;
  });
}

/** POST /users — with action create: a pending user and Zoom's invitation email. */
export const createUser: ApiHandler = (request) => {
  const body = bodyObject(request);
  const { sandbox, caller } = request;
  const action = body.action;
  if (
    action !== 'create' &&
    action !== 'autoCreate' &&
    action !== 'custCreate' &&
    action !== 'ssoCreate'
  )
    throw validationFailed('action');
  const info = body.user_info;
  if (typeof info !== 'object' || info === null || Array.isArray(info))
    throw validationFailed('user_info');
  const userInfo = info as Record<string, unknown>;
  const email = userInfo.email;
  if (typeof email !== 'string' || email.length > 128 || !emailPattern.test(email))
    throw validationFailed('user_info.email');
  const type = userInfo.type;
  if (type !== 1 && type !== 2) throw validationFailed('user_info.type');
  const firstName = userInfo.first_name ?? '';
  const lastName = userInfo.last_name ?? '';
  if (typeof firstName !== 'string' || firstName.length > 64)
    throw validationFailed('user_info.first_name');
  if (typeof lastName !== 'string' || lastName.length > 64)
    throw validationFailed('user_info.last_name');
  if (action === 'ssoCreate')
    throw new ZoomApiError(
      400,
      2002,
      'SSO has not been enabled for this account. Contact the Zoom support team to enable this option.',
    );
  if (action !== 'create') throw new ZoomApiError(400, 200, 'No privilege.');

  const account = caller.account;
  const address = normaliseEmail(email);
  const state = sandbox.state;
  if (state.findByEmail(account.id, address))
    throw new ZoomApiError(409, 1005, `Email "${address}" has already been used.`);
  if (ownsAccountWithUsers(sandbox, address, account.id))
    throw new ZoomApiError(400, 1009, `The user ${address} already holds an active account.`);
  if (type === 2 && state.licencesUsed(account.id) >= account.licences)
    throw new ZoomApiError(
      400,
      2034,
      `Your request to add a new Licensed user could not be approved at this time because your account has reached the permitted maximum number of ${account.licences} Licensed users. Please purchase additional licenses or contact the Zoom support team to provision additional users in your account.`,
    );
  takeDailyInvite(sandbox, account);

  const now = sandbox.now();
  const user = state.addUser({
    accountId: account.id,
    email: address,
    firstName,
    lastName,
    type,
    status: 'pending',
    createdAt: now,
  });
  state.attachInvitation(user, caller.user, now);
  sandbox.log.info('Sandbox sent an invitation', { to: address });
  return {
    status: 201,
    body: { email: user.email, first_name: firstName, last_name: lastName, type },
  };
};

/** A member leaves with their own free account (what Zoom's disassociate does). */
function giveOwnAccount(sandbox: SandboxContext, user: SandboxUser): void {
  const state = sandbox.state;
  const accountId = `personal${state.accounts.size + 1}${user.key}`;
  state.addAccount({
    id: accountId,
    number: 90_500_000 + state.accounts.size,
    name: `${user.firstName} ${user.lastName}`.trim(),
    planName: 'Basic',
    plan: 'free',
    licences: 0,
    ownerKey: user.key,
    inviteDay: '',
    invitesToday: 0,
  });
  for (const other of state.usersOf(user.accountId)) {
    other.assistantKeys = other.assistantKeys.filter((k) => k !== user.key);
  }
  user.assistantKeys = [];
  state.moveUser(user, accountId);
  user.roleId = '0';
  user.type = 1;
}

/**
 * DELETE /users/{userId} — disassociate (default) or delete. On a pending user, disassociate
 * withdraws the invitation; with POST /users again this is how the portal's "Resend" works.
 */
export const deleteUser: ApiHandler = (request) => {
  const { sandbox, caller, query } = request;
  const action = query.get('action') ?? 'disassociate';
  if (action !== 'disassociate' && action !== 'delete') throw validationFailed('action');
  const user = resolveUser(request, 'user:write:admin');
  if (!hasScope(request, 'user:write:admin') || user.key === caller.user.key || user.roleId === '0')
    throw new ZoomApiError(400, 200, 'No privilege.');
  if (user.status !== 'pending' && action === 'disassociate' && user.roleId === '1')
    throw new ZoomApiError(400, 1117, 'You can not disassociate an Admin user.');
  sandbox.oauth.revokeUser(user.key);
  if (user.status === 'pending' || action === 'delete') {
    sandbox.state.removeUser(user);
    return { status: 204 };
  }
  giveOwnAccount(sandbox, user);
  return { status: 204 };
};
