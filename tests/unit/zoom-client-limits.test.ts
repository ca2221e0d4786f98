import { scriptedClient } from '../support/scripted-client';
import { ManualClock } from '../../electron/services/zoom/clock';
import { zoomAnswer } from '../support/fake-zoom';

const user = (id: string) => ({ id, email: `${id}@example.org`, type: 2 });

const client = scriptedClient;

/** The most requests that started in any one-second window. */
function busiestSecond(times: ReadonlyArray<number>): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const start = sorted[i] ?? 0;
    most = Math.max(most, sorted.filter((t) => t >= start && t < start + 1000).length);
  }
  return most;
}

describe('staying under Zoom’s rate limits', () => {
  it('never starts more than 30 Light calls in any one second on Pro', async () => {
    const { zoom, clock, calls } = client(() => zoomAnswer(200, user('u')));
    const all = Promise.all(Array.from({ length: 31 }, (_, i) => zoom.getUser(`u${i}`)));
    await clock.settle(all);
    expect(calls).toHaveLength(31);
    expect(busiestSecond(calls.map((c) => c.at))).toBe(30);
  });

  it('keeps categories apart and follows the Business plan', async () => {
    const { zoom, clock, calls } = client(
      (call) =>
        call.url.pathname === '/v2/users'
          ? zoomAnswer(200, { page_size: 1, total_records: 0, users: [] })
          : zoomAnswer(200, user('me')),
      'business',
    );
    const all = Promise.all(Array.from({ length: 61 }, () => zoom.listUsers()));
    const light = Promise.all(Array.from({ length: 10 }, () => zoom.getMe()));
    await clock.settle(Promise.all([all, light]));
    const medium = calls.filter((c) => c.url.pathname === '/v2/users').map((c) => c.at);
    expect(busiestSecond(medium)).toBe(60);
    expect(
      calls.filter((c) => c.url.pathname === '/v2/users/me').every((c) => c.at === calls[0]?.at),
    ).toBe(true);
  });

  it('waits as long as a 429’s Retry-After says, then tries again', async () => {
    const { zoom, clock, calls } = client((_call, i) =>
      i === 0
        ? zoomAnswer(
            429,
            { code: 429, message: 'Too many requests.' },
            { 'Retry-After': '3', 'X-RateLimit-Type': 'QPS' },
          )
        : zoomAnswer(200, user('u1')),
    );
    await expect(clock.settle(zoom.getUser('u1'))).resolves.toMatchObject({ id: 'u1' });
    expect(calls).toHaveLength(2);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(3000);
  });

  it('understands Retry-After as a date, and retries even an invitation after a 429', async () => {
    const clock0 = new ManualClock().now();
    const { zoom, clock, calls } = client((_call, i) =>
      i === 0
        ? zoomAnswer(
            429,
            { code: 429, message: 'slow down' },
            { 'Retry-After': new Date(clock0 + 5000).toUTCString() },
          )
        : zoomAnswer(201, { id: 'new', email: 'ana@example.org', type: 2 }),
    );
    await clock.settle(zoom.createUser({ email: 'ana@example.org', type: 2 }));
    expect(calls).toHaveLength(2);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(5000);
  });

  it('reports a daily limit at once instead of retrying', async () => {
    const { zoom, clock, calls } = client(() =>
      zoomAnswer(
        429,
        {
          code: 429,
          message: 'You have exceeded the daily rate limit (1500) of user invite requests.',
        },
        {
          'X-RateLimit-Type': 'Daily-limit',
          'Retry-After': '3600',
        },
      ),
    );
    await expect(
      clock.settle(zoom.createUser({ email: 'a@example.org', type: 2 })),
    ).rejects.toMatchObject({
      code: 'daily-limit',
      messageKey: 'errors.daily-limit',
    });
    expect(calls).toHaveLength(1);
  });

  it('gives up with "rate-limited" when Zoom keeps saying 429', async () => {
    const { zoom, clock, calls } = client(() =>
      zoomAnswer(429, { code: 429, message: 'Too many requests.' }),
    );
    await expect(clock.settle(zoom.getUser('u'))).rejects.toMatchObject({ code: 'rate-limited' });
    // It waits and tries again (up to 10 times, or until Zoom asks for more than a minute).
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.length).toBeLessThanOrEqual(11);
  });
});

describe('retrying what is safe to retry', () => {
  it('retries a GET after 5xx answers, with growing waits', async () => {
    const { zoom, clock, calls } = client((_c, i) =>
      i < 2 ? zoomAnswer(503, {}) : zoomAnswer(200, user('u')),
    );
    await expect(clock.settle(zoom.getUser('u'))).resolves.toMatchObject({ id: 'u' });
    expect(calls).toHaveLength(3);
    const first = (calls[1]?.at ?? 0) - (calls[0]?.at ?? 0);
    const second = (calls[2]?.at ?? 0) - (calls[1]?.at ?? 0);
    expect(second).toBeGreaterThan(first);
  });

  it('does not retry a POST after a 5xx (it could send a second invitation)', async () => {
    const { zoom, clock, calls } = client(() =>
      zoomAnswer(500, { code: 500, message: 'Internal error' }),
    );
    await expect(
      clock.settle(zoom.createUser({ email: 'a@example.org', type: 2 })),
    ).rejects.toMatchObject({
      code: 'zoom-unavailable',
    });
    expect(calls).toHaveLength(1);
  });

  it('retries a PATCH of alternative hosts but not a DELETE', async () => {
    const patch = client((_c, i) => (i === 0 ? zoomAnswer(502, {}) : zoomAnswer(204)));
    await patch.clock.settle(patch.zoom.patchMeeting('123', { alternativeHosts: ['a@x.org'] }));
    expect(patch.calls).toHaveLength(2);

    const del = client(() => zoomAnswer(502, {}));
    await expect(del.clock.settle(del.zoom.deleteUser('a@x.org'))).rejects.toMatchObject({
      code: 'zoom-unavailable',
    });
    expect(del.calls).toHaveLength(1);
  });

  it('stops retrying after a few attempts', async () => {
    const { zoom, clock, calls } = client(() => zoomAnswer(500, {}));
    await expect(clock.settle(zoom.getMe())).rejects.toMatchObject({
      code: 'zoom-unavailable',
      status: 500,
    });
    expect(calls).toHaveLength(4);
  });

  it('retries a GET after a network error, but reports it for a POST', async () => {
    const get = client((_c, i) => (i === 0 ? 'network-error' : zoomAnswer(200, user('u'))));
    await expect(get.clock.settle(get.zoom.getUser('u'))).resolves.toMatchObject({ id: 'u' });

    const post = client(() => 'network-error');
    await expect(
      post.clock.settle(post.zoom.addAssistants('host', ['a@x.org'])),
    ).rejects.toMatchObject({
      code: 'zoom-unreachable',
    });
    expect(post.calls).toHaveLength(1);
  });

  it('gives every call a time-out', async () => {
    const { zoom, clock, calls } = client(() => 'hang');
    await expect(
      clock.settle(zoom.createUser({ email: 'a@x.org', type: 2 })),
    ).rejects.toMatchObject({
      code: 'zoom-timed-out',
    });
    expect(calls).toHaveLength(1);

    const get = client((_c, i) => (i === 0 ? 'hang' : zoomAnswer(200, user('u'))));
    await expect(get.clock.settle(get.zoom.getUser('u'))).resolves.toMatchObject({ id: 'u' });
    expect(get.calls).toHaveLength(2);
  });
});
