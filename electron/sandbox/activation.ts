import { createHash } from 'node:crypto';
import type http from 'node:http';
import { escapeHtml } from '../../shared/html';
import type { SandboxContext } from './context';
import { parseForm, readBody, sendHtml } from './http';
import type { SandboxUser } from './model';
import { hiddenFields, messagePage, page } from './pages';
import { passwordProblems } from './password';

function hashPassword(email: string, password: string): string {
  return createHash('sha256').update(`${email}\n${password}`).digest('hex');
}

function newPersonForm(
  token: string,
  user: SandboxUser,
  errors: ReadonlyArray<string>,
  values: { first: string; last: string },
): string {
  const errorList = errors.length
    ? `<div class="error" role="alert"><p>Please fix these and try again:</p><ul>${errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul></div>`
    : '';
  return page(
    'Activate your Zoom account',
    `<p>Your account will use the email <strong>${escapeHtml(user.email)}</strong>.</p>
${errorList}
<form method="post" action="/activate/${escapeHtml(token)}">
${hiddenFields({ step: 'activate' })}
<label for="first_name">First name</label>
<input type="text" id="first_name" name="first_name" autocomplete="given-name" value="${escapeHtml(values.first)}">
<label for="last_name">Last name</label>
<input type="text" id="last_name" name="last_name" autocomplete="family-name" value="${escapeHtml(values.last)}">
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="new-password" aria-describedby="password-rules">
<p id="password-rules" class="meta">8 to 32 characters, with at least one letter and one number, and both upper and lower case letters. Not one character repeated (like 11111111) and no characters in a row (like 123456).</p>
<label for="confirm_password">Type the password again</label>
<input type="password" id="confirm_password" name="confirm_password" autocomplete="new-password">
<p><button type="submit">Activate</button></p>
</form>`,
  );
}

function signInHint(user: SandboxUser): string {
  if (user.loginTypes.includes(1))
    return 'You made your Zoom account with Google: keep using "Sign in with Google".';
  if (user.loginTypes.includes(24))
    return 'You made your Zoom account with Apple: keep using "Sign in with Apple".';
  if (user.loginTypes.includes(27))
    return 'You made your Zoom account with Microsoft: keep using "Sign in with Microsoft".';
  return 'Sign in with your email and password.';
}

function approvePage(
  sandbox: SandboxContext,
  token: string,
  user: SandboxUser,
  existing: SandboxUser,
): string {
  const account = sandbox.state.accountOf(user);
  return page(
    'Approve request',
    `<p>${escapeHtml(account.name)} has invited you to join their Zoom account. Your email <strong>${escapeHtml(user.email)}</strong> already has a Zoom account.</p>
<p>If you approve, ${escapeHtml(account.name)} will manage your account and give you a licence. Your meetings, recordings and settings come with you.</p>
<p>${escapeHtml(signInHint(existing))}</p>
<form method="post" action="/activate/${escapeHtml(token)}">
${hiddenFields({ step: 'approve' })}
<button type="submit">Approve request</button>
</form>`,
  );
}

function confirmPage(sandbox: SandboxContext, token: string, user: SandboxUser): string {
  const account = sandbox.state.accountOf(user);
  return page(
    'Confirm and switch',
    `<p>You are switching your Zoom account to <strong>${escapeHtml(account.name)}</strong>.</p>
<ul><li>Your meetings, recordings and settings move with you.</li><li>Your old usage reports stay behind.</li><li>The admins of ${escapeHtml(account.name)} will manage your account.</li></ul>
<form method="post" action="/activate/${escapeHtml(token)}">
${hiddenFields({ step: 'confirm' })}
<button type="submit">Confirm and switch</button>
</form>`,
  );
}

/** Whether the person's own account is a plan they pay for (Zoom then asks about the refund). */
function paysOwnPlan(sandbox: SandboxContext, existing: SandboxUser): boolean {
  return existing.roleId === '0' && sandbox.state.accountOf(existing).plan !== 'free';
}

/**
 * Zoom's extra screen for the owner of a paid plan: the plan ends, and they choose where the
 * prorated money for the time left goes — back to them, or to the account they join
 * (KB0063202; the "Join the Account" / "Refund to me" wording is a university's copy, Rutgers).
 */
function joinAccountPage(
  sandbox: SandboxContext,
  token: string,
  user: SandboxUser,
  existing: SandboxUser,
): string {
  const account = sandbox.state.accountOf(user);
  const own = sandbox.state.accountOf(existing);
  return page(
    'Join the Account',
    `<p>You pay for your own Zoom plan (<strong>${escapeHtml(own.planName)}</strong>). When you join ${escapeHtml(account.name)}, your own plan ends and ${escapeHtml(account.name)} gives you a licence.</p>
<p>Zoom pays back the time left on your plan. Choose where the money goes:</p>
<form method="post" action="/activate/${escapeHtml(token)}">
${hiddenFields({ step: 'join' })}
<fieldset><legend>Your refund</legend>
<label><input type="radio" name="refund" value="refund" checked> Refund to me</label>
<label><input type="radio" name="refund" value="credit"> Move the credit to ${escapeHtml(account.name)}</label>
</fieldset>
<p><button type="submit">Join the Account</button></p>
</form>`,
  );
}

/** Moves a person with a personal account into the inviting account, keeping who they are. */
function confirmAndSwitch(
  sandbox: SandboxContext,
  pending: SandboxUser,
  existing: SandboxUser,
): void {
  const state = sandbox.state;
  const oldAccountId = existing.accountId;
  sandbox.oauth.revokeUser(existing.key);
  for (const meeting of state.meetings.values())
    if (meeting.hostKey === existing.key) meeting.hostKey = pending.key;
  const id = existing.id ?? state.newId();
  state.removeUser(existing);
  if (state.usersOf(oldAccountId).length === 0) state.removeAccount(oldAccountId);
  state.assignId(pending, id);
  pending.status = 'active';
  pending.verified = 1;
  pending.firstName = pending.firstName || existing.firstName;
  pending.lastName = pending.lastName || existing.lastName;
  pending.loginTypes = [...existing.loginTypes];
  pending.pmi = existing.pmi;
  pending.userCreatedAt = existing.userCreatedAt;
  pending.lastLoginTime = existing.lastLoginTime;
  pending.lastClientVersion = existing.lastClientVersion;
  pending.passwordHash = existing.passwordHash;
  pending.hostKey ??= String(state.random.int(100_000, 999_999));
  if (pending.invitation) pending.invitation.state = 'used';
}

function activateNewPerson(
  sandbox: SandboxContext,
  user: SandboxUser,
  first: string,
  last: string,
  password: string,
): void {
  const now = sandbox.now();
  sandbox.state.assignId(user, sandbox.state.newId());
  user.status = 'active';
  user.verified = 1;
  user.firstName = first;
  user.lastName = last;
  user.loginTypes = [100];
  user.passwordHash = hashPassword(user.email, password);
  user.userCreatedAt = now;
  user.lastLoginTime = now;
  user.hostKey ??= String(sandbox.state.random.int(100_000, 999_999));
  if (user.invitation) user.invitation.state = 'used';
}

function deadLinkPage(
  sandbox: SandboxContext,
  token: string,
): { status: number; html: string } | undefined {
  const view = sandbox.state.invitationByToken(token, sandbox.now());
  switch (view.kind) {
    case 'open':
      return undefined;
    case 'unknown':
      return {
        status: 404,
        html: messagePage('This link does not work', [
          'This activation link is not valid. Check that you copied the whole link from the email.',
        ]),
      };
    case 'cancelled':
      return {
        status: 410,
        html: messagePage('This invitation is no longer valid', [
          'The admin cancelled this invitation or sent a newer one. Look for the newest "Zoom account invitation" email, or ask your admin to send it again.',
        ]),
      };
    case 'used':
      return {
        status: 410,
        html: messagePage('This link was already used', [
          `Your Zoom account is already active. Sign in to Zoom with ${view.user.email}.`,
          'If you never set a password, use "Forgot password" on the sign-in page.',
        ]),
      };
    case 'expired':
      return {
        status: 410,
        html: messagePage('This activation link has expired', [
          'Invitations last 30 days. Ask your admin to send the invitation again; the new email will have a fresh link.',
        ]),
      };
  }
}

/** GET and POST /activate/<token>: the invitee's side of the invitation. */
export async function handleActivation(
  sandbox: SandboxContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  token: string,
): Promise<void> {
  const dead = deadLinkPage(sandbox, token);
  if (dead) return sendHtml(res, dead.status, dead.html);
  const view = sandbox.state.invitationByToken(token, sandbox.now());
  if (view.kind !== 'open') return;
  const user = view.user;
  const existing = sandbox.state.activeElsewhere(user);
  const form =
    req.method === 'POST' ? parseForm((await readBody(req)) ?? '') : new URLSearchParams();
  const step = form.get('step');
  const account = sandbox.state.accountOf(user);

  if (existing) {
    if (step === 'approve') return sendHtml(res, 200, confirmPage(sandbox, token, user));
    const paid = paysOwnPlan(sandbox, existing);
    if (step === 'confirm' && paid)
      return sendHtml(res, 200, joinAccountPage(sandbox, token, user, existing));
    if ((step === 'confirm' && !paid) || (step === 'join' && paid)) {
      const refund =
        form.get('refund') === 'credit'
          ? `Your own plan has ended. The money for the time left went to ${account.name} as credit.`
          : 'Your own plan has ended. Zoom will pay back the time left to you.';
      confirmAndSwitch(sandbox, user, existing);
      return sendHtml(
        res,
        200,
        messagePage(`You are now part of ${account.name}`, [
          `Your Zoom account ${user.email} now belongs to ${account.name} and has a licence.`,
          ...(paid ? [refund] : []),
          signInHint(user),
          'If the Zoom app is open, sign out and sign in again.',
        ]),
      );
    }
    return sendHtml(res, 200, approvePage(sandbox, token, user, existing));
  }

  if (step !== 'activate')
    return sendHtml(
      res,
      200,
      newPersonForm(token, user, [], { first: user.firstName, last: user.lastName }),
    );
  const first = (form.get('first_name') ?? '').trim();
  const last = (form.get('last_name') ?? '').trim();
  const password = form.get('password') ?? '';
  const errors = [
    ...(first ? [] : ['Enter your first name.']),
    ...(last ? [] : ['Enter your last name.']),
    ...passwordProblems(password),
    ...(password === (form.get('confirm_password') ?? '')
      ? []
      : ['The two passwords are not the same.']),
  ];
  if (errors.length) return sendHtml(res, 400, newPersonForm(token, user, errors, { first, last }));
  activateNewPerson(sandbox, user, first, last, password);
  sendHtml(
    res,
    200,
    messagePage('Your Zoom account is ready', [
      `Welcome, ${first}. Your account ${user.email} is active on ${account.name}.`,
      'Next, sign in to the Zoom app with this email and password.',
    ]),
  );
}
