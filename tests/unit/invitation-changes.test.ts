import { demoZoomEnvironment, realZoomEnvironment } from '../../electron/services/zoom/environment';
import { invitationChanges } from '../../shared/invitation-changes';
import {
  encodeInvitationLink,
  serializeInvitationPack,
  type InvitationPack,
} from '../../shared/invitation-pack';
import { testBackend } from '../support/in-process';

const maria: InvitationPack = {
  format: 'readyroom-invitation',
  version: 1,
  organisation: { name: 'Riverside Food Bank', zoomAccountId: 'rfb-account-1' },
  admin: { name: 'Maria Lopez', email: 'maria@riverside.example', phone: '+1 555 0100' },
  invitee: { email: 'joan@example.org', role: 'member' },
  zoomClientId: 'RiversideApp1',
  issuedAt: '2026-11-20T10:00:00.000Z',
};
const forged: InvitationPack = {
  ...maria,
  admin: { name: 'Maria Lopez', email: 'maria@riverside.example', phone: '+1 555 0199' },
  zoomClientId: 'SomeoneElsesApp',
};

describe('what a new invitation would change, and when the person must confirm', () => {
  it('opens the first pack on a copy in demo mode at once (that is what the person asked for)', () => {
    const { needsConfirmation, changes } = invitationChanges(null, null, maria);
    expect(needsConfirmation).toBe(false);
    expect(changes.map((c) => c.field)).toContain('zoomApp');
  });

  it('asks before a link replaces the admin’s phone number and the Zoom app, and names both', () => {
    const { needsConfirmation, changes } = invitationChanges(maria, 'RiversideApp1', forged);
    expect(needsConfirmation).toBe(true);
    expect(changes).toEqual([
      { field: 'adminPhone', from: '+1 555 0100', to: '+1 555 0199' },
      { field: 'zoomApp', from: 'RiversideApp1', to: 'SomeoneElsesApp' },
    ]);
  });

  it('asks before a first pack moves ReadyRoom off the Zoom app it already uses', () => {
    const { needsConfirmation, changes } = invitationChanges(null, 'RiversideApp1', forged);
    expect(needsConfirmation).toBe(true);
    expect(changes.find((c) => c.field === 'zoomApp')).toEqual({
      field: 'zoomApp',
      from: 'RiversideApp1',
      to: 'SomeoneElsesApp',
    });
  });

  it('opens the same pack again without asking, and a pack without an app keeps the app in use', () => {
    expect(invitationChanges(maria, 'RiversideApp1', maria)).toEqual({
      changes: [],
      needsConfirmation: false,
    });
    const noApp: InvitationPack = { ...maria, zoomClientId: undefined };
    expect(invitationChanges(maria, 'RiversideApp1', noApp).needsConfirmation).toBe(false);
  });
});

describe('opening a pack that would change what the person has', () => {
  const environments = {
    real: (clientId: string) => realZoomEnvironment(clientId),
    demo: async () => demoZoomEnvironment('http://127.0.0.1:9'),
  };

  it('changes nothing until the person confirms, then takes the new invitation and Zoom app', async () => {
    const backend = testBackend({ zoomEnvironments: environments });
    const first = await backend.handlers.openInvitation({
      kind: 'file',
      text: serializeInvitationPack(maria),
    });
    expect(first.ok).toBe(true);
    expect((await backend.handlers.getSettings({})).zoomClientId).toBe('RiversideApp1');

    const asked = await backend.handlers.openInvitation({
      kind: 'link',
      text: encodeInvitationLink(forged),
    });
    expect(asked).toMatchObject({ ok: false, reason: 'needs-confirmation' });
    expect((await backend.handlers.getSettings({})).zoomClientId).toBe('RiversideApp1');
    expect((await backend.handlers.getWizardProgress({})).invitation?.admin.phone).toBe(
      '+1 555 0100',
    );

    const confirmed = await backend.handlers.openInvitation({
      kind: 'link',
      text: encodeInvitationLink(forged),
      replace: true,
    });
    expect(confirmed.ok).toBe(true);
    expect((await backend.handlers.getSettings({})).zoomClientId).toBe('SomeoneElsesApp');
    expect((await backend.handlers.getWizardProgress({})).invitation?.admin.phone).toBe(
      '+1 555 0199',
    );
  });
});
