import Conf from 'conf';
import fs from 'node:fs';
import path from 'node:path';
import { nodeBackend } from '../support/node-backend';
import { createMemoryLogger } from '../../electron/services/log';
import { migrateSettings } from '../../shared/settings';
import { tempDir } from '../support/in-process';

describe('settings on disk', () => {
  it('starts with defaults on a fresh machine', async () => {
    const backend = (await nodeBackend({ dataDir: tempDir(), log: createMemoryLogger() })).backend;
    expect(await backend.handlers.getSettings({})).toEqual({
      schemaVersion: 2,
      language: null,
      role: null,
      minimumZoomVersion: '6.0.0',
      zoomClientId: null,
    });
    expect((await backend.handlers.getAppInfo({})).notices).toEqual(['secrets-not-kept']);
  });

  it('keeps a choice for next time', async () => {
    const dataDir = tempDir();
    const first = (await nodeBackend({ dataDir, log: createMemoryLogger() })).backend;
    await first.handlers.updateSettings({ language: 'es', role: 'invitee' });
    const second = (await nodeBackend({ dataDir, log: createMemoryLogger() })).backend;
    expect(await second.handlers.getSettings({})).toMatchObject({
      language: 'es',
      role: 'invitee',
    });
  });

  it('keeps wizard progress in its own file, across restarts', async () => {
    const dataDir = tempDir();
    const first = (await nodeBackend({ dataDir, log: createMemoryLogger() })).backend;
    await first.handlers.saveWizardProgress({
      currentStep: 'activate',
      completed: ['welcome', 'find-email'],
    });
    const second = (await nodeBackend({ dataDir, log: createMemoryLogger() })).backend;
    expect(await second.handlers.getWizardProgress({})).toMatchObject({
      currentStep: 'activate',
      completed: ['welcome', 'find-email'],
    });
    expect(fs.existsSync(path.join(dataDir, 'wizard-progress.json'))).toBe(true);
  });

  it('after a save cut off mid-write, keeps every field that still reads, names the lost ones, and cleans up', async () => {
    const dataDir = tempDir();
    const cut =
      '{"schemaVersion":2,"language":"es","role":"admin","minimumZoomVersion":"6.1.0","zoomClientId":"Org_Client';
    fs.writeFileSync(path.join(dataDir, 'settings.json'), cut);
    // What a killed save leaves behind (atomically's temporary file, before its rename).
    fs.writeFileSync(path.join(dataDir, 'settings.json.tmp-1764700000abc123'), '{"language":');
    const log = createMemoryLogger();
    const backend = (await nodeBackend({ dataDir, log })).backend;
    expect(await backend.handlers.getSettings({})).toEqual({
      schemaVersion: 2,
      language: 'es',
      role: 'admin',
      minimumZoomVersion: '6.1.0',
      zoomClientId: null,
    });
    const info = await backend.handlers.getAppInfo({});
    expect(info.notices).toContain('settings-reset');
    expect(info.lostSettings).toEqual(['zoomClientId']);
    const files = fs.readdirSync(dataDir);
    expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
    const aside = files.filter((f) => f.startsWith('settings.broken-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, aside[0]!), 'utf8')).toBe(cut);
    expect(log.entries.some((e) => e.level === 'warn')).toBe(true);
    const after = await backend.handlers.dismissNotice({ notice: 'settings-reset' });
    expect(after.notices).not.toContain('settings-reset');
  });

  it('writes the files that hold personal data for this person only (0600)', async () => {
    const dataDir = tempDir();
    const backend = (await nodeBackend({ dataDir, log: createMemoryLogger() })).backend;
    await backend.handlers.updateSettings({ role: 'invitee' });
    await backend.handlers.saveWizardProgress({ currentStep: 'activate' });
    for (const name of ['settings.json', 'wizard-progress.json']) {
      expect(fs.statSync(path.join(dataDir, name)).mode & 0o777).toBe(0o600);
    }
  });

  it('migrates a version 0 file (no schemaVersion, language under "locale")', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(
      path.join(dataDir, 'settings.json'),
      JSON.stringify({ locale: 'es-MX', role: 'admin' }),
    );
    const backend = (await nodeBackend({ dataDir, log: createMemoryLogger() })).backend;
    const expected = {
      schemaVersion: 2,
      language: 'es',
      role: 'admin',
      minimumZoomVersion: '6.0.0',
      zoomClientId: null,
    };
    expect(await backend.handlers.getSettings({})).toEqual(expected);
    const onDisk = new Conf({ cwd: dataDir, configName: 'settings', projectName: 'ReadyRoom' })
      .store;
    expect(onDisk).toEqual(expected);
  });

  it('keeps good values and drops bad ones from an edited file', () => {
    expect(
      migrateSettings({
        schemaVersion: 2,
        language: 'de',
        role: 'admin',
        minimumZoomVersion: 'x',
        extra: 1,
      }),
    ).toEqual({
      value: {
        schemaVersion: 2,
        language: null,
        role: 'admin',
        minimumZoomVersion: '6.0.0',
        zoomClientId: null,
      },
      changed: true,
    });
    expect(migrateSettings(['not', 'an', 'object']).value.role).toBeNull();
    const current = {
      schemaVersion: 2,
      language: 'en',
      role: null,
      minimumZoomVersion: '6.1.0',
      zoomClientId: null,
    };
    expect(migrateSettings(current)).toEqual({ value: current, changed: false });
  });

  it('migrates version 1 by adding the minimum Zoom app version', () => {
    expect(migrateSettings({ schemaVersion: 1, language: 'es', role: 'invitee' }).value).toEqual({
      schemaVersion: 2,
      language: 'es',
      role: 'invitee',
      minimumZoomVersion: '6.0.0',
      zoomClientId: null,
    });
  });
});
