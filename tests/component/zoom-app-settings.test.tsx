import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app';
import { demoZoomEnvironment, realZoomEnvironment } from '../../electron/services/zoom/environment';
import { inProcessApi, testBackend } from '../support/in-process';
import { renderWithApp } from '../support/render-app';

describe("pointing ReadyRoom at the organisation's Zoom app", () => {
  it('switches from the demo to the real Zoom and back, and says which one is in use', async () => {
    const backend = testBackend({
      zoomEnvironments: {
        real: realZoomEnvironment,
        demo: async () => demoZoomEnvironment('http://127.0.0.1:9'),
      },
    });
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    expect(await screen.findByRole('note')).toBeTruthy(); // the demo banner
    await user.click(screen.getByText("Use your team's real Zoom account"));
    const save = screen.getByRole('button', { name: 'Use this Zoom app' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText('Zoom app client ID'), 'AbC123_def');
    await user.click(save);
    expect(
      await screen.findByText("ReadyRoom now uses your team's own Zoom (app AbC123_def)."),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('note')).toBeNull());
    expect((await backend.handlers.getAppInfo({})).mode).toBe('zoom');
    expect((await backend.handlers.getSettings({})).zoomClientId).toBe('AbC123_def');

    await user.click(screen.getByRole('button', { name: 'Go back to the demo' }));
    expect(await screen.findByRole('note')).toBeTruthy();
    expect((await backend.handlers.getSettings({})).zoomClientId).toBeNull();
  });
});
