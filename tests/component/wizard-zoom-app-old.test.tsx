import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app';
import { inviteeAt, joan } from '../support/invitee-api';
import { renderWithApp } from '../support/render-app';

/** A computer with the Zoom app at `version` in Linux's usual place. */
const zoomAt = (version: () => string) => ({
  fileExists: async (f: string) => f === '/opt/zoom/zoom',
  readText: async () => version(),
});

describe('the Zoom app steps agree with each other', () => {
  it('step 5 names "Zoom Workplace" once, and an old app gets the download, not "can\'t find it"', async () => {
    const { backend, api } = await inviteeAt('install-app', { computer: zoomAt(() => '5.10.0') });
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    expect(
      await screen.findByText(/Your Zoom app is too old \(version 5.10.0\)/, {
        selector: 'div.check',
      }),
    ).toBeTruthy();
    expect(screen.getAllByText(/"Zoom Workplace"/)).toHaveLength(1);
    expect(screen.getByText(/Here we just call it "the Zoom app"/)).toBeTruthy();
    expect(
      screen.queryByRole('button', { name: "I have the Zoom app, but ReadyRoom can't find it" }),
    ).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Download Zoom' }));
    expect(backend.opened).toEqual(['https://zoom.us/download']);
  });

  it('step 6 says "update first" with the download button, not "Zoom has not seen you"', async () => {
    const { backend, api } = await inviteeAt('app-sign-in', {
      me: joan({ last_client_version: '5.10.0.2450(win)' }),
      computer: zoomAt(() => '5.10.0'),
    });
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    expect(
      await screen.findByText(/Your Zoom app is too old to sign in \(version 5.10.0\)/),
    ).toBeTruthy();
    expect(screen.queryByText(/Zoom has not seen you sign in/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Download Zoom' }));
    expect(backend.opened).toEqual(['https://zoom.us/download']);
  });

  it('step 6 uses what Zoom saw when this computer has no app it can read', async () => {
    const { api } = await inviteeAt('app-sign-in', {
      me: joan({ last_client_version: '5.10.0.2450(win)' }),
    });
    renderWithApp(<App />, api);
    expect(
      await screen.findByText(/Zoom saw you sign in with an old Zoom app \(version 5.10.0.2450\)/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download Zoom' })).toBeTruthy();
    expect(screen.queryByText(/Zoom has not seen you sign in/)).toBeNull();
  });

  it('after the update, asks to sign in again; then passes', async () => {
    let version = '5.10.0';
    const { api, zoomSays } = await inviteeAt('app-sign-in', {
      me: joan({ last_client_version: '5.10.0.2450(win)' }),
      computer: zoomAt(() => version),
    });
    const user = userEvent.setup();
    renderWithApp(<App />, api);
    await screen.findByText(/Your Zoom app is too old to sign in/);
    version = '6.2.5';
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText(/You have the new Zoom app now \(version 6.2.5\)/)).toBeTruthy();
    // The person signs in with the new app; Zoom now reports its version.
    zoomSays(joan({ last_client_version: '6.2.5.1234(win)' }));
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() =>
      expect(
        screen.getByText('Zoom says you signed in to the Zoom app (version 6.2.5.1234(win)).'),
      ).toBeTruthy(),
    );
    expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
  });
});
