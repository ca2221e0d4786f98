import type http from 'node:http';
import { escapeHtml } from '../../shared/html';
import type { SandboxContext } from './context';
import { sendHtml } from './http';
import { messagePage, page } from './pages';

/** GET / — what this server is, with links a person exploring demo mode can follow. */
export function handleHome(sandbox: SandboxContext, res: http.ServerResponse): void {
  const organisation = [...sandbox.state.accounts.values()][0];
  sendHtml(
    res,
    200,
    page(
      'Zoom sandbox',
      `<p>Scenario: <strong>${escapeHtml(sandbox.state.scenario)}</strong>${organisation ? ` — ${escapeHtml(organisation.name)}` : ''}.</p>
<ul>
<li><a href="/_sandbox/mailbox">Mailbox</a>: the invitation emails the sandbox sent, with their Activate links.</li>
<li><a href="/marketplace">Marketplace</a>: build a Zoom app and change its settings (Basic Info, Scopes, Activation), as an account owner or admin.</li>
<li>Control endpoints (state, reset, tokens, faults, clock) answer only calls that carry this run's secret in the X-Sandbox-Control header: the command that started the sandbox prints it.</li>
</ul>
<p>The REST API is under <code>/v2</code>; OAuth under <code>/oauth</code>.</p>`,
    ),
  );
}

/** GET /j/<id> and /s/<id> — where a join or start link would open the meeting. */
export function handleMeetingLink(
  sandbox: SandboxContext,
  res: http.ServerResponse,
  kind: 'j' | 's',
  id: string,
): void {
  const meeting = /^\d{1,20}$/.test(id) ? sandbox.state.meeting(BigInt(id)) : undefined;
  const title = meeting ? meeting.topic : `Meeting ${id}`;
  sendHtml(
    res,
    meeting || kind === 'j' ? 200 : 404,
    messagePage(title, [
      kind === 's'
        ? 'This is where Zoom would start the meeting as its host (or alternative host).'
        : 'This is where Zoom would open the Zoom app and join the meeting.',
      'The sandbox does not run meetings.',
    ]),
  );
}
