import fs from 'node:fs';
import path from 'node:path';
import { createMemoryLogger } from '../../electron/services/log';
import { initialProgress, migrateProgress } from '../../shared/wizard';
import { tempDir } from '../support/in-process';
import { nodeBackend } from '../support/node-backend';

describe('a damaged wizard progress file', () => {
  it('after a save cut off mid-write, resumes at the saved step with every answer that still reads', async () => {
    const dataDir = tempDir();
    const cut =
      '{"schemaVersion":1,"currentStep":"install-app","completed":["welcome","find-email","activate","sign-in"],' +
      '"skipped":[],"selfReported":["find-email"],"answers":{"activationPath":"new","signInMethod":"google"},' +
      '"invitation":null,"updatedAt":"2026-03-01T1';
    fs.writeFileSync(path.join(dataDir, 'wizard-progress.json'), cut);

    const { backend } = await nodeBackend({ dataDir, log: createMemoryLogger() });

    expect(await backend.handlers.getWizardProgress({})).toMatchObject({
      currentStep: 'install-app',
      completed: ['welcome', 'find-email', 'activate', 'sign-in'],
      selfReported: ['find-email'],
      answers: { activationPath: 'new', signInMethod: 'google' },
      updatedAt: null,
    });
    expect((await backend.handlers.getAppInfo({})).notices).toContain('progress-reset');
  });

  it('keeps each field that reads and puts only the bad ones back to the start', () => {
    const { value, changed } = migrateProgress({
      schemaVersion: 1,
      currentStep: 'sound-camera',
      completed: ['welcome', 'no-such-step'],
      skipped: ['activate'],
      answers: { activationPath: 'existing', signInMethod: 'carrier pigeon' },
    });
    expect(changed).toBe(true);
    expect(value).toMatchObject({
      currentStep: 'sound-camera',
      completed: ['welcome'],
      skipped: ['activate'],
      selfReported: [],
      answers: { activationPath: 'existing', signInMethod: null },
      invitation: null,
    });
    expect(migrateProgress('not an object').value).toEqual(initialProgress);
  });
});
