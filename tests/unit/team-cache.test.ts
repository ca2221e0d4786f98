import fs from 'node:fs';
import path from 'node:path';
import { nonprofitPeople, sandboxOrganisation } from '../../electron/sandbox/constants';
import { EventHub } from '../../electron/services/events';
import { createMemoryLogger } from '../../electron/services/log';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { TEAM_CACHE_FILE } from '../../electron/services/team/team-cache';
import { createTeamHandlers } from '../../electron/services/team/team-handlers';
import { ZoomService } from '../../electron/services/zoom-service';
import { demoZoomEnvironment } from '../../electron/services/zoom/environment';
import { tempDir } from '../support/in-process';
import { teamFixture, type TeamFixture } from './team-kit';

let fixture: TeamFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

/** The team handlers as ReadyRoom starts offline: nobody signed in, the data folder as left. */
function offlineHandlers(dataDir: string) {
  const events = new EventHub();
  const log = createMemoryLogger();
  const zoom = new ZoomService({
    environment: demoZoomEnvironment('http://127.0.0.1:9'),
    secrets: new MemorySecretStore(),
    openBrowser: async () => undefined,
    opensInTab: true,
    events,
    log,
    language: () => 'en',
  });
  const handlers = createTeamHandlers({
    zoom,
    events,
    log,
    now: () => new Date(),
    dataDir,
    minimumZoomVersion: () => '6.0.0',
  });
  return { handlers, log };
}

describe('the saved team snapshot', () => {
  it('is kept in the data folder without secrets, and opens at once offline, marked as a saved copy', async () => {
    const dataDir = tempDir();
    fixture = await teamFixture({ dataDir });
    const live = await fixture.handlers.refreshTeam({});
    await fixture.handlers.setEmailBounced({
      email: nonprofitPeople.pendingToday.email,
      bounced: true,
    });
    const text = fs.readFileSync(path.join(dataDir, TEAM_CACHE_FILE), 'utf8');
    expect(text).toContain(nonprofitPeople.member.email);
    expect(text).not.toMatch(/host_key|access_token|refresh_token|Bearer|client_secret/i);

    const { handlers } = offlineHandlers(dataDir);
    const saved = await handlers.getTeam({});
    expect(saved).toMatchObject({
      accountId: sandboxOrganisation.accountId,
      fromCache: true,
      fetchedAt: live.view.fetchedAt,
      complete: true,
    });
    expect(saved.people.map((p) => p.user.email).sort()).toEqual(
      live.view.people.map((p) => p.user.email).sort(),
    );
    const priya = saved.people.find((p) => p.user.email === nonprofitPeople.pendingToday.email);
    expect(priya?.bounced).toBe(true);
    expect(priya?.history).toHaveLength(1);
    await expect(handlers.refreshTeam({})).rejects.toMatchObject({ code: 'not-signed-in' });
  });

  it('keeps the stage history across restarts and stops being "saved" after a refresh', async () => {
    const dataDir = tempDir();
    fixture = await teamFixture({ dataDir });
    await fixture.handlers.refreshTeam({});
    await fixture.close();

    fixture = await teamFixture({ dataDir });
    // A new sandbox, with Robert now signed in to the Zoom app.
    await fixture.control('/_sandbox/app-signin', { email: nonprofitPeople.member.email });
    expect((await fixture.handlers.getTeam({})).fromCache).toBe(true);
    const fresh = await fixture.handlers.refreshTeam({});
    expect(fresh.view.fromCache).toBe(false);
    const robert = fresh.view.people.find((p) => p.user.email === nonprofitPeople.member.email);
    expect(robert?.history.map((h) => h.stage)).toEqual(['activated', 'ready']);
  });

  it('ignores a damaged file instead of trusting it', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(
      path.join(dataDir, TEAM_CACHE_FILE),
      '{"format":"readyroom-team-cache","version":1,"people":',
    );
    const { handlers, log } = offlineHandlers(dataDir);
    expect(await handlers.getTeam({})).toMatchObject({ accountId: null, people: [] });
    expect(log.entries.some((e) => e.message.includes('not JSON'))).toBe(true);

    fs.writeFileSync(
      path.join(dataDir, TEAM_CACHE_FILE),
      JSON.stringify({
        format: 'readyroom-team-cache',
        version: 1,
        accountId: 'x',
        snapshot: { people: 'all of them' },
      }),
    );
    const second = offlineHandlers(dataDir);
    expect(await second.handlers.getTeam({})).toMatchObject({ accountId: null, people: [] });
  });

  it("never shows another account's saved team to the admin who signs in", async () => {
    const dataDir = tempDir();
    fs.writeFileSync(
      path.join(dataDir, TEAM_CACHE_FILE),
      JSON.stringify({
        format: 'readyroom-team-cache',
        version: 1,
        accountId: 'someOtherAccount',
        savedAt: new Date().toISOString(),
        snapshot: {
          fetchedAt: new Date().toISOString(),
          complete: true,
          failedLists: [],
          people: [
            { user: { email: 'secret@other.example', type: 2, status: 'active' }, history: [] },
          ],
        },
        bounced: [],
        prefs: { autoRefreshMinutes: 15, organisationName: 'Other Org' },
      }),
    );
    fixture = await teamFixture({ dataDir });
    const view = await fixture.handlers.getTeam({});
    expect(view.people).toEqual([]);
    expect(view.prefs).toEqual({ autoRefreshMinutes: 15, organisationName: '' });
  });
});
