import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReadyRoomApi } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { assessReadiness, readinessStages } from '../../shared/readiness';
import type { Nudge, StageCounts, TeamPerson, TeamView } from '../../shared/team-schemas';
import type { ZoomUserSummary } from '../../shared/zoom';
import { DashboardScreen } from '../../renderer/dashboard/dashboard-screen';
import { inProcessApi } from '../support/in-process';
import { renderWithApp } from '../support/render-app';
import { adminBackendOnSandbox, signedInOwner } from '../support/sandbox-backend';

/*
 * jsdom draws no layout, so these tests check what decides it: which columns the table has,
 * where the person's panel is in the page's structure, and the containers the CSS lays out
 * (side by side from 60rem, cards below a 40rem table). The real widths (no sideways scrolling
 * at 1280 × 900 and at 320 px) are measured in Chromium: tests/e2e/dashboard-layout.test.ts.
 */

const now = new Date();
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
const todayAt = (h: number, m: number) =>
  new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, m).toISOString();
const yesterdayAt = (h: number, m: number) =>
  new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, h, m).toISOString();

function person(user: ZoomUserSummary, lastNudge?: Nudge): TeamPerson {
  return {
    user,
    readiness: assessReadiness({ user }, { now, minimumAppVersion: '6.0.0', viewer: 'admin' }),
    history: [],
    bounced: false,
    stale: false,
    ...(lastNudge ? { lastNudge } : {}),
  };
}

const pending = (first: string, days: number, lastNudge?: Nudge) =>
  person(
    {
      email: `${first.toLowerCase()}@example.org`,
      first_name: first,
      last_name: 'Test',
      type: 2,
      status: 'pending',
      created_at: daysAgo(days),
    },
    lastNudge,
  );

function view(people: ReadonlyArray<TeamPerson>): TeamView {
  const counts = Object.fromEntries(readinessStages.map((s) => [s, 0])) as StageCounts;
  for (const p of people) counts[p.readiness.stage] += 1;
  return {
    accountId: 'acct1',
    revision: 1,
    fetchedAt: now.toISOString(),
    complete: true,
    failedLists: [],
    fromCache: false,
    people,
    counts,
    allReady: false,
    prefs: { autoRefreshMinutes: 0, organisationName: 'Riverside Food Bank' },
  };
}

function fakeApi(team: TeamView): ReadyRoomApi {
  const calls: Record<string, unknown> = {
    getSession: async () => signedInOwner,
    getTeam: async () => team,
  };
  return new Proxy({} as ReadyRoomApi, {
    get: (_target, name) =>
      name === 'on'
        ? () => () => undefined
        : (calls[String(name)] ?? (async () => Promise.reject(new ApiError('unknown-call')))),
  });
}

const needsList = () =>
  within(screen.getByRole('region', { name: 'Who needs you today' })).getAllByRole('listitem');
/** The list is worked out just after the table's first rows: wait for it. */
const findNeeds = () =>
  within(screen.getByRole('region', { name: 'Who needs you today' })).findAllByRole('listitem');

describe('the dashboard layout', () => {
  it('puts where everyone is and who needs her on top, and the team beside its side column', async () => {
    renderWithApp(<DashboardScreen />, fakeApi(view([pending('Dora', 9), pending('Eli', 2)])));
    const table = await screen.findByRole('table', { name: 'Your team, one row per person' });
    const top = screen.getByRole('region', { name: 'Where everyone is' }).parentElement!;
    expect(top.className).toBe('dashboard-top');
    expect(within(top).getByRole('region', { name: 'Who needs you today' })).toBeTruthy();

    const body = table.closest('.dashboard-body')!;
    expect(body.className).toContain('has-side');
    expect(table.closest('.dashboard-team')).toBeTruthy();
    // In the page's order: the tools, the team, then the side column (CSS puts the first and
    // the last beside the team from 60rem).
    expect([...body.children].map((c) => c.className)).toEqual([
      'team-tools',
      'dashboard-team',
      'dashboard-side',
    ]);
    const side = body.querySelector('.dashboard-side')!;
    expect(
      within(side as HTMLElement).getByRole('region', { name: 'Your questions' }),
    ).toBeTruthy();
    // The table's own container decides when rows become cards.
    expect(table.closest('.team-section')).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name↕', 'Stage▲', 'What needs fixing', 'Invited↕', 'Last sign-in↕']);
    // Every cell names its column for the card layout; the email sits under the name.
    const dora = screen.getAllByRole('row')[1]!;
    expect(
      within(dora)
        .getAllByRole('cell')
        .map((c) => c.getAttribute('data-label')),
    ).toEqual(['Stage', 'What needs fixing', 'Invited', 'Last sign-in']);
    expect(within(dora).getByRole('rowheader').textContent).toContain('dora@example.org');
  });

  it("opens the person's panel in the side column, moves focus there, and back on Escape", async () => {
    const user = userEvent.setup();
    renderWithApp(<DashboardScreen />, fakeApi(view([pending('Dora', 9), pending('Eli', 2)])));
    const name = await screen.findByRole('button', { name: 'Dora Test' });
    await user.click(name);
    const panel = screen.getByRole('dialog', { name: 'Dora Test' });
    expect(panel.getAttribute('aria-modal')).toBe('false');
    expect(panel.closest('.dashboard-side')).toBeTruthy();
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'Dora Test' }));
    // The table stays usable beside it: another person replaces the panel and gets the focus.
    const eliName = screen.getByRole('button', { name: 'Eli Test' });
    await user.click(eliName);
    const eli = screen.getByRole('dialog', { name: 'Eli Test' });
    expect(document.activeElement).toBe(within(eli).getByRole('heading', { name: 'Eli Test' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    // Back to the button that opened the panel last.
    await waitFor(() => expect(document.activeElement).toBe(eliName));
  });
});

describe('who needs her today', () => {
  it('lists the most urgent first, says each last nudge, and holds back a second nudge today', async () => {
    const user = userEvent.setup();
    const team = view([
      pending('Waited', 10, { at: yesterdayAt(18, 5), how: 'message' }),
      pending('Fresh', 1),
      pending('Ending', 26),
      pending('Nudged', 27, { at: todayAt(10, 42), how: 'invitation' }),
    ]);
    renderWithApp(<DashboardScreen />, fakeApi(team));
    await screen.findByRole('table');
    const items = await findNeeds();
    expect(items.map((i) => within(i).getByText(/ Test$/).textContent)).toEqual([
      'Ending Test',
      'Waited Test',
      'Nudged Test',
    ]);
    expect(items[0]!.textContent).toContain('Their invite link ends in 4 days.');
    expect(items[0]!.textContent).toContain('No nudge from ReadyRoom yet.');
    expect(items[1]!.textContent).toMatch(/Message sent: .+6:05/);
    expect(items[1]!.textContent).toContain('Invited 10 days ago. They have not said yes yet.');

    const held = within(items[2]!).getByRole('button', { name: /^Nudged today at 10:42/ });
    expect((held as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(items[2]!).getByRole('button', { name: 'Nudge again anyway' }));
    expect(
      screen.getByRole('dialog', { name: 'Send the invite to nudged@example.org again?' }),
    ).toBeTruthy();
  });

  it('shows five at first, and all of them on request', async () => {
    const user = userEvent.setup();
    const people = Array.from({ length: 7 }, (_, i) => pending(`P${i}`, 10 + i));
    renderWithApp(<DashboardScreen />, fakeApi(view(people)));
    await screen.findByRole('table');
    expect(await findNeeds()).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'Show all 7' }));
    expect(needsList()).toHaveLength(7);
    await user.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(needsList()).toHaveLength(5);
  });

  it(
    'notes a message as a nudge when she saves the invite file, over the real backend',
    { timeout: 15_000 },
    async () => {
      URL.createObjectURL = vi.fn(() => 'blob:pack');
      URL.revokeObjectURL = vi.fn();
      const click = vi
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(() => undefined);
      const { backend } = await adminBackendOnSandbox();
      const user = userEvent.setup();
      renderWithApp(<DashboardScreen />, inProcessApi(backend));
      await screen.findByText(/Done\. ReadyRoom read 6 people from Zoom\./);

      const robert = () => needsList().find((i) => i.textContent?.includes('Robert Chen'))!;
      await findNeeds();
      expect(robert().textContent).toContain('No nudge from ReadyRoom yet.');
      await user.click(within(robert()).getByRole('button', { name: 'Write a personal message' }));
      const dialog = screen.getByRole('dialog', { name: 'A personal message for Robert Chen' });
      await user.type(within(dialog).getByLabelText("Your group's name"), 'Riverside Food Bank');
      await user.click(within(dialog).getByRole('button', { name: 'Save the name' }));
      await user.click(
        await within(dialog).findByRole('button', { name: 'Download the invite file' }),
      );
      expect(await within(dialog).findByText(/^Nudged today at /)).toBeTruthy();
      await user.click(within(dialog).getByRole('button', { name: 'Close' }));

      // The backend kept it: the list holds the fix back, and his panel says when.
      await waitFor(() =>
        expect(within(robert()).getByRole('button', { name: /^Nudged today at / })).toBeTruthy(),
      );
      const team = await backend.handlers.getTeam({});
      const kept = team.people.find((p) => p.user.first_name === 'Robert')?.lastNudge;
      expect(kept?.how).toBe('message');
      click.mockRestore();
    },
  );
});

describe('in Spanish', () => {
  it('words the list, its nudges and her questions in Spanish', async () => {
    const team = view([
      pending('Waited', 10),
      pending('Nudged', 27, { at: todayAt(10, 42), how: 'invitation' }),
    ]);
    renderWithApp(<DashboardScreen />, fakeApi(team), 'es');
    const needs = await screen.findByRole('region', { name: 'Quién le necesita hoy' });
    const items = await within(needs).findAllByRole('listitem');
    expect(items[0]!.textContent).toContain(
      'Invitación enviada hace 10 días. Aún no la ha aceptado.',
    );
    expect(
      within(items[0]!).getByRole('button', { name: 'Enviar la invitación de nuevo' }),
    ).toBeTruthy();
    expect(
      within(items[1]!).getByRole('button', { name: /^Avisado hoy a las 10:42/ }),
    ).toBeTruthy();
    const questions = screen.getByRole('region', { name: 'Sus preguntas' });
    expect(questions.textContent).toContain('¿Qué verá cuando haga clic en Activar?');
  });
});

describe('her questions', () => {
  it('answers in plain words and opens the doctor and the wizard preview in one click', async () => {
    const { backend } = await adminBackendOnSandbox();
    const user = userEvent.setup();
    renderWithApp(<DashboardScreen />, inProcessApi(backend));
    const questions = await screen.findByRole('region', { name: 'Your questions' });
    expect(
      within(questions)
        .getAllByText(/\?$|\.$/, { selector: 'summary' })
        .map((s) => s.textContent),
    ).toEqual([
      'Do I need to send them their personal meeting ID and host key?',
      'I can see they have a password, but not what it is.',
      'What will they see when they click Activate?',
      "Why can't my co-admin see my meetings?",
    ]);
    expect(questions.textContent).toContain('ReadyRoom shows them theirs at step 8');
    expect(questions.textContent).toContain('Zoom never shows a password to anyone');

    await user.click(within(questions).getByRole('button', { name: 'Check their meeting access' }));
    expect(screen.getByRole('dialog', { name: 'Check meeting access' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Check meeting access' })).toBeNull();

    await user.click(within(questions).getByRole('button', { name: 'Show me what they see' }));
    expect(await screen.findByRole('dialog', { name: 'Preview the wizard' })).toBeTruthy();
  });
});
