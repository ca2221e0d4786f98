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

  it('moves a corrupted file aside, starts fresh and tells the person once', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'settings.json'), '{"language": "es", ');
    const log = createMemoryLogger();
    const backend = (await nodeBackend({ dataDir, log })).backend;
    expect(await backend.handlers.getSettings({})).toMatchObject({ language: null });
    const info = await backend.handlers.getAppInfo({});
    expect(info.notices).toContain('settings-reset');
    const aside = fs.readdirSync(dataDir).filter((f) => f.startsWith('settings.broken-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, aside[0]!), 'utf8')).toBe('{"language": "es", ');
    expect(log.entries.some((e) => e.level === 'warn')).toBe(true);
    const after = await backend.handlers.dismissNotice({ notice: 'settings-reset' });
    expect(after.notices).not.toContain('settings-reset');
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
        language: 'fr',
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
