import fs from 'node:fs';
import path from 'node:path';
import { createMemoryLogger } from '../../electron/services/log';
import { WAITING_INVITES_FILE, WaitingInvites } from '../../electron/services/team/waiting-invites';
import { nextWaiting, personLine } from '../../renderer/dashboard/invite-waiting';
import { parseEmailList } from '../../shared/team-emails';
import { tempDir } from '../support/in-process';

const now = new Date('2025-05-06T18:00:00Z');

describe('the addresses kept for later', () => {
  it('are saved per Zoom account in the data folder (0600), and read back after a restart', async () => {
    const dataDir = tempDir();
    const people = [{ email: 'a@x.org', firstName: 'Ana', lastName: 'Diaz' }, { email: 'b@x.org' }];
    const first = new WaitingInvites(dataDir, createMemoryLogger());
    expect(await first.set('acct1', people, now)).toBe(true);
    const file = path.join(dataDir, WAITING_INVITES_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // A new start of ReadyRoom (the browser host on another port, say) finds them.
    const second = new WaitingInvites(dataDir, createMemoryLogger());
    expect(second.get('acct1')).toEqual({ savedAt: now.toISOString(), people });
    expect(second.get('acct2')).toBeNull();
    expect(await second.set('acct1', [], now)).toBe(true);
    expect(new WaitingInvites(dataDir, createMemoryLogger()).get('acct1')).toBeNull();
  });

  it('are checked when read back: a damaged or strange copy is ignored, never trusted', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, WAITING_INVITES_FILE);
    for (const raw of [
      '{',
      '[]',
      'null',
      JSON.stringify({
        format: 'readyroom-invites-waiting',
        version: 1,
        byAccount: { a: { savedAt: 'x', people: [{ email: 1 }] } },
      }),
    ]) {
      fs.writeFileSync(file, raw);
      expect(new WaitingInvites(dataDir, createMemoryLogger()).get('a'), raw).toBeNull();
    }
  });

  it('say so when they cannot be saved', async () => {
    const dataDir = path.join(tempDir(), 'gone');
    const log = createMemoryLogger();
    expect(await new WaitingInvites(dataDir, log).set('acct1', [{ email: 'a@x.org' }], now)).toBe(
      false,
    );
    expect(log.entries.some((e) => e.message === 'Could not save the waiting invitations')).toBe(
      true,
    );
  });

  it("after a send: the earlier ones not sent this time, then this send's waiting ones, once each", () => {
    const earlier = [{ email: 'a@x.org' }, { email: 'b@x.org' }, { email: 'c@x.org' }];
    const sent = [{ email: 'B@x.org' }, { email: 'd@x.org' }, { email: 'e@x.org' }];
    const kept = [{ email: 'e@x.org' }, { email: 'a@x.org' }];
    expect(nextWaiting(earlier, sent, kept).map((p) => p.email)).toEqual([
      'a@x.org',
      'c@x.org',
      'e@x.org',
    ]);
  });

  it('go back into the box as lines the dialog reads again with their names', () => {
    const text = [
      { email: 'a@x.org', firstName: 'Ana', lastName: 'de la Cruz' },
      { email: 'b@x.org' },
    ]
      .map(personLine)
      .join('\n');
    expect(parseEmailList(text).addresses).toMatchObject([
      { email: 'a@x.org', firstName: 'Ana', lastName: 'de la Cruz', problem: null },
      { email: 'b@x.org', problem: null },
    ]);
  });
});
