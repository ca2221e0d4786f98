import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  demoServerToServerApp,
  nonprofitPeople,
  sandboxOrganisation,
} from '../../electron/sandbox/constants';
import { DashboardScreen } from '../../renderer/dashboard/dashboard-screen';
import { parseInvitationPack } from '../../shared/invitation-pack';
import { inProcessApi } from '../support/in-process';
import { adminBackendOnSandbox } from '../support/sandbox-backend';
import { renderWithApp } from '../support/render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The real backend, signed in as the nonprofit's admin, against a fresh sandbox. */
async function dashboard() {
  const { backend, zoom } = await adminBackendOnSandbox();
  const user = userEvent.setup();
  renderWithApp(<DashboardScreen />, inProcessApi(backend));
  await screen.findByText(/Done\. ReadyRoom read 6 people from Zoom\./);
  return { backend, user, zoom };
}

const openPerson = async (user: ReturnType<typeof userEvent.setup>, name: string) => {
  await user.click(screen.getByRole('button', { name, exact: true } as never));
  return screen.getByRole('dialog', { name });
};

describe(
  'the dashboard dialogs, over the real backend and the Zoom sandbox',
  { timeout: 15_000 },
  () => {
    it('invites pasted addresses, explains each refusal, and keeps the text when it fails', async () => {
      const { user, zoom } = await dashboard();
      await user.click(screen.getByRole('button', { name: 'Invite people' }));
      const field = screen.getByLabelText('Email addresses');
      expect(document.activeElement).toBe(field);
      await user.paste(
        'Ana New <ana.new@example.org>; not-an-address, robert.chen@riverside.example.org',
      );

      const dialog = screen.getByRole('dialog', { name: 'Invite people' });
      expect(within(dialog).getByText('1 address is ready to invite.')).toBeTruthy();
      expect(
        within(dialog).getByText(
          'Line 1: not-an-address: It has no @ sign. An email address looks like name@example.org.',
        ),
      ).toBeTruthy();
      expect(
        within(dialog).getByText(
          "Line 1: robert.chen@riverside.example.org: This person is already on your team's Zoom.",
        ),
      ).toBeTruthy();

      // Signed out meanwhile: the call fails, the dialog says why, and nothing typed is lost.
      await zoom.signOut();
      await user.click(within(dialog).getByRole('button', { name: 'Next' }));
      await user.click(screen.getByRole('button', { name: 'Invite 1 person' }));
      const again = await screen.findByRole('dialog', { name: 'Invite people' });
      expect(within(again).getByRole('alert').textContent).toMatch(/not signed in to Zoom/);
      expect(
        (within(again).getByLabelText('Email addresses') as HTMLTextAreaElement).value,
      ).toContain('ana.new@example.org');

      await zoom.connectAccount({
        accountId: sandboxOrganisation.accountId,
        ...demoServerToServerApp,
      });
      await user.click(within(again).getByRole('button', { name: 'Next' }));
      const confirm = screen.getByRole('dialog', { name: 'Send 1 invitation?' });
      expect(within(confirm).getByText(/each one uses one of your team's licenses/)).toBeTruthy();
      await user.click(within(confirm).getByRole('button', { name: 'Invite 1 person' }));
      const results = await screen.findByRole('dialog', { name: 'What happened' });
      expect(within(results).getByText('Invited: 1. Waiting: 0. Not sent: 2.')).toBeTruthy();
      expect(within(results).getByText('ana.new@example.org: invited.')).toBeTruthy();
      await user.click(within(results).getByRole('button', { name: 'Close' }));
      expect(await screen.findByRole('button', { name: 'Ana New' })).toBeTruthy();
    });

    it('resends with a confirmation that says what Zoom will do, then returns focus', async () => {
      const { user } = await dashboard();
      const detail = await openPerson(user, 'Dorothy Evans');
      const resendButton = within(detail).getByRole('button', { name: 'Send the invite again' });
      await user.click(resendButton);
      const confirm = screen.getByRole('dialog', {
        name: `Send the invite to ${nonprofitPeople.pendingNineDays.email} again?`,
      });
      expect(document.activeElement).toBe(within(confirm).getByRole('heading'));
      expect(confirm.textContent).toContain(
        'Cancel the invitation Zoom sent before. Its link stops working.',
      );
      expect(confirm.textContent).toContain('The new link works for 30 days.');

      await user.click(within(confirm).getByRole('button', { name: 'Send it again' }));
      expect(
        await within(confirm).findByText(
          `Done. Zoom sent a new invitation to ${nonprofitPeople.pendingNineDays.email}.`,
        ),
      ).toBeTruthy();
      await user.click(within(confirm).getByRole('button', { name: 'Close' }));
      expect(document.activeElement).toBe(resendButton);
      await waitFor(() => expect(within(detail).getByText(/\(today\)/)).toBeTruthy());

      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('cancels an invitation only after the admin confirms, and the person leaves the table', async () => {
      const { user } = await dashboard();
      const detail = await openPerson(user, 'Priya Shah');
      await user.click(within(detail).getByRole('button', { name: 'Cancel the invitation' }));
      const confirm = screen.getByRole('dialog', { name: /Cancel the invite to priya\.shah/ });
      await user.click(within(confirm).getByRole('button', { name: 'Go back' }));
      expect(screen.getByRole('button', { name: 'Priya Shah' })).toBeTruthy();

      await user.click(within(detail).getByRole('button', { name: 'Cancel the invitation' }));
      const again = screen.getByRole('dialog', { name: /Cancel the invite to priya\.shah/ });
      await user.click(within(again).getByRole('button', { name: 'Cancel the invitation' }));
      await within(again).findByText(/is cancelled/);
      await user.click(within(again).getByRole('button', { name: 'Close' }));
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Priya Shah' })).toBeNull());
    });

    it('writes the personal message with the organisation name and gives the pack file', async () => {
      const { user, backend } = await dashboard();
      const blobs: Blob[] = [];
      URL.createObjectURL = vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:pack';
      });
      URL.revokeObjectURL = vi.fn();
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

      const detail = await openPerson(user, 'Dorothy Evans');
      await user.click(within(detail).getByRole('button', { name: 'Write a personal message' }));
      const dialog = screen.getByRole('dialog', { name: 'A personal message for Dorothy Evans' });
      expect(within(dialog).getByText(/Type your group's name first/)).toBeTruthy();
      await user.type(within(dialog).getByLabelText("Your group's name"), 'Riverside Food Bank');
      await user.click(within(dialog).getByRole('button', { name: 'Save the name' }));

      const message = await within(dialog).findByText(
        /Riverside Food Bank has a Zoom account for you/,
      );
      expect(message.textContent).toMatch(/^Hello Dorothy Evans,/);
      expect(message.textContent).toContain('"Zoom account invitation"');
      expect(message.textContent).toContain('https://readyroom.app');
      expect(message.textContent).toContain('readyroom://invite?p=');

      await user.click(within(dialog).getByRole('button', { name: 'Download the invite file' }));
      const pack = parseInvitationPack(await blobs[0]!.text());
      expect(pack).toMatchObject({
        ok: true,
        pack: {
          organisation: {
            name: 'Riverside Food Bank',
            zoomAccountId: sandboxOrganisation.accountId,
          },
          invitee: { email: nonprofitPeople.pendingNineDays.email, role: 'member' },
        },
      });
      expect(
        within(dialog).getByText(/readyroom-invitation-dorothy-evans\.readyroom/),
      ).toBeTruthy();

      await user.click(within(dialog).getByRole('button', { name: 'Open it in my email app' }));
      await waitFor(() => expect(backend.opened).toHaveLength(1));
      expect(backend.opened[0]).toMatch(
        /^mailto:dorothy\.evans%40example\.com\?subject=Your%20Zoom%20account%20at%20Riverside%20Food%20Bank&body=/,
      );
    });

    it('writes the message in the language the person reads, and the pack names it', async () => {
      const { user } = await dashboard();
      const blobs: Blob[] = [];
      URL.createObjectURL = vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:pack';
      });
      URL.revokeObjectURL = vi.fn();
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

      const detail = await openPerson(user, 'Dorothy Evans');
      await user.click(within(detail).getByRole('button', { name: 'Write a personal message' }));
      const dialog = screen.getByRole('dialog', { name: 'A personal message for Dorothy Evans' });
      await user.type(within(dialog).getByLabelText("Your group's name"), 'Riverside Food Bank');
      await user.click(within(dialog).getByRole('button', { name: 'Save the name' }));
      await within(dialog).findByText(/Riverside Food Bank has a Zoom account for you/);

      await user.selectOptions(
        within(dialog).getByLabelText('Which language does this person read best?'),
        'Español',
      );
      const message = await within(dialog).findByText(/Riverside Food Bank tiene una cuenta/);
      expect(message.getAttribute('lang')).toBe('es');
      // The admin's own screen stays in English.
      expect(within(dialog).getByRole('button', { name: 'Download the invite file' })).toBeTruthy();
      await user.click(within(dialog).getByRole('button', { name: 'Download the invite file' }));
      const pack = parseInvitationPack(await blobs[0]!.text());
      expect(pack).toMatchObject({ ok: true, pack: { version: 2, invitee: { language: 'es' } } });
    });

    it('runs the meeting-access doctor and its fix, then shows green (scenario 4)', async () => {
      const { user } = await dashboard();
      await user.click(screen.getByRole('button', { name: 'Check meeting access' }));
      const doctor = screen.getByRole('dialog', { name: 'Check meeting access' });
      await user.type(
        within(doctor).getByLabelText('Person who needs access'),
        nonprofitPeople.coAdmin.email,
      );
      await user.click(within(doctor).getByRole('button', { name: 'Check now' }));
      expect(
        await within(doctor).findByText(
          "James Carter can't do all of it yet. See what is missing below.",
        ),
      ).toBeTruthy();
      expect(within(doctor).getAllByText(/James Carter can start it/)).toHaveLength(3);

      await user.click(
        within(doctor).getByRole('button', { name: 'Let them schedule for the host' }),
      );
      const confirm = screen.getByRole('dialog', {
        name: 'Let James Carter set up meetings for Maria Lopez?',
      });
      await user.click(within(confirm).getByRole('button', { name: 'Fix it' }));
      expect(
        await within(confirm).findByText(
          "All good. James Carter can start Maria Lopez's meetings.",
        ),
      ).toBeTruthy();
      await user.click(within(confirm).getByRole('button', { name: 'Close' }));
      expect(
        within(doctor).getByText('James Carter can set up meetings for Maria Lopez.'),
      ).toBeTruthy();
      expect(
        within(doctor).queryByRole('button', { name: 'Let them schedule for the host' }),
      ).toBeNull();
    });
  },
);
