import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app';
import { inviteeAt, joan } from '../support/invitee-api';
import { renderWithApp } from '../support/render-app';

describe('step 8 for a licensed person', () => {
  it('loads the session when reopened, and shows the meeting ID in groups, copied without spaces', async () => {
    const { api } = await inviteeAt('meeting-details');
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    expect(await screen.findByText('333 005 7414')).toBeTruthy();
    expect(screen.queryByText(/First sign in to ReadyRoom with Zoom/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy the meeting ID' }));
    expect(await navigator.clipboard.readText()).toBe('3330057414');
  });

  it('teaches "sign in to the Zoom app first, then open the link", and what it looks like otherwise', async () => {
    const { api } = await inviteeAt('meeting-details');
    renderWithApp(<App />, api);
    const section = await screen.findByRole('region', {
      name: 'Join and start meetings as yourself',
    });
    const steps = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps[0]).toMatch(/^Open the Zoom app\. Check that you are signed in/);
    expect(steps[1]).toMatch(/^Then open the meeting link/);
    expect(within(section).getByText(/waiting for the host, and it is your meeting/)).toBeTruthy();
    expect(
      within(section).getByText(/sign in with joan@example\.org, and start again/),
    ).toBeTruthy();
    expect(within(section).getByText(/press "Claim Host"/)).toBeTruthy();
    expect(within(section).getAllByRole('img').length).toBeGreaterThanOrEqual(2);
  });

  it('makes a new host key only after asking, then shows it on request with a copy button', async () => {
    const { api, hostKeyCalls } = await inviteeAt('meeting-details', { hostKey: '482913' });
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    await user.click(await screen.findByRole('button', { name: 'Make me a new host key' }));
    expect(screen.getByText(/Your old host key will stop working/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'No, keep my host key' }));
    expect(hostKeyCalls).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Make me a new host key' }));
    await user.click(screen.getByRole('button', { name: 'Yes, make a new host key' }));
    expect(await screen.findByText('Zoom saved your new host key.')).toBeTruthy();
    expect(hostKeyCalls).toEqual(['482913']);
    expect(screen.queryByText('482913')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show my host key' }));
    expect(screen.getByText('482913')).toBeTruthy();
    expect(screen.getByText(/Keep this secret/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy the host key' }));
    expect(await navigator.clipboard.readText()).toBe('482913');
    await user.click(screen.getByRole('button', { name: 'Hide my host key' }));
    expect(screen.queryByText('482913')).toBeNull();
  });

  it.each([
    ['no-privilege', /lets only an admin change host keys/],
    ['missing-scopes', /Zoom does not let ReadyRoom change your host key/],
  ] as const)(
    'where Zoom refuses (%s), says so and points at the picture of zoom.us',
    async (error, text) => {
      const { api } = await inviteeAt('meeting-details', { hostKey: error });
      const user = userEvent.setup();
      renderWithApp(<App />, api);
      await user.click(await screen.findByRole('button', { name: 'Make me a new host key' }));
      await user.click(screen.getByRole('button', { name: 'Yes, make a new host key' }));
      expect(await screen.findByText(text)).toBeTruthy();
      expect(screen.getByText(/Next to "Host Key", press the eye icon/)).toBeTruthy();
      expect(screen.getByRole('img', { name: /Mark 2 circles the eye icon/ })).toBeTruthy();
    },
  );
});

describe('step 8 for someone without a license', () => {
  it('shows where the host key is, but not the licensed habits or a new key', async () => {
    const { api } = await inviteeAt('meeting-details', { me: joan({ type: 1 }) });
    renderWithApp(<App />, api);
    expect(await screen.findByText('333 005 7414')).toBeTruthy();
    expect(screen.getByText(/Next to "Host Key", press the eye icon/)).toBeTruthy();
    expect(
      screen.queryByRole('region', { name: 'Join and start meetings as yourself' }),
    ).toBeNull();
    expect(screen.queryByRole('button', { name: 'Make me a new host key' })).toBeNull();
  });
});
