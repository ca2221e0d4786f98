import { escapeHtml } from '../../shared/html';
import type { SandboxContext } from './context';
import type { SandboxUser } from './model';
import { hiddenFields, page } from './pages';

const maxListed = 40;

function personLabel(sandbox: SandboxContext, user: SandboxUser): string {
  const account = sandbox.state.accountOf(user);
  const where = account.plan === 'free' ? 'personal free account' : account.name;
  const role = user.roleId === '0' ? 'owner' : user.roleId === '1' ? 'admin' : 'member';
  return `${user.firstName} ${user.lastName} — ${user.email} (${where}, ${role})`;
}

/**
 * The sign-in page: the scenario's people who can sign in, on any account (including personal
 * free accounts), plus a field for any other email.
 */
export function signInPage(sandbox: SandboxContext, requestId: string, error?: string): string {
  const people = [...sandbox.state.allUsers()]
    .filter((u) => u.status === 'active')
    .slice(0, maxListed);
  const buttons = people
    .map(
      (u) =>
        `<li><button type="submit" name="email" value="${escapeHtml(u.email)}">${escapeHtml(personLabel(sandbox, u))}</button></li>`,
    )
    .join('\n');
  return page(
    'Sign in',
    `<p>Choose who is signing in. In the real Zoom this is where the person types their email and password, or uses Google, Apple or Microsoft.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/oauth/signin">
${hiddenFields({ request: requestId })}
<ul class="people">
${buttons}
</ul>
</form>
<form method="post" action="/oauth/signin">
${hiddenFields({ request: requestId })}
<label for="other-email">Someone else (email)</label>
<input type="text" id="other-email" name="email" autocomplete="email">
<p><button type="submit">Sign in</button></p>
</form>`,
  );
}

/** The consent page: what the app may do, with Allow and Deny. */
export function consentPage(sandbox: SandboxContext, requestId: string, user: SandboxUser): string {
  const account = sandbox.state.accountOf(user);
  const admin = user.roleId !== '2';
  const abilities = [
    'See your Zoom profile (name, email, licence, last sign-in)',
    'See and change your meetings',
    ...(admin ? [`See and manage the users and meetings of ${account.name}`] : []),
  ];
  return page(
    'ReadyRoom would like to access your Zoom account',
    `<p>Signed in as <strong>${escapeHtml(`${user.firstName} ${user.lastName}`)}</strong> (${escapeHtml(user.email)}) on <strong>${escapeHtml(account.name)}</strong>.</p>
<p>ReadyRoom will be able to:</p>
<ul>${abilities.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>
<form method="post" action="/oauth/consent">
${hiddenFields({ request: requestId, user: user.key })}
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny" class="secondary">Deny</button>
</form>`,
  );
}
