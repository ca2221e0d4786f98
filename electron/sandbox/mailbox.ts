import type http from 'node:http';
import { escapeHtml } from '../../shared/html';
import { normaliseEmail } from '../../shared/team-emails';
import { zoomTime } from './clock';
import type { SandboxContext } from './context';
import { sendHtml, sendJson } from './http';
import type { SentEmail } from './model';
import { page } from './pages';

function activationUrl(sandbox: SandboxContext, email: SentEmail): string {
  return `${sandbox.baseUrl}/activate/${email.activationToken}`;
}

function invitationStatus(sandbox: SandboxContext, email: SentEmail): string {
  return sandbox.state.invitationByToken(email.activationToken, sandbox.now()).kind;
}

function visibleEmails(sandbox: SandboxContext, url: URL): SentEmail[] {
  const param = url.searchParams.get('to');
  const to = param === null ? undefined : normaliseEmail(param);
  return sandbox.state.emails.filter((e) => to === undefined || e.to === to).reverse();
}

/** One email as mailbox.json lists it. */
function emailJson(sandbox: SandboxContext, email: SentEmail): Record<string, unknown> {
  return {
    id: email.id,
    to: email.to,
    from: email.from,
    subject: email.subject,
    sent_at: zoomTime(email.sentAt),
    kind: email.kind,
    account_name: email.accountName,
    inviter_name: email.inviterName,
    existing_account: email.existingAccount,
    bounced: email.bounced,
    delivery: email.bounced ? 'bounced' : 'delivered',
    invitation_status: invitationStatus(sandbox, email),
    activation_url: activationUrl(sandbox, email),
  };
}

function emailHtml(sandbox: SandboxContext, email: SentEmail): string {
  const link = activationUrl(sandbox, email);
  const intro = email.existingAccount
    ? `${email.inviterName} has invited you to join the Zoom account ${email.accountName}. Your email already has a Zoom account: when you accept, ${email.accountName} will manage it, and your meetings, recordings and settings come with you.`
    : `${email.inviterName} has invited you to use Zoom with the account ${email.accountName}. To activate your Zoom account, click the button below.`;
  const body = email.bounced
    ? `<p class="error"><strong>Bounced:</strong> this message could not be delivered to ${escapeHtml(email.to)}. The address may have a typo.</p>`
    : `<p>${escapeHtml(intro)}</p>
<p><a class="button" href="${escapeHtml(link)}">Activate Zoom Account</a></p>
<p class="meta">If the button does not work, copy and paste this link into your browser: ${escapeHtml(link)}</p>
<p class="meta">This invitation expires in 30 days.</p>`;
  return `<article class="email" aria-labelledby="${email.id}-subject">
<p class="meta">To: ${escapeHtml(email.to)} · From: Zoom &lt;${escapeHtml(email.from)}&gt; · Sent: ${escapeHtml(zoomTime(email.sentAt))} · Invitation: ${escapeHtml(invitationStatus(sandbox, email))}</p>
<h2 id="${email.id}-subject">${escapeHtml(email.subject)}</h2>
${body}
</article>`;
}

/** GET /_sandbox/mailbox (HTML) and /_sandbox/mailbox.json: the emails the sandbox "sent". */
export function handleMailbox(sandbox: SandboxContext, res: http.ServerResponse, url: URL): void {
  const emails = visibleEmails(sandbox, url);
  if (url.pathname.endsWith('.json')) {
    sendJson(res, 200, { emails: emails.map((e) => emailJson(sandbox, e)) });
    return;
  }
  const list = emails.length
    ? emails.map((e) => emailHtml(sandbox, e)).join('\n')
    : '<p>No emails yet.</p>';
  sendHtml(
    res,
    200,
    page('Mailbox', `<p>The emails Zoom would have sent, newest first.</p>\n${list}`),
  );
}
