import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReadyRoomApi } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { readinessStages } from '../../shared/readiness';
import type { StageCounts, TeamPerson, TeamView } from '../../shared/team-schemas';
import { wizardStepIds } from '../../shared/wizard';
import { DashboardScreen } from '../../renderer/dashboard/dashboard-screen';
import { PreviewFrame } from '../../renderer/dashboard/preview/preview-frame';
import { loadLanguage } from '../../renderer/i18n/i18n';
import { renderWithApp } from '../support/render-app';
import { signedInOwner } from '../support/sandbox-backend';
import {
  appInfo,
  dorothy,
  FETCHED_AT,
  linda,
  robert,
  settings,
  subjectFor,
} from '../support/preview-fixtures';

function view(people: ReadonlyArray<TeamPerson>): TeamView {
  const counts = Object.fromEntries(readinessStages.map((s) => [s, 0])) as StageCounts;
  for (const p of people) counts[p.readiness.stage] += 1;
  return {
    accountId: 'acct1',
    revision: 1,
    fetchedAt: FETCHED_AT,
    complete: true,
    failedLists: [],
    fromCache: false,
    people,
    counts,
    allReady: false,
    prefs: { autoRefreshMinutes: 0, organisationName: 'Riverside Food Bank' },
  };
}

/** The app's real api, faked: answers the dashboard's reads, refuses the rest, logs every call. */
function loggingApi(team: TeamView): { api: ReadyRoomApi; calls: string[] } {
  const calls: string[] = [];
  const answers: Record<string, unknown> = {
    getSession: signedInOwner,
    getTeam: team,
    getAppInfo: appInfo,
    getSettings: settings,
  };
  const api = new Proxy({} as ReadyRoomApi, {
    get: (_target, name) =>
      name === 'on'
        ? () => () => undefined
        : async () => {
            calls.push(String(name));
            if (String(name) in answers) return answers[String(name)];
            throw new ApiError('unknown-call');
          },
  });
  return { api, calls };
}

async function dashboard() {
  const user = userEvent.setup();
  const { api, calls } = loggingApi(view([dorothy, robert, linda]));
  const rendered = renderWithApp(<DashboardScreen />, api);
  await rendered.store.getState().load();
  await screen.findByRole('button', { name: 'Robert Chen', exact: true } as never);
  return { user, calls, ...rendered };
}

async function openPreview(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name, exact: true } as never));
  await user.click(await screen.findByRole('button', { name: 'See what they see' }));
  const dialog = await screen.findByRole('dialog', { name: `What ${name} sees` });
  const region = within(dialog).getByRole('region', { name: `Preview of what ${name} sees` });
  return { dialog, region };
}

/** Every control a person could press, in the preview: clicked, even when switched off. */
function clickEverything(region: HTMLElement) {
  const controls = region.querySelectorAll<HTMLElement>(
    'button, a, summary, input, select, textarea, label, [role="button"], [tabindex]',
  );
  expect(controls.length).toBeGreaterThan(0);
  // Every form control is switched off, so a screen reader says so too.
  for (const control of region.querySelectorAll('button, input, select, textarea'))
    expect(control.matches(':disabled'), control.textContent ?? '').toBe(true);
  for (const control of controls) {
    fireEvent.click(control);
    fireEvent.keyDown(control, { key: 'Enter' });
    fireEvent.submit(control);
  }
  // "I'm stuck" did not open: its message box is not there.
  expect(region.querySelector('textarea')).toBeNull();
}

describe("the admin's read-only previews of the wizard", { timeout: 30_000 }, () => {
  it("shows a stuck person's step in Spanish, with what Zoom said about them", async () => {
    const { user, i18n } = await dashboard();
    const { dialog, region } = await openPreview(user, 'Robert Chen');

    // It says plainly what it is: a preview from Zoom's data, and when Zoom said it.
    expect(dialog.textContent).toContain(
      "This is a preview, not Robert Chen's own screen. ReadyRoom made it from what Zoom said when it last checked:",
    );
    expect(dialog.textContent).toMatch(/Mar 1, 2026/);
    expect(dialog.textContent).toContain(
      'Zoom says: Account set up. So they are most likely at step 6, "Sign in to the Zoom app".',
    );
    const facts = within(dialog).getByRole('heading', { name: 'What Zoom said about them' })
      .nextElementSibling as HTMLElement;
    expect(facts.textContent).toContain('robert.chen@example.org');
    expect(facts.textContent).toContain('Licensed');
    expect(facts.textContent).toContain('Zoom has not seen the Zoom app');

    await user.selectOptions(within(dialog).getByLabelText('Language of the preview'), 'es');
    // (Spanish is loaded when first asked for: the preview draws in it once it is here.)
    expect(
      await within(region).findByRole('heading', {
        name: 'Paso 6 de 9: Inicie sesión en la aplicación Zoom',
      }),
    ).toBeTruthy();
    expect(region.textContent).toContain('Zoom todavía no ve que haya iniciado sesión');
    expect(
      within(region).getByRole('group', { name: 'Preview — buttons do nothing here' }),
    ).toBeTruthy();
    // The app itself stays in English.
    expect(i18n.language).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your team');
  });

  it("draws each person's own facts: Basic and an old app at the sign-in step", async () => {
    const { user } = await dashboard();
    const { region } = await openPreview(user, 'Linda Park');
    expect(
      within(region).getByRole('heading', { name: 'Step 4 of 9: Sign in to ReadyRoom with Zoom' }),
    ).toBeTruthy();
    expect(region.textContent).toContain('linda.park@example.org');
    expect(region.textContent).toMatch(/Basic/);
  });

  it('reaches nothing: every button inside is pressed and the real api is never called', async () => {
    const { user, calls } = await dashboard();
    for (const name of ['Dorothy Evans', 'Robert Chen', 'Linda Park']) {
      const before = calls.length;
      const { dialog, region } = await openPreview(user, name);
      clickEverything(region);
      await user.selectOptions(within(dialog).getByLabelText('Language of the preview'), 'es');
      clickEverything(within(dialog).getByRole('region'));
      // The region is still the same step, and nothing crossed to the app's backend.
      expect(within(dialog).getByRole('region').textContent).toMatch(/Paso \d de 9/);
      expect(calls.slice(before)).toEqual([]);
      await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    }
  });

  it.each(wizardStepIds)(
    "draws step %s with a person's data, and no press inside reaches anything",
    async (step) => {
      const { api, calls } = loggingApi(view([robert]));
      const refused: string[] = [];
      await loadLanguage('es');
      renderWithApp(
        <PreviewFrame
          subject={{ ...subjectFor(robert), step }}
          language="es"
          label="Preview"
          onRefused={(name) => refused.push(name)}
        />,
        api,
      );
      const region = screen.getByRole('region', { name: 'Preview' });
      expect(within(region).getByRole('heading', { level: 3 }).textContent).toMatch(
        new RegExp(`^Paso ${wizardStepIds.indexOf(step) + 1} de 9: `),
      );
      if (step === 'sound-camera') {
        // Its first state: the connection check is "checking", never measured nor failed.
        expect(region.textContent).toContain('Revisando su conexión con Zoom.');
        expect(region.textContent).not.toContain('no pudo revisar su conexión');
        expect(refused).not.toContain('checkConnection');
      }
      const before = [...refused];
      clickEverything(region);
      expect(refused).toEqual(before);
      expect(calls).toEqual([]);
    },
  );

  it('"Preview the wizard" walks every step with Next and Back, in a language of its own', async () => {
    // The camera and microphone, as the page would ask for them: never asked in a preview.
    const getUserMedia = vi.fn(async () => {
      throw new Error('no camera in a test');
    });
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia, enumerateDevices: vi.fn(async () => []) },
    });
    const { user, i18n, calls } = await dashboard();
    const before = calls.length;
    const opener = screen.getByRole('button', { name: 'Preview the wizard' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Preview the wizard' });
    const region = () => within(dialog).getByRole('region', { name: 'Preview of the wizard' });
    const titles: string[] = [];
    const next = within(dialog).getByRole('button', { name: 'Next step' });
    for (let i = 0; i < wizardStepIds.length; i += 1) {
      titles.push(within(region()).getByRole('heading', { level: 3 }).textContent ?? '');
      // Every step's buttons, pressed: none reaches anything (the camera step included).
      clickEverything(region());
      // The position is announced (a status outside the preview's frame).
      expect(
        within(dialog).getByText(new RegExp(`^Step ${i + 1} of 9: `), {
          selector: '[role=status]',
        }),
      ).toBeTruthy();
      await user.click(next);
    }
    expect(getUserMedia).not.toHaveBeenCalled();
    expect(titles).toEqual([
      'Step 1 of 9: Welcome',
      'Step 2 of 9: Find the email from Zoom',
      'Step 3 of 9: Say yes to the invitation',
      'Step 4 of 9: Sign in to ReadyRoom with Zoom',
      'Step 5 of 9: Get the Zoom app',
      'Step 6 of 9: Sign in to the Zoom app',
      'Step 7 of 9: Test your sound and camera',
      'Step 8 of 9: Your meeting details',
      'Step 9 of 9: Finish',
    ]);
    // At the end, Next stays where the keyboard is and does nothing more.
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(next);
    expect(within(region()).getByRole('heading', { level: 3 }).textContent).toBe(
      'Step 9 of 9: Finish',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Previous step' }));
    expect(within(region()).getByRole('heading', { level: 3 }).textContent).toBe(
      'Step 8 of 9: Your meeting details',
    );
    await user.selectOptions(within(dialog).getByLabelText('Language of the preview'), 'es');
    expect(within(region()).getByRole('heading', { level: 3 }).textContent).toBe(
      'Paso 8 de 9: Los datos de sus reuniones',
    );
    // The app's own language is unchanged, and it was never asked to change.
    expect(i18n.language).toBe('en');
    expect(within(dialog).getByRole('button', { name: 'Next step' })).toBeTruthy();
    expect(calls.slice(before)).toEqual([]);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    Reflect.deleteProperty(navigator, 'mediaDevices');
  });
});
