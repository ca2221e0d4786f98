import { dispatchCall } from '../../electron/services/dispatch';
import { createMemoryLogger } from '../../electron/services/log';
import { testBackend } from '../support/in-process';
import type { ApiHandlers } from '../../shared/api';

describe('a call through the contract', () => {
  it('refuses a name that is not in the contract', async () => {
    const log = createMemoryLogger();
    const answer = await dispatchCall(testBackend().handlers, 'deleteEverything', {}, log);
    expect(answer).toEqual({ ok: false, error: { code: 'unknown-call' } });
  });

  it('refuses inherited names such as toString', async () => {
    const answer = await dispatchCall(testBackend().handlers, 'toString', {}, createMemoryLogger());
    expect(answer).toEqual({ ok: false, error: { code: 'unknown-call' } });
  });

  it('turns an unexpected failure into "internal" and logs it, without leaking the message', async () => {
    const log = createMemoryLogger();
    const handlers = {
      ...testBackend().handlers,
      getSettings: async () => {
        throw new Error('disk on fire at /home/secret/path');
      },
    } as ApiHandlers;
    const answer = await dispatchCall(handlers, 'getSettings', {}, log);
    expect(answer).toEqual({ ok: false, error: { code: 'internal' } });
    expect(log.entries.some((e) => e.level === 'error')).toBe(true);
  });

  it('refuses to hand out a result that breaks the contract', async () => {
    const handlers = {
      ...testBackend().handlers,
      getSettings: async () => ({
        schemaVersion: 2,
        language: 'klingon',
        role: null,
        minimumZoomVersion: '6.0.0',
      }),
    } as unknown as ApiHandlers;
    const answer = await dispatchCall(handlers, 'getSettings', {}, createMemoryLogger());
    expect(answer).toEqual({ ok: false, error: { code: 'internal' } });
  });
});
