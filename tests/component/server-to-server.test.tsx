import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app';
import { demoServerToServerApp, sandboxOrganisation } from '../../electron/sandbox/constants';
import { inProcessApi } from '../support/in-process';
import { nodeBackend } from '../support/node-backend';
import { renderWithApp } from '../support/render-app';

describe('an admin connecting with a Server-to-Server app', () => {
  it('keeps what was typed when Zoom refuses it, and connects with the right values', async () => {
    const { backend } = await nodeBackend();
    await backend.handlers.updateSettings({ role: 'admin' });
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    await user.click(await screen.findByText("For admins: use your team's app codes instead"));
    await user.type(screen.getByLabelText('Account ID'), sandboxOrganisation.accountId);
    await user.type(screen.getByLabelText('Client ID'), demoServerToServerApp.clientId);
    const secret = screen.getByLabelText('Client secret') as HTMLInputElement;
    expect(secret.type).toBe('password');
    await user.type(secret, 'not-the-secret');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Zoom did not accept/i);
    expect(secret.value).toBe('not-the-secret');

    await user.clear(secret);
    await user.click(secret);
    await user.paste(demoServerToServerApp.clientSecret);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText(/You are signed in as/)).toBeTruthy();
    expect((await backend.handlers.getSession({})).person?.kind).toBe('account');
  });
});
