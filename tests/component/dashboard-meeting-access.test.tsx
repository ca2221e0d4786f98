import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { DashboardScreen } from '../../renderer/dashboard/dashboard-screen';
import { inProcessApi } from '../support/in-process';
import { renderWithApp } from '../support/render-app';
import { adminBackendOnSandbox } from '../support/sandbox-backend';
import { callSandboxControl } from '../support/sandbox-control';

const robert = nonprofitPeople.member;
const maria = nonprofitPeople.owner;

/** Each check asks the sandbox several times: on a busy machine that takes more than a second. */
const zoomAnswers = { timeout: 8000 };

const needsYou = () => screen.getByRole('region', { name: 'Who needs you today' });
const robertItem = () =>
  within(needsYou())
    .queryAllByRole('listitem')
    .find((i) => i.textContent?.includes('Robert Chen'));

describe('an alternative host who cannot start the meetings they should', () => {
  it(
    'is on "who needs you" after the doctor finds it, and comes off with its one-click fix',
    { timeout: 20_000 },
    async () => {
      // Robert uses the Zoom app: only Maria's meetings stand between him and being ready.
      const { backend } = await adminBackendOnSandbox(async (sandbox) => {
        await callSandboxControl(sandbox, '/_sandbox/app-signin', { email: robert.email });
      });
      const user = userEvent.setup();
      renderWithApp(<DashboardScreen />, inProcessApi(backend));
      await screen.findByText(/Done\. ReadyRoom read 6 people from Zoom\./, {}, zoomAnswers);
      await waitFor(() =>
        expect(within(needsYou()).queryAllByRole('listitem').length).toBeGreaterThan(0),
      );
      expect(robertItem()).toBeUndefined();

      // She checks once from the tools.
      await user.click(screen.getByRole('button', { name: 'Check meeting access' }));
      let dialog = screen.getByRole('dialog', { name: 'Check meeting access' });
      const host = within(dialog).getByLabelText('Host (whose meetings)');
      await user.clear(host);
      await user.type(host, maria.email);
      await user.type(within(dialog).getByLabelText('Person who needs access'), robert.email);
      await user.selectOptions(
        within(dialog).getByLabelText('What should this person do?'),
        'alternative-host',
      );
      await user.click(within(dialog).getByRole('button', { name: 'Check now' }));
      expect(
        await within(dialog).findByText(/can't do all of it yet/, {}, zoomAnswers),
      ).toBeTruthy();
      await user.click(within(dialog).getByRole('button', { name: 'Close' }));

      // What Zoom said, when, about whose meetings; and the fix that goes with it.
      const item = await waitFor(() => {
        const found = robertItem();
        expect(found).toBeTruthy();
        return found!;
      });
      expect(item.textContent).toMatch(
        /When you checked on .+, Zoom said they can't start 3 of the 3 meetings Maria Lopez has coming up\./,
      );
      await user.click(within(item).getByRole('button', { name: 'Check meeting access' }));

      // The doctor opens with both people and the role, and checks at once.
      dialog = screen.getByRole('dialog', { name: 'Check meeting access' });
      expect(within(dialog).getByLabelText<HTMLInputElement>('Host (whose meetings)').value).toBe(
        maria.email,
      );
      expect(
        within(dialog).getByLabelText<HTMLSelectElement>('What should this person do?').value,
      ).toBe('alternative-host');
      expect(
        await within(dialog).findByText(/can't do all of it yet/, {}, zoomAnswers),
      ).toBeTruthy();
      await user.click(within(dialog).getByRole('button', { name: 'Let them start the meetings' }));
      const confirm = screen.getByRole('dialog', {
        name: "Let Robert Chen start Maria Lopez's meetings?",
      });
      await user.click(within(confirm).getByRole('button', { name: 'Fix it' }));
      expect(
        await within(confirm).findByText('ReadyRoom checked again with Zoom.', {}, zoomAnswers),
      ).toBeTruthy();
      await user.click(within(confirm).getByRole('button', { name: 'Close' }));
      await user.click(within(dialog).getByRole('button', { name: 'Close' }));

      await waitFor(() => expect(robertItem()).toBeUndefined(), zoomAnswers);

      // His panel says what Zoom said at the last check, and when.
      await user.click(screen.getByRole('button', { name: /^Robert Chen/ }));
      const panel = await screen.findByRole('dialog', { name: 'Robert Chen' });
      expect(panel.textContent).toMatch(
        /Meeting access.*When you checked on .+, Zoom said they can start all of Maria Lopez's coming meetings\./,
      );
    },
  );
});
