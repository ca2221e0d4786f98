import { demoZoomEnvironment, realZoomEnvironment } from '../../electron/services/zoom/environment';
import {
  builtInZoomClientId,
  parseBuiltInZoomClientId,
} from '../../electron/services/zoom/built-in-client-id';
import { EventHub } from '../../electron/services/events';
import { createMemoryLogger } from '../../electron/services/log';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { ZoomService } from '../../electron/services/zoom-service';
import { serializeInvitationPack, type InvitationPack } from '../../shared/invitation-pack';
import { testBackend } from '../support/in-process';

/** A copy built for an organisation carries its Zoom client ID (README, docs/zoom-app-setup.md). */
describe('the Zoom client ID a copy of ReadyRoom was built with', () => {
  it('takes a well-formed ID and refuses a malformed one', () => {
    expect(parseBuiltInZoomClientId(' Org_App.1 ')).toBe('Org_App.1');
    expect(parseBuiltInZoomClientId('')).toBeNull();
    expect(parseBuiltInZoomClientId(undefined)).toBeNull();
    expect(() => parseBuiltInZoomClientId('not an id!')).toThrow(/Zoom client ID/);
  });

  it('is read from READYROOM_ZOOM_CLIENT_ID when the code runs unbuilt, and ignored if malformed', () => {
    expect(builtInZoomClientId({ READYROOM_ZOOM_CLIENT_ID: 'OrgApp1' })).toBe('OrgApp1');
    expect(builtInZoomClientId({ READYROOM_ZOOM_CLIENT_ID: 'bad id' })).toBeNull();
    expect(builtInZoomClientId({})).toBeNull();
  });
});

describe('a copy built with a Zoom client ID', () => {
  const pack = (zoomClientId: string): InvitationPack => ({
    format: 'readyroom-invitation',
    version: 1,
    organisation: { name: 'Riverside Food Bank', zoomAccountId: 'rfb-account-1' },
    admin: { name: 'Maria Lopez', email: 'maria@riverside.example', phone: '+1 555 0100' },
    invitee: { email: 'joan@example.org', role: 'member' },
    zoomClientId,
    issuedAt: '2026-11-20T10:00:00.000Z',
  });
  const environments = {
    real: (clientId: string) => realZoomEnvironment(clientId),
    demo: async () => demoZoomEnvironment('http://127.0.0.1:9'),
  };
  const builtCopy = () => {
    const events = new EventHub();
    const zoom = new ZoomService({
      environment: realZoomEnvironment('OrgApp1'),
      secrets: new MemorySecretStore(),
      openBrowser: async () => undefined,
      opensInTab: true,
      events,
      log: createMemoryLogger(),
      language: () => 'en',
    });
    return testBackend({
      zoom,
      events,
      zoomEnvironments: environments,
      builtInZoomClientId: 'OrgApp1',
    });
  };

  it('says the Zoom app came with this copy', async () => {
    const info = await builtCopy().handlers.getAppInfo({});
    expect(info).toMatchObject({ mode: 'zoom', zoomClientSource: 'built-in' });
  });

  it('opens a pack for the same Zoom app at once, and asks before a pack switches to another', async () => {
    const backend = builtCopy();
    const same = await backend.handlers.openInvitation({
      kind: 'file',
      text: serializeInvitationPack(pack('OrgApp1')),
    });
    expect(same.ok).toBe(true);
    expect((await backend.handlers.getAppInfo({})).zoomClientSource).toBe('built-in');

    const other = await backend.handlers.openInvitation({
      kind: 'file',
      text: serializeInvitationPack({ ...pack('StrangersApp'), admin: pack('x').admin }),
    });
    expect(other).toMatchObject({ ok: false, reason: 'needs-confirmation' });
    if (other.ok || other.reason !== 'needs-confirmation') return;
    expect(other.changes).toContainEqual({ field: 'zoomApp', from: 'OrgApp1', to: 'StrangersApp' });
    expect((await backend.handlers.getSettings({})).zoomClientId).toBeNull();
  });

  it('says a pack’s Zoom app came from the invitation once the person took it', async () => {
    const backend = builtCopy();
    await backend.handlers.openInvitation({
      kind: 'file',
      text: serializeInvitationPack(pack('StrangersApp')),
      replace: true,
    });
    expect(await backend.handlers.getAppInfo({})).toMatchObject({
      mode: 'zoom',
      zoomClientSource: 'invitation',
    });
  });
});
