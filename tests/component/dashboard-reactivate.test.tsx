import { callSandboxControl, type SandboxHandle } from '../support/sandbox-control';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { DashboardScreen } from '../../renderer/dashboard/dashboard-screen';
import { inProcessApi } from '../support/in-process';
import { adminBackendOnSandbox } from '../support/sandbox-backend';
import { renderWithApp } from '../support/render-app';

/** Turns Robert's account off in the sandbox, the way an admin would in Zoom's web portal. */
async function deactivateMember(sandbox: SandboxHandle): Promise<void> {
  const url = sandbox.url;
  const tokens = await callSandboxControl(sandbox, '/_sandbox/tokens', {});
  const { access_token: token } = (await tokens.json()) as { access_token: string };
  const answer = await fetch(
    `${url}/v2/users/${encodeURIComponent(nonprofitPeople.member.email)}/status`,
    {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'deactivate' }),
    },
  );
  expect(answer.status).toBe(204);
}

/** The real backend, signed in as the nonprofit's admin, with Robert's account turned off. */
async function dashboard() {
  const { backend } = await adminBackendOnSandbox(deactivateMember);
  const user = userEvent.setup();
  renderWithApp(<DashboardScreen />, inProcessApi(backend));
  await screen.findByText(/Done\. ReadyRoom read \d+ people from Zoom\./);
  return { user };
}

describe('turning an account back on from the dashboard', { timeout: 15_000 }, () => {
  it('confirms what Zoom will do, turns the account on, and shows it in use', async () => {
    const { user } = await dashboard();
    await user.click(screen.getByRole('button', { name: 'Robert Chen', exact: true } as never));
    const detail = screen.getByRole('dialog', { name: 'Robert Chen' });
    expect(within(detail).getByText('Turned off')).toBeTruthy();

    await user.click(within(detail).getByRole('button', { name: 'Turn the account back on' }));
    const confirm = screen.getByRole('dialog', { name: "Turn Robert Chen's account back on?" });
    expect(confirm.textContent).toContain('Zoom will turn this account on again.');
    expect(confirm.textContent).toContain(
      'This account is Licensed, so it will use one of the licenses your team pays for.',
    );

    await user.click(within(confirm).getByRole('button', { name: 'Turn it back on' }));
    expect(
      await within(confirm).findByText("Done. Robert Chen's account is on again."),
    ).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Close' }));

    expect(await within(detail).findByText('In use')).toBeTruthy();
    expect(within(detail).queryByRole('button', { name: 'Turn the account back on' })).toBeNull();
  });

  it('offers no way back for people whose accounts are on', async () => {
    const { user } = await dashboard();
    await user.click(screen.getByRole('button', { name: 'James Carter', exact: true } as never));
    const detail = screen.getByRole('dialog', { name: 'James Carter' });
    expect(within(detail).queryByRole('button', { name: 'Turn the account back on' })).toBeNull();
  });
});
