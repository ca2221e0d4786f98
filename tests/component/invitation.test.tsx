import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app';
import {
  encodeInvitationLink,
  serializeInvitationPack,
  type InvitationPack,
} from '../../shared/invitation-pack';
import { inProcessApi, testBackend } from '../support/in-process';
import { renderWithApp } from '../support/render-app';

const pack: InvitationPack = {
  format: 'readyroom-invitation',
  version: 1,
  organisation: { name: 'Riverside Food Bank', zoomAccountId: 'rfb-account-1' },
  admin: { name: 'Maria Lopez', email: 'maria@riverside.example' },
  invitee: { email: 'joan@example.org', name: 'Joan', role: 'member' },
  issuedAt: '2026-11-20T10:00:00.000Z',
};

async function invitee() {
  const backend = testBackend();
  await backend.handlers.updateSettings({ role: 'invitee' });
  return backend;
}

describe('the invitation pack in the wizard', () => {
  it('a pasted link personalises the welcome and the admin message', async () => {
    const backend = await invitee();
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    await user.click(await screen.findByLabelText('Or paste the invitation link'));
    await user.paste(`  ${encodeInvitationLink(pack)} `);
    await user.click(screen.getByRole('button', { name: 'Open the link' }));
    expect(
      await screen.findByText(
        'Maria Lopez at Riverside Food Bank invited you to their Zoom account.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        /You opened the invite from Maria Lopez at Riverside Food Bank. It is for joan@example.org./,
      ),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: "Let's start" }));
    expect(
      await screen.findByText(
        'Your other email addresses. The invitation went to joan@example.org.',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: "I'm stuck" }));
    const message = screen.getByLabelText('Message to your admin') as HTMLTextAreaElement;
    expect(message.value).toMatch(/^Hi Maria Lopez,/);
    expect(message.value).toContain('My email address for Zoom is joan@example.org.');
    await user.click(screen.getByRole('button', { name: 'Write an email with it' }));
    expect(backend.opened[0]).toMatch(/^mailto:maria%40riverside\.example\?subject=/);
  });

  it('opens in the language the admin named, until the person picks another', async () => {
    const backend = await invitee();
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    await user.click(await screen.findByLabelText('Or paste the invitation link'));
    await user.paste(
      encodeInvitationLink({ ...pack, version: 2, invitee: { ...pack.invitee, language: 'es' } }),
    );
    await user.click(screen.getByRole('button', { name: 'Open the link' }));
    expect(
      await screen.findByText(
        'Maria Lopez, de Riverside Food Bank, le invitó a su cuenta de Zoom.',
      ),
    ).toBeTruthy();
    await user.selectOptions(screen.getByLabelText(/Idioma/), 'English');
    expect(
      await screen.findByText(
        'Maria Lopez at Riverside Food Bank invited you to their Zoom account.',
      ),
    ).toBeTruthy();
    expect((await backend.handlers.getSettings({})).language).toBe('en');
  });

  it('a file dropped or picked opens the same way, and is kept after a restart', async () => {
    const backend = await invitee();
    const user = userEvent.setup();
    const first = renderWithApp(<App />, inProcessApi(backend));
    const file = new File([serializeInvitationPack(pack)], 'riverside.readyroom', {
      type: 'application/json',
    });
    await user.upload(await screen.findByLabelText('Open the file your admin sent'), file);
    expect(await screen.findByText(/Maria Lopez at Riverside Food Bank invited you/)).toBeTruthy();
    first.unmount();
    renderWithApp(<App />, inProcessApi(backend));
    expect(await screen.findByText(/Maria Lopez at Riverside Food Bank invited you/)).toBeTruthy();
  });

  it.each([
    ['not JSON', 'hello', /damaged/],
    ['another JSON document', '{"name":"x"}', /not a ReadyRoom invitation/],
    ['an unknown version', JSON.stringify({ ...pack, version: 99 }), /newer|version/i],
  ])(
    'a file that is %s gets one clear sentence and nothing is lost',
    async (_label, text, expected) => {
      const backend = await invitee();
      await backend.handlers.saveWizardProgress({ answers: { activationPath: 'new' } });
      const user = userEvent.setup();
      renderWithApp(<App />, inProcessApi(backend));
      const file = new File([text], 'bad.readyroom', { type: 'application/json' });
      await user.upload(await screen.findByLabelText('Open the file your admin sent'), file);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(expected);
      const progress = await backend.handlers.getWizardProgress({});
      expect(progress.invitation).toBeNull();
      expect(progress.answers.activationPath).toBe('new');
    },
  );

  it('a broken link keeps what the person pasted', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(await invitee()));
    const input = await screen.findByLabelText('Or paste the invitation link');
    await user.type(input, 'readyroom://invite?p=garbage');
    await user.click(screen.getByRole('button', { name: 'Open the link' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect((input as HTMLInputElement).value).toBe('readyroom://invite?p=garbage');
  });

  it('"Open another invite" keeps the good invitation until a new one opens: a bad file costs nothing', async () => {
    const backend = await invitee();
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    await user.click(await screen.findByLabelText('Or paste the invitation link'));
    await user.paste(encodeInvitationLink(pack));
    await user.click(screen.getByRole('button', { name: 'Open the link' }));
    await screen.findByText(/You opened the invite from Maria Lopez/);

    await user.click(screen.getByRole('button', { name: 'Open another invite' }));
    expect(
      screen.getByText(
        /You still have the invite from Maria Lopez. It stays until a new one opens./,
      ),
    ).toBeTruthy();
    const bad = new File(['{"format":"something-else","version":1}'], 'photo.readyroom', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Open the file your admin sent'), bad);
    expect(await screen.findByRole('alert')).toBeTruthy();
    // Still saved: the welcome still names who invited her, and so does the backend.
    expect((await backend.handlers.getWizardProgress({})).invitation?.admin.name).toBe(
      'Maria Lopez',
    );
    expect(
      screen.getByText('Maria Lopez at Riverside Food Bank invited you to their Zoom account.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep this invite' }));
    expect(screen.getByText(/You opened the invite from Maria Lopez/)).toBeTruthy();

    // A good new one replaces it, once she has seen what changes and said yes.
    await user.click(screen.getByRole('button', { name: 'Open another invite' }));
    const other = { ...pack, admin: { name: 'Ana Ruiz', email: 'ana@riverside.example' } };
    await user.upload(
      screen.getByLabelText('Open the file your admin sent'),
      new File([serializeInvitationPack(other)], 'invite.readyroom', { type: 'application/json' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Use the new invite' }));
    expect(await screen.findByText(/You opened the invite from Ana Ruiz/)).toBeTruthy();
  });

  it('a link that would change the admin or the Zoom app asks first, and keeping is the default', async () => {
    const backend = await invitee();
    // This copy already uses the organisation's own Zoom app.
    await backend.handlers.updateSettings({ zoomClientId: 'RiversideApp1' });
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    const mine = { ...pack, zoomClientId: 'RiversideApp1' };
    await user.click(await screen.findByLabelText('Or paste the invitation link'));
    await user.paste(encodeInvitationLink(mine));
    await user.click(screen.getByRole('button', { name: 'Open the link' }));
    await screen.findByText(/You opened the invite from Maria Lopez/);
    expect((await backend.handlers.getSettings({})).zoomClientId).toBe('RiversideApp1');

    // A forged link: same names, another phone number and another Zoom app.
    const forged = {
      ...mine,
      admin: { ...mine.admin, phone: '+1 555 0199' },
      zoomClientId: 'SomeoneElsesApp',
    };
    await user.click(screen.getByRole('button', { name: 'Open another invite' }));
    await user.click(screen.getByLabelText('Or paste the invitation link'));
    await user.paste(encodeInvitationLink(forged));
    await user.click(screen.getByRole('button', { name: 'Open the link' }));
    const heading = await screen.findByRole('heading', {
      name: 'This invite would change what you have',
    });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/now nothing, new \+1 555 0199/)).toBeTruthy();
    expect(screen.getByText(/now RiversideApp1, new SomeoneElsesApp/)).toBeTruthy();
    // Nothing changed yet.
    expect((await backend.handlers.getSettings({})).zoomClientId).toBe('RiversideApp1');
    expect((await backend.handlers.getWizardProgress({})).invitation?.admin.phone).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Keep what I have' }));
    expect(await screen.findByText(/You opened the invite from Maria Lopez/)).toBeTruthy();
    expect((await backend.handlers.getSettings({})).zoomClientId).toBe('RiversideApp1');
  });
});
