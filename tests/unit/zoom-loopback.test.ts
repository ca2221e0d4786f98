import { createMemoryLogger } from '../../electron/services/log';
import { ManualClock } from '../../electron/services/zoom/clock';
import {
  defaultSignInTimeoutMs,
  startLoopbackListener,
  type LoopbackOptions,
} from '../../electron/services/zoom/loopback-listener';
import type { Language } from '../../shared/settings';

function options(
  overrides: Partial<LoopbackOptions> = {},
): LoopbackOptions & { clock: ManualClock } {
  return {
    expectedState: 'state-123',
    language: () => 'en' as Language,
    clock: new ManualClock(),
    log: createMemoryLogger(),
    ...overrides,
  } as LoopbackOptions & { clock: ManualClock };
}

const get = async (url: string) => {
  const answer = await fetch(url);
  return { status: answer.status, text: await answer.text() };
};

describe('the loopback listener for one sign-in', () => {
  it('listens on 127.0.0.1 with a port the OS picked, at /callback', async () => {
    const listener = await startLoopbackListener(options());
    expect(listener.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d{2,5}\/callback$/);
    listener.cancel();
    await listener.closed;
  });

  it('takes the one request with the right state, answers the tab, then stops listening', async () => {
    const listener = await startLoopbackListener(options());
    const tab = get(`${listener.redirectUri}?code=abc&state=state-123`);
    const callback = await listener.callback;
    expect(callback.code).toBe('abc');
    callback.respond('signed-in');
    const page = await tab;
    expect(page.status).toBe(200);
    expect(page.text).toContain("You're signed in — you can go back to ReadyRoom");
    await listener.closed;
    await expect(fetch(`${listener.redirectUri}?code=abc&state=state-123`)).rejects.toThrow();
  });

  it('ignores a request with a wrong or missing state and keeps waiting', async () => {
    const log = createMemoryLogger();
    const listener = await startLoopbackListener(options({ log }));
    const wrong = await get(`${listener.redirectUri}?code=evil&state=other`);
    const missing = await get(`${listener.redirectUri}?code=evil`);
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('This link is not for the sign-in in progress');
    expect(missing.status).toBe(400);
    expect(log.entries.filter((e) => e.level === 'warn')).toHaveLength(2);

    const tab = get(`${listener.redirectUri}?code=good&state=state-123`);
    const callback = await listener.callback;
    expect(callback.code).toBe('good');
    callback.respond('signed-in');
    expect((await tab).status).toBe(200);
  });

  it('answers other paths with 404 without ending the sign-in', async () => {
    const listener = await startLoopbackListener(options());
    const base = listener.redirectUri.replace('/callback', '');
    expect((await get(`${base}/favicon.ico`)).status).toBe(404);
    const tab = get(`${listener.redirectUri}?code=c&state=state-123`);
    (await listener.callback).respond('signed-in');
    expect((await tab).status).toBe(200);
  });

  it('gives up after five minutes and closes', async () => {
    const opts = options();
    const listener = await startLoopbackListener(opts);
    await opts.clock.advance(defaultSignInTimeoutMs - 1);
    await opts.clock.advance(1);
    await expect(listener.callback).rejects.toMatchObject({ code: 'sign-in-timed-out' });
    await listener.closed;
  });

  it('says the answer did not match when only wrong-state requests came before the time-out', async () => {
    const opts = options({ timeoutMs: 1000 });
    const listener = await startLoopbackListener(opts);
    await get(`${listener.redirectUri}?code=x&state=stale`);
    await opts.clock.advance(1000);
    await expect(listener.callback).rejects.toMatchObject({ code: 'sign-in-state-mismatch' });
  });

  it('can be cancelled, which closes it', async () => {
    const listener = await startLoopbackListener(options());
    listener.cancel();
    await expect(listener.callback).rejects.toMatchObject({ code: 'sign-in-cancelled' });
    await listener.closed;
    await expect(fetch(`${listener.redirectUri}?state=state-123&code=late`)).rejects.toThrow();
  });

  it('tells the person in plain words when they clicked Deny', async () => {
    const listener = await startLoopbackListener(options());
    const page = await get(`${listener.redirectUri}?error=access_denied&state=state-123`);
    expect(page.text).toContain('You chose not to let ReadyRoom use your Zoom account');
    await expect(listener.callback).rejects.toMatchObject({ code: 'sign-in-denied' });
    await listener.closed;
  });

  it('shows the page in Spanish to a Spanish speaker', async () => {
    const listener = await startLoopbackListener(options({ language: () => 'es' }));
    const tab = get(`${listener.redirectUri}?code=abc&state=state-123`);
    (await listener.callback).respond('signed-in');
    const page = await tab;
    expect(page.text).toContain('<html lang="es" dir="ltr">');
    expect(page.text).toContain('Ya inició sesión — puede volver a ReadyRoom');
  });

  it('shows the failure on the waiting tab when the code is then refused', async () => {
    const listener = await startLoopbackListener(options());
    const tab = get(`${listener.redirectUri}?code=abc&state=state-123`);
    (await listener.callback).respond('sign-in-code-rejected');
    const page = await tab;
    expect(page.status).toBe(400);
    expect(page.text).toContain('Zoom did not accept this sign-in');
  });
});
