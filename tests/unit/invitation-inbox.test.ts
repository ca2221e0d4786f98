import type { InvitationOutcome } from '../../shared/api';
import { encodeInvitationLink, type InvitationPack } from '../../shared/invitation-pack';
import { InvitationInbox } from '../../electron/services/invitation-inbox';
import { createMemoryLogger } from '../../electron/services/log';
import { testBackend } from '../support/in-process';

const pack: InvitationPack = {
  format: 'readyroom-invitation',
  version: 1,
  organisation: { name: 'Riverside Food Bank', zoomAccountId: 'AbCdEf123456' },
  admin: { name: 'Maria Lopez', email: 'maria@riverside.example' },
  invitee: { email: 'robert@riverside.example', role: 'member' },
  issuedAt: '2025-03-01T09:30:00.000Z',
};

function setup(files: Record<string, string | null> = {}) {
  const backend = testBackend();
  const announced: InvitationOutcome[] = [];
  let focused = 0;
  const inbox = new InvitationInbox({
    handlers: backend.handlers,
    log: createMemoryLogger(),
    announce: (o) => announced.push(o),
    focusWindow: () => (focused += 1),
    readFile: async (file, maxBytes) => {
      const text = files[file];
      if (text === undefined) throw new Error('ENOENT');
      return text === null ? null : text.slice(0, maxBytes + 1);
    },
  });
  return { backend, inbox, announced, focused: () => focused };
}

describe('the invitation inbox (links, files and the File menu)', () => {
  it('keeps what arrives before the window listens, and hands it over once', async () => {
    const { inbox, announced, backend } = setup();
    await inbox.openLink(encodeInvitationLink(pack));
    expect(announced).toEqual([]);
    expect(inbox.take()).toMatchObject({
      source: 'link',
      status: 'answered',
      result: { ok: true },
    });
    expect(inbox.take()).toBeNull();
    expect((await backend.handlers.getWizardProgress({})).invitation?.admin.name).toBe(
      'Maria Lopez',
    );
  });

  it('announces what arrives while the window listens, and brings the window forward', async () => {
    const { inbox, announced, focused } = setup();
    inbox.take();
    await inbox.openLink('readyroom://invite?p=!!!');
    expect(announced).toEqual([
      { source: 'link', status: 'answered', result: { ok: false, reason: 'not-a-link' } },
    ]);
    expect(focused()).toBe(1);
  });

  it('says why a file was refused, and when it could not be read at all', async () => {
    const { inbox, announced } = setup({
      '/bad.readyroom': '{',
      '/huge.readyroom': 'x'.repeat(70_000),
    });
    inbox.take();
    await inbox.openFile('/bad.readyroom');
    await inbox.openFile('/huge.readyroom');
    await inbox.openFile('/missing.readyroom');
    expect(announced).toEqual([
      { source: 'file', status: 'answered', result: { ok: false, reason: 'not-json' } },
      { source: 'file', status: 'answered', result: { ok: false, reason: 'too-large' } },
      { source: 'file', status: 'unreadable' },
    ]);
  });

  it('waits again for a window once every window is closed (macOS keeps running)', async () => {
    const { inbox, announced } = setup();
    inbox.take();
    inbox.windowsClosed();
    await inbox.openLink(encodeInvitationLink(pack));
    expect(announced).toEqual([]);
    expect(inbox.take()).toMatchObject({ status: 'answered' });
  });

  it('goes through dispatch: a handler that fails is a typed outcome, not a crash', async () => {
    const { backend, inbox } = setup();
    const failing = new InvitationInbox({
      handlers: {
        ...backend.handlers,
        openInvitation: async () => {
          throw new Error('disk full');
        },
      },
      log: createMemoryLogger(),
      announce: () => undefined,
      focusWindow: () => undefined,
      readFile: async () => null,
    });
    expect(await failing.openLink(encodeInvitationLink(pack))).toEqual({
      source: 'link',
      status: 'failed',
      error: 'internal',
    });
    expect(inbox.take()).toBeNull();
  });
});
