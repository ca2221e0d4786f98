import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app';
import { inviteeAt, joan, packFor } from '../support/invitee-api';
import { renderWithApp } from '../support/render-app';

const heading = () => screen.findByRole('heading', { level: 1 });

describe('step 3 for someone who pays for Zoom with the invited email', () => {
  it('offers "I\'m not sure" and asks about paying before any button in Zoom\'s email', async () => {
    const { backend, api } = await inviteeAt('activate', { me: null });
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    await user.click(await screen.findByRole('radio', { name: "I'm not sure" }));
    expect(screen.getByText(/Zoom will show you which page you need/)).toBeTruthy();
    expect((await backend.handlers.getWizardProgress({})).answers.activationPath).toBe('not-sure');
    const pays = screen.getByRole('group', {
      name: 'Do you pay for Zoom yourself with this email?',
    });
    expect(within(pays).getByText(/before you press any button in Zoom's email/)).toBeTruthy();
    expect(screen.queryByText(/Approve request/)).toBeNull();
    expect(screen.queryByText(/Activate Zoom Account/)).toBeNull();
  });

  it('asks it whatever the first answer, and explains how to tell when unsure', async () => {
    const { api } = await inviteeAt('activate', { me: null });
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    await user.click(await screen.findByRole('radio', { name: 'No, this is new for me' }));
    const pays = screen.getByRole('group', {
      name: 'Do you pay for Zoom yourself with this email?',
    });
    await user.click(within(pays).getByRole('radio', { name: "I'm not sure" }));
    expect(screen.getByText(/bills or receipts from Zoom/)).toBeTruthy();
    expect(screen.getByText(/"Plans and Billing"/)).toBeTruthy();
  });

  it('says what saying yes does to the plan, and offers two ways', async () => {
    const { api } = await inviteeAt('activate', { me: null });
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    await user.click(await screen.findByRole('radio', { name: 'No, this is new for me' }));
    await user.click(screen.getByRole('radio', { name: 'Yes, I pay for my own Zoom plan' }));
    const panel = screen.getByRole('region', { name: 'Before you say yes with this email' });
    expect(within(panel).getByText(/into Riverside Food Bank's Zoom/)).toBeTruthy();
    expect(within(panel).getByText(/Your own paid plan ends/)).toBeTruthy();
    expect(within(panel).getByText(/Zoom pays you back for the time left/)).toBeTruthy();
    expect(within(panel).getByText(/Reports do not, so save any you need first/)).toBeTruthy();
    expect(within(panel).getByText(/You can't undo this/)).toBeTruthy();
    // Nothing to press in Zoom's email until the person chooses.
    expect(screen.queryByText(/press "Approve request"/)).toBeNull();

    await user.click(
      within(panel).getByRole('radio', { name: 'Go ahead and say yes with this email' }),
    );
    expect(
      screen.getByText(/press "Approve request". Then press "Confirm and switch"/),
    ).toBeTruthy();
    expect(screen.getByText(/Choose where the money for the time left should go/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'I did this' })).toBeTruthy();
  });

  it('"another email" gives the admin a ready-made message that says why, and no "I did this"', async () => {
    const { backend, api } = await inviteeAt('activate', { me: null });
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    await user.click(
      await screen.findByRole('radio', { name: 'Yes, I have used Zoom with this email' }),
    );
    await user.click(screen.getByRole('radio', { name: 'Yes, I pay for my own Zoom plan' }));
    await user.click(screen.getByRole('radio', { name: 'Ask my admin to invite another email' }));
    const message = screen.getByLabelText('Message to your admin') as HTMLTextAreaElement;
    expect(message.value).toContain('Hi Maria Lopez,');
    expect(message.value).toContain('I got the Zoom invitation at joan@example.org.');
    expect(message.value).toContain('I already pay for my own Zoom plan with that email.');
    expect(message.value).toContain("into Riverside Food Bank's Zoom. I can't undo that.");
    expect(message.value).toContain('Could you invite another email address instead?');
    expect(screen.queryByRole('button', { name: 'I did this' })).toBeNull();
    expect(screen.queryByText(/press "Approve request"/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Write an email with it' }));
    expect(backend.opened[0]).toMatch(
      /^mailto:maria\.lopez%40riverside\.example\.org\?subject=Please%20invite%20another%20email%20for%20Zoom&body=Hi%20Maria/,
    );
    const saved = (await backend.handlers.getWizardProgress({})).answers;
    expect(saved).toMatchObject({ paysForZoom: 'yes', ownPlanChoice: 'another-email' });
  });

  it('keeps the old paths for someone who does not pay', async () => {
    const { api } = await inviteeAt('activate', { me: null });
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    await user.click(await screen.findByRole('radio', { name: 'No, this is new for me' }));
    await user.click(screen.getByRole('radio', { name: "No, I don't pay for Zoom" }));
    expect(await screen.findByText("Zoom's password rules:")).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Before you say yes with this email' })).toBeNull();
  });
});

describe('step 4 for someone signed in to their own paid plan on the invited email', () => {
  const ownPro = joan({ account_id: 'joansOwnPro01', role_name: 'Owner', role_id: '0' });

  it('says exactly that, and not "sign in with the email the invitation was sent to"', async () => {
    const { api } = await inviteeAt('sign-in', { me: ownPro });
    renderWithApp(<App />, api);
    expect(
      await screen.findByText(
        "You are signed in to a Zoom plan you pay for yourself. It uses the email the invitation went to, but it is not part of Riverside Food Bank's Zoom yet.",
      ),
    ).toBeTruthy();
    expect(screen.getByText('Signed in to your own paid Zoom')).toBeTruthy();
    expect(screen.queryByText(/sign in with the email the invitation was sent to/)).toBeNull();
    expect(screen.getByRole('region', { name: 'Before you say yes with this email' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
  });

  it('offers the same two ways, with the admin message', async () => {
    const { api } = await inviteeAt('sign-in', { me: ownPro });
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    await user.click(
      await screen.findByRole('radio', { name: 'Ask my admin to invite another email' }),
    );
    const message = screen.getByLabelText('Message to your admin') as HTMLTextAreaElement;
    expect(message.value).toContain('I already pay for my own Zoom plan with that email.');
    await user.click(screen.getByRole('radio', { name: 'Go ahead and say yes with this email' }));
    expect(screen.getByText(/press "Sign out" here. Then sign in again/)).toBeTruthy();
  });

  it('tells someone on a free account of their own, or on another email, what it did before', async () => {
    const free = joan({ account_id: 'joansFree01', type: 1, role_name: 'Owner' });
    const { api } = await inviteeAt('sign-in', { me: free, pack: packFor('joan@example.org') });
    renderWithApp(<App />, api);
    expect(await screen.findByText('Signed in to another account')).toBeTruthy();
    expect(screen.queryByText('Signed in to your own paid Zoom')).toBeNull();
    expect((await heading()).textContent).toMatch(/^Step 4 of 9/);
  });
});
