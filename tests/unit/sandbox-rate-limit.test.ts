import { nonprofitPeople } from '../../electron/sandbox/constants';
import { RateLimiter } from '../../electron/sandbox/rate-limit';
import { startTestSandbox, type TestSandbox } from '../contract/sandbox-http';

describe('the sandbox rate limiter', () => {
  it("allows Pro's 30 Light calls per account per second, then refuses until the next second", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter('pro', () => now);
    const results = Array.from({ length: 31 }, () => limiter.take('acct', 'Light').allowed);
    expect(results.slice(0, 30).every(Boolean)).toBe(true);
    expect(limiter.take('acct', 'Light')).toEqual({
      allowed: false,
      limit: 30,
      retryAfterSeconds: 1,
    });
    expect(limiter.take('other-account', 'Light').allowed).toBe(true);
    expect(limiter.take('acct', 'Medium').allowed).toBe(true);
    now += 1000;
    expect(limiter.take('acct', 'Light').allowed).toBe(true);
  });

  it('uses Business numbers, or none when off', () => {
    const business = new RateLimiter('business', () => 0);
    const heavy = Array.from({ length: 41 }, () => business.take('a', 'Heavy').allowed);
    expect(heavy.filter(Boolean)).toHaveLength(40);
    const off = new RateLimiter('off', () => 0);
    expect(Array.from({ length: 500 }, () => off.take('a', 'Heavy').allowed).every(Boolean)).toBe(
      true,
    );
    expect(off.dailyInviteLimit()).toBeUndefined();
  });
});

describe('rate limits over HTTP, in one frozen sandbox second', () => {
  let z: TestSandbox;
  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit', rateLimits: 'pro' });
  });
  afterEach(() => z.close());

  it("answers the 31st Light call with 429 and Zoom's headers", async () => {
    const token = await z.token();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1)
      statuses.push((await z.api('GET', '/users/me', { token })).status);
    expect(statuses.every((s) => s === 200)).toBe(true);

    const over = await z.api('GET', '/users/me', { token });
    expect(over.status).toBe(429);
    expect(over.json).toEqual({
      code: 429,
      message: 'You have reached the maximum per-second rate limit for this API. Try again later.',
    });
    expect(over.headers.get('retry-after')).toBe('1');
    expect(over.headers.get('x-ratelimit-category')).toBe('Light');
    expect(over.headers.get('x-ratelimit-type')).toBe('QPS');
    expect(over.headers.get('x-ratelimit-limit')).toBe('30');
    expect(over.headers.get('x-ratelimit-remaining')).toBe('0');

    // Another account has its own budget; the next sandbox second starts afresh.
    const personal = await z.token({ email: nonprofitPeople.pendingTwoDays.email });
    expect((await z.api('GET', '/users/me', { token: personal })).status).toBe(200);
    z.clock.advance(1);
    expect((await z.api('GET', '/users/me', { token })).status).toBe(200);
  });

  it('limits Medium operations (GET /users) at 20 a second', async () => {
    const token = await z.token();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) statuses.push((await z.api('GET', '/users', { token })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses[20]).toBe(429);
  });
});
