import { EventEmitter } from 'node:events';
import { desktopTranslator } from '../../electron/main/desktop-texts';
import { describeError, installProcessErrorHandlers } from '../../electron/main/process-errors';
import { createMemoryLogger } from '../../electron/services/log';

function setup(language: 'en' | 'es' = 'en') {
  const proc = new EventEmitter();
  const log = createMemoryLogger();
  const shown: Array<{ title: string; body: string; ok: string }> = [];
  let clock = 0;
  installProcessErrorHandlers(
    proc as never,
    log,
    { show: (title, body, ok) => shown.push({ title, body, ok }) },
    () => desktopTranslator(language),
    () => clock,
  );
  return { proc, log, shown, advance: (ms: number) => (clock += ms) };
}

describe('errors nobody caught in the main process', () => {
  it('are logged and told in a plain, translated sentence', () => {
    const { proc, log, shown } = setup('es');
    proc.emit('uncaughtException', new TypeError('x is undefined'));
    expect(log.entries[0]).toMatchObject({
      level: 'error',
      message: 'An error nobody caught (exception)',
    });
    expect(log.entries[0]!.detail).toContain('TypeError: x is undefined');
    expect(shown).toEqual([
      {
        title: 'Algo salió mal',
        body: expect.stringContaining('No se perdió nada'),
        ok: 'Aceptar',
      },
    ]);
    expect(shown[0]!.body).not.toContain('TypeError');
  });

  it('include rejected promises nobody awaited', () => {
    const { proc, log, shown } = setup();
    proc.emit('unhandledRejection', new Error('save failed'));
    expect(log.entries[0]?.message).toBe('An error nobody caught (rejection)');
    expect(shown[0]?.title).toBe('Something went wrong');
  });

  it('show at most one dialog a minute, and log every one', () => {
    const { proc, log, shown, advance } = setup();
    for (let i = 0; i < 5; i += 1) proc.emit('unhandledRejection', 'again');
    expect(shown).toHaveLength(1);
    advance(61_000);
    proc.emit('unhandledRejection', 'later');
    expect(shown).toHaveLength(2);
    expect(log.entries).toHaveLength(6);
  });

  it('describe an error by its type and message, never its stack', () => {
    const error = new RangeError('too far');
    expect(describeError(error)).toBe('RangeError: too far');
    expect(describeError('plain')).toBe('plain');
  });
});
