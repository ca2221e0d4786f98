import fs from 'node:fs';
import path from 'node:path';
import { EventHub } from '../../electron/services/events';
import { createMemoryLogger } from '../../electron/services/log';
import { TEAM_CACHE_FILE } from '../../electron/services/team/team-cache';
import { TeamStore } from '../../electron/services/team/team-store';
import type { ZoomUserSummary } from '../../shared/zoom';
import { tempDir } from '../support/in-process';

const people: ZoomUserSummary[] = Array.from({ length: 3 }, (_, i) => ({
  id: `u${i}`,
  email: `person${i}@example.org`,
  first_name: `Person ${i}`,
  type: 2,
  status: i === 2 ? 'pending' : 'active',
}));

function store(dataDir: string) {
  const log = createMemoryLogger();
  const team = new TeamStore({
    dataDir,
    log,
    now: () => new Date('2026-12-04T10:00:00Z'),
    events: new EventHub(),
    minimumZoomVersion: () => '6.0.0',
  });
  team.useAccount('account-1');
  return { team, log };
}

const saved = (dataDir: string) =>
  JSON.parse(fs.readFileSync(path.join(dataDir, TEAM_CACHE_FILE), 'utf8')) as {
    snapshot: { people: Array<{ user: { email: string } }> } | null;
    bounced: string[];
  };

const refresh = { fetchedAt: new Date('2026-12-04T10:00:00Z'), failedLists: [] };

describe("the team's saved copy", () => {
  it('after a refresh: the answer comes first, the copy straight after, whole when ReadyRoom closes', async () => {
    const dataDir = tempDir();
    const { team } = store(dataDir);
    await team.replace({ ...refresh, people: people.map((user) => ({ user, stale: false })) });
    // What Zoom said can be read again: the refresh did not wait for the disk.
    expect(fs.existsSync(path.join(dataDir, TEAM_CACHE_FILE))).toBe(false);
    expect(team.view().people).toHaveLength(3);
    await team.flush();
    expect(saved(dataDir).snapshot?.people.map((p) => p.user.email)).toEqual(
      people.map((p) => p.email),
    );

    // A new start of ReadyRoom reads it back.
    const again = store(dataDir).team;
    await again.load();
    expect(again.view()).toMatchObject({
      fromCache: true,
      fetchedAt: refresh.fetchedAt.toISOString(),
    });
  });

  it("what the admin enters is on disk before the call answers, with the refresh's copy in it", async () => {
    const dataDir = tempDir();
    const { team } = store(dataDir);
    await team.replace({ ...refresh, people: people.map((user) => ({ user, stale: false })) });
    await team.setBounced('person2@example.org', true);
    const file = saved(dataDir);
    expect(file.bounced).toEqual(['person2@example.org']);
    expect(file.snapshot?.people).toHaveLength(3);
  });

  it('a copy that cannot be written is logged; the refresh and closing still answer', async () => {
    const parent = tempDir();
    const notAFolder = path.join(parent, 'file');
    fs.writeFileSync(notAFolder, 'in the way');
    const { team, log } = store(notAFolder);
    await team.replace({ ...refresh, people: people.map((user) => ({ user, stale: false })) });
    await team.flush();
    expect(team.view().people).toHaveLength(3);
    expect(log.entries.map((e) => e.message)).toContain('Could not save the team snapshot');
  });
});
