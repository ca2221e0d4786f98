import fs from 'node:fs';
import path from 'node:path';
import { launchBuiltMain, type Launch } from './harness';

// The app's data folder cannot be made (a file is in its place): start-up fails, and the person
// gets a plain sentence in their language instead of a stack trace; the log says what happened.
let launch: Launch;
beforeAll(async () => {
  launch = await launchBuiltMain({
    locale: 'es-ES',
    prepare: (dir) => fs.writeFileSync(path.join(dir, 'data'), 'not a folder'),
    expectExit: true,
  });
});
afterAll(async () => {
  await launch?.quit();
});

describe('a start-up that fails', () => {
  it('says so in a plain, translated dialog and quits', () => {
    expect(launch.recorded.errorBoxes).toEqual([
      {
        title: 'ReadyRoom no pudo iniciarse',
        content: expect.stringContaining('No se perdió nada de lo que hizo.'),
      },
    ]);
    expect(launch.recorded.errorBoxes[0]!.content).not.toMatch(/Error|ENOTDIR|EEXIST|at /);
    expect(launch.recorded.exitCode).toBe(1);
    expect(launch.recorded.windows).toEqual([]);
  });

  it('writes what went wrong to the log', () => {
    const log = fs.readFileSync(path.join(launch.dir, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('ReadyRoom could not start');
  });
});
