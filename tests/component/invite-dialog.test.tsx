import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { DashboardScreen } from '../../renderer/dashboard/dashboard-screen';
import { inProcessApi } from '../support/in-process';
import { renderWithApp } from '../support/render-app';
import { adminBackendOnSandbox } from '../support/sandbox-backend';
import { callSandboxControl } from '../support/sandbox-control';

afterEach(() => {
  localStorage.clear();
});

/** The real backend, signed in as the nonprofit's admin, against a fresh sandbox. */
async function dashboard() {
  const { backend, sandbox } = await adminBackendOnSandbox();
  const user = userEvent.setup();
  renderWithApp(<DashboardScreen />, inProcessApi(backend));
  await screen.findByText(/Done\. ReadyRoom read 6 people from Zoom\./);
  const dailyInviteLimit = async (limit: number) => {
    const res = await callSandboxControl(sandbox, '/_sandbox/rate-limits', {
      tier: 'pro',
      dailyInviteLimit: limit,
    });
    expect(res.ok).toBe(true);
  };
  return { user, dailyInviteLimit };
}

const openInvite = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('button', { name: 'Invite people' }));
  return screen.getByRole('dialog', { name: 'Invite people' });
};

const addresses = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}@example.org`);

describe('inviting a long list', { timeout: 30_000 }, () => {
  it('counts every pasted address and gives each refused one its own reason, by line', async () => {
    const { user } = await dashboard();
    const dialog = await openInvite(user);
    const refused = [
      'jane.example.org',
      'two@@example.org',
      'Jane <jane doe@example.org>',
      'jane@',
      'jane@example',
      'jane@example.org..',
      'p7@example.org',
      nonprofitPeople.member.email,
    ];
    await user.click(within(dialog).getByLabelText('Email addresses'));
    await user.paste([...addresses('p', 5000), ...refused].join('\n'));

    const status = within(dialog).getByRole('status');
    expect(within(status).getByText('You pasted 5,008 addresses.')).toBeTruthy();
    expect(within(status).getByText('5,000 addresses are ready to invite.')).toBeTruthy();
    expect(
      within(status).getByText("8 of them can't be invited. The list below says why."),
    ).toBeTruthy();
    expect(
      within(dialog).getByText(
        /Zoom lets most accounts send 1,500 invitations a day\..*For 5,000 addresses, that takes about 4 days\./,
      ),
    ).toBeTruthy();
    const reasons = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(reasons).toEqual([
      'Line 5,001: jane.example.org: It has no @ sign. An email address looks like name@example.org.',
      'Line 5,002: two@@example.org: It has more than one @ sign. An email address has only one.',
      'Line 5,003: Jane <jane doe@example.org>: It has a space in it. Email addresses have no spaces.',
      'Line 5,004: jane@: Nothing comes after the @ sign. It needs the rest, like @example.org.',
      'Line 5,005: jane@example: The part after the @ has no dot. It should look like example.org.',
      'Line 5,006: jane@example.org..: It ends with a dot. Take away the last dot.',
      'Line 5,007: p7@example.org: This address is already on line 7.',
      `Line 5,008: ${nonprofitPeople.member.email}: This person is already on your team's Zoom.`,
    ]);
  });

  it("sends in groups within Zoom's daily limit, keeps the rest, and offers them next time", async () => {
    const { user, dailyInviteLimit } = await dashboard();
    await dailyInviteLimit(30);
    let dialog = await openInvite(user);
    await user.click(within(dialog).getByLabelText('Email addresses'));
    await user.paste(addresses('q', 150).join('\n'));
    await user.click(within(dialog).getByRole('radio', { name: /Basic/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));

    const confirm = screen.getByRole('dialog', { name: 'Send 150 invitations?' });
    expect(within(confirm).getByText(/sends them in groups of 100\. You can stop/)).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Invite 150 people' }));

    const results = await screen.findByRole('dialog', { name: 'What happened' });
    expect(within(results).getByText('Invited: 30. Waiting: 120. Not sent: 0.')).toBeTruthy();
    expect(
      within(results).getByText('Your Zoom account reached its limit of invitations for today.'),
    ).toBeTruthy();
    expect(
      within(results).getByText('ReadyRoom kept 120 addresses that were not sent yet.'),
    ).toBeTruthy();
    expect(within(results).getByText(/^You can send them after /)).toBeTruthy();
    expect(within(results).getByText(/They are saved on this computer\./)).toBeTruthy();
    const rows = within(results).getAllByRole('listitem');
    expect(rows).toHaveLength(150);
    expect(rows.filter((li) => /: invited\.$/.test(li.textContent ?? ''))).toHaveLength(30);
    expect(rows[149]?.textContent).toBe(
      "q150@example.org: waiting. Zoom's limit for today was reached.",
    );
    await user.click(within(results).getByRole('button', { name: 'Close' }));

    // Next day: the dialog offers the waiting ones, and they all go out.
    await dailyInviteLimit(1000);
    dialog = await openInvite(user);
    expect(
      within(dialog).getByText(/^120 addresses are waiting to be invited\. ReadyRoom kept them on/),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Add the waiting addresses' }));
    expect(within(dialog).getByText('120 addresses are ready to invite.')).toBeTruthy();
    expect(within(dialog).queryByText(/are waiting to be invited/)).toBeNull();
    await user.click(within(dialog).getByRole('radio', { name: /Basic/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Invite 120 people' }));
    const done = await screen.findByRole('dialog', { name: 'What happened' });
    expect(within(done).getByText('Invited: 120. Waiting: 0. Not sent: 0.')).toBeTruthy();
    await user.click(within(done).getByRole('button', { name: 'Close' }));
    dialog = await openInvite(user);
    expect(within(dialog).queryByText(/are waiting to be invited/)).toBeNull();
  });
});

describe('fixing a wrong address', { timeout: 30_000 }, () => {
  it('says exactly what is wrong with the new address, as the invite dialog does', async () => {
    const { user } = await dashboard();
    await user.click(screen.getByRole('button', { name: 'Dorothy Evans', exact: true } as never));
    const detail = screen.getByRole('dialog', { name: 'Dorothy Evans' });
    await user.click(within(detail).getByRole('button', { name: 'Fix the email address' }));
    const fix = screen.getByRole('dialog', { name: 'Fix the email address' });
    const field = within(fix).getByLabelText('The right email address');
    await user.type(field, 'dorothy@example');
    expect(
      within(fix).getByText('The part after the @ has no dot. It should look like example.org.'),
    ).toBeTruthy();
    expect(within(fix).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
    await user.clear(field);
    await user.type(field, 'dorothy@@example.org');
    expect(
      within(fix).getByText('It has more than one @ sign. An email address has only one.'),
    ).toBeTruthy();
    await user.clear(field);
    await user.type(field, 'dorothy.evans@example.org');
    expect(within(fix).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', false);
  });
});
