import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ReadyRoomApi, UpdateStatus } from '../../shared/api';
import { encodeInvitationLink, type InvitationPack } from '../../shared/invitation-pack';
import type { Language } from '../../shared/settings';
import type { DesktopPorts } from '../../electron/services/handlers/desktop-handlers';
import { BridgeProvider } from '../../renderer/bridge/bridge-context';
import { ErrorBoundary } from '../../renderer/components/error-boundary';
import { HelperReportButton } from '../../renderer/components/helper-report';
import { InvitationOutcomeNotice } from '../../renderer/components/invitation-outcome';
import { UpdateBanner } from '../../renderer/components/update-banner';
import { createI18n, loadLanguage } from '../../renderer/i18n/i18n';
import { createAppStore } from '../../renderer/store/store';
import { StoreProvider } from '../../renderer/store/store-context';
import { inProcessApi, testBackend } from '../support/in-process';

const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyb2JlcnQifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const pack: InvitationPack = {
  format: 'readyroom-invitation',
  version: 1,
  organisation: { name: 'Riverside Food Bank', zoomAccountId: 'AbCdEf123456' },
  admin: { name: 'Maria Lopez', email: 'maria@riverside.example' },
  invitee: { email: 'robert@riverside.example', role: 'member' },
  issuedAt: '2025-03-01T09:30:00.000Z',
};

/** Renders as main.tsx does: i18n, the bridge, the store — over a real backend in-process. */
function renderDesktop(
  ui: ReactElement,
  desktop: Partial<DesktopPorts> = {},
  language: Language = 'en',
) {
  const backend = testBackend({ desktop });
  const api = inProcessApi(backend);
  const store = createAppStore(api);
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <BridgeProvider api={api}>
        <StoreProvider store={store}>{ui}</StoreProvider>
      </BridgeProvider>
    </I18nextProvider>,
  );
  return { backend, api, store };
}

function stubClipboard() {
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void copied.push(text) },
  });
  return copied;
}

describe('"Copy a report for my helper"', () => {
  it('shows and copies versions, the step and the last problems — and no secret', async () => {
    const copied = stubClipboard();
    renderDesktop(<HelperReportButton />, {
      recentProblems: () => [
        {
          at: '2025-03-01T10:00:00.000Z',
          level: 'warn',
          message: `Refresh failed for robert@riverside.example with ${jwt}`,
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Copy a report for my helper' }));
    const report = (await screen.findByLabelText('Report for your helper')) as HTMLTextAreaElement;
    expect(report.value).toContain('ReadyRoom 0.0.0-test (browser, demo)');
    expect(report.value).toContain('Current step: welcome');
    expect(report.value).toContain('Refresh failed for [email] with [hidden]');
    expect(report.value).toMatch(/Last checks: zoomApp: idle/);
    for (const secret of [jwt, 'robert@riverside.example'])
      expect(report.value).not.toContain(secret);
    expect(copied).toEqual([report.value]);
    expect(screen.getByRole('status').textContent).toContain('The report is copied.');
  });

  it('says so when it cannot copy, and leaves the text to copy by hand', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    // (As the app's start does: the language is loaded before the first screen draws.)
    await loadLanguage('es');
    renderDesktop(<HelperReportButton />, {}, 'es');
    await userEvent.click(
      screen.getByRole('button', { name: 'Copiar un informe para mi ayudante' }),
    );
    await screen.findByLabelText('Informe para su ayudante');
    expect(screen.getByRole('status').textContent).toContain('No se pudo copiar el informe.');
  });
});

describe('the error boundary', () => {
  function Flaky({ failures }: { failures: { left: number } }) {
    if (failures.left > 0) {
      failures.left -= 1;
      throw new Error('the screen broke');
    }
    return <p>The screen works</p>;
  }

  it('says what happened, logs it, and draws the screen again on "Try again"', async () => {
    const failures = { left: 2 }; // React draws twice before giving up on a screen
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { api } = renderDesktop(
      <ErrorBoundary>
        <Flaky failures={failures} />
      </ErrorBoundary>,
      { recentProblems: () => [] },
    );
    expect((await screen.findByRole('alert')).textContent).toContain('This screen stopped working');
    expect(screen.getByRole('alert').textContent).toContain('Nothing you did is lost');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The screen works')).toBeTruthy();
    quiet.mockRestore();
    expect((await api.getHelperReport({})).app.version).toBe('0.0.0-test');
  });

  it('keeps what the person typed in the store (state lives outside the screen)', async () => {
    const failures = { left: 0 };
    function Parent() {
      const [n, setN] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setN(n + 1)}>
            more {n}
          </button>
          <ErrorBoundary>
            <Flaky failures={failures} />
          </ErrorBoundary>
        </>
      );
    }
    const { store } = renderDesktop(<Parent />);
    await act(() => store.getState().chooseLanguage('es'));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failures.left = 2;
    await userEvent.click(screen.getByRole('button', { name: 'more 0' }));
    await screen.findByRole('alert');
    quiet.mockRestore();
    expect(store.getState().settings?.language).toBe('es');
  });
});

describe('an invitation from outside the window', () => {
  it('shows a sentence for a link that started the app, and for one while it runs', async () => {
    const pending = { value: null as unknown };
    const { backend } = renderDesktop(<InvitationOutcomeNotice />, {
      takeInvitationOutcome: () =>
        pending.value as ReturnType<DesktopPorts['takeInvitationOutcome']>,
    });
    await act(async () => {
      backend.events.emit('invitationOutcome', {
        source: 'link',
        status: 'answered',
        result: { ok: false, reason: 'not-a-link' },
      });
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This invitation could not be opened. This is not a ReadyRoom invitation link.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('hands over what arrived before the window listened', async () => {
    const result = await testBackend().handlers.openInvitation({
      kind: 'link',
      text: encodeInvitationLink(pack),
    });
    renderDesktop(<InvitationOutcomeNotice />, {
      takeInvitationOutcome: () => ({ source: 'link', status: 'answered', result }),
    });
    expect((await screen.findByRole('status')).textContent).toContain(
      'Your invitation from Maria Lopez at Riverside Food Bank is open.',
    );
  });

  it('opens a file dropped anywhere on the window', async () => {
    const { backend } = renderDesktop(<InvitationOutcomeNotice />);
    await waitFor(() => undefined);
    const file = new File([JSON.stringify(pack)], 'invite.readyroom', { type: 'application/json' });
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file], types: ['Files'] } });
    await act(async () => {
      window.dispatchEvent(drop);
    });
    expect((await screen.findByRole('status')).textContent).toContain(
      'Maria Lopez at Riverside Food Bank',
    );
    expect(drop.defaultPrevented).toBe(true);
    expect((await backend.handlers.getWizardProgress({})).invitation?.admin.name).toBe(
      'Maria Lopez',
    );
  });
});

describe('a downloaded update', () => {
  it('is offered as "Restart to update", only when ready, and never forced', async () => {
    let status: UpdateStatus = { state: 'downloading', version: '1.2.0', checkedAt: null };
    let restarts = 0;
    const { backend } = renderDesktop(<UpdateBanner />, {
      updateStatus: () => status,
      restartToUpdate: () => {
        restarts += 1;
        return status;
      },
    });
    await waitFor(() => undefined);
    expect(screen.queryByRole('button', { name: 'Restart to update' })).toBeNull();
    status = { state: 'ready', version: '1.2.0', checkedAt: null };
    await act(async () => backend.events.emit('updateStatusChanged', status));
    expect(await screen.findByText(/A new version of ReadyRoom \(1\.2\.0\) is ready/)).toBeTruthy();
    expect(restarts).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Restart to update' }));
    await waitFor(() => expect(restarts).toBe(1));
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText(/A new version/)).toBeNull();
  });

  it('shows nothing where there are no updates (the browser host, a development run)', async () => {
    const api: ReadyRoomApi = inProcessApi(testBackend());
    expect(await api.getUpdateStatus({})).toEqual({ state: 'off', version: null, checkedAt: null });
    renderDesktop(<UpdateBanner />);
    await waitFor(() => undefined);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
