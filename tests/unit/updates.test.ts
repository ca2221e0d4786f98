import type { UpdateStatus } from '../../shared/api';
import { createMemoryLogger } from '../../electron/services/log';
import {
  UPDATE_CHECK_INTERVAL_MS,
  UpdateService,
  type UpdateFeed,
  type UpdateFeedEvent,
} from '../../electron/services/updates';

/** A scripted update feed: each check answers with the events given, or fails. */
function fakeFeed(script: Array<UpdateFeedEvent[] | Error>) {
  let listener: ((event: UpdateFeedEvent) => void) | null = null;
  const feed: UpdateFeed & { checks: number; installs: number } = {
    checks: 0,
    installs: 0,
    check: async () => {
      const answer = script[feed.checks] ?? [{ type: 'none' }];
      feed.checks += 1;
      if (answer instanceof Error) throw answer;
      for (const event of answer) listener?.(event);
    },
    install: () => {
      feed.installs += 1;
    },
    onEvent: (l) => {
      listener = l;
    },
  };
  return feed;
}

function setup(feed: UpdateFeed | null) {
  const log = createMemoryLogger();
  const statuses: UpdateStatus[] = [];
  const timers: Array<{ ms: number; task: () => void; stopped: boolean }> = [];
  const updates = new UpdateService({
    feed,
    log,
    onStatus: (s) => statuses.push(s),
    now: () => new Date('2025-03-01T10:00:00Z'),
    every: (ms, task) => {
      const timer = { ms, task, stopped: false };
      timers.push(timer);
      return () => (timer.stopped = true);
    },
  });
  return { updates, log, statuses, timers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('updates', () => {
  it('do nothing where ReadyRoom is not installed (no feed), and say so in the log only', () => {
    const { updates, log, timers, statuses } = setup(null);
    updates.start();
    expect(updates.status()).toEqual({ state: 'off', version: null, checkedAt: null });
    expect(timers).toEqual([]);
    expect(statuses).toEqual([]);
    expect(log.entries.map((e) => e.message)).toEqual([
      'Updates are off: this copy of ReadyRoom is not an installed one',
    ]);
    expect(updates.restart().state).toBe('off');
  });

  it('check at start and once a day, and download in the background', async () => {
    const feed = fakeFeed([[{ type: 'none' }], [{ type: 'available', version: '1.2.0' }]]);
    const { updates, timers, statuses } = setup(feed);
    updates.start();
    await settle();
    expect(feed.checks).toBe(1);
    expect(timers.map((t) => t.ms)).toEqual([UPDATE_CHECK_INTERVAL_MS]);
    expect(UPDATE_CHECK_INTERVAL_MS).toBe(24 * 60 * 60 * 1000);
    timers[0]!.task();
    await settle();
    expect(feed.checks).toBe(2);
    expect(statuses.at(-1)).toEqual({
      state: 'downloading',
      version: '1.2.0',
      checkedAt: '2025-03-01T10:00:00.000Z',
    });
  });

  it('install only when the person chooses "Restart to update"', async () => {
    const feed = fakeFeed([
      [
        { type: 'available', version: '1.2.0' },
        { type: 'downloaded', version: '1.2.0' },
      ],
    ]);
    const { updates, statuses } = setup(feed);
    expect(updates.restart().state).toBe('idle');
    updates.start();
    await settle();
    expect(updates.status()).toMatchObject({ state: 'ready', version: '1.2.0' });
    expect(statuses.map((s) => s.state)).toEqual(['checking', 'downloading', 'ready']);
    expect(feed.installs).toBe(0);
    updates.restart();
    expect(feed.installs).toBe(1);
  });

  it('stop checking once an update waits to be installed', async () => {
    const feed = fakeFeed([[{ type: 'downloaded', version: '1.2.0' }]]);
    const { updates, timers } = setup(feed);
    updates.start();
    await settle();
    timers[0]!.task();
    await settle();
    expect(feed.checks).toBe(1);
  });

  it('log a failed check and try again the next day, never raising an alarm', async () => {
    const feed = fakeFeed([
      new Error('net::ERR_INTERNET_DISCONNECTED'),
      [{ type: 'error', message: 'bad signature' }],
    ]);
    const { updates, log, timers, statuses } = setup(feed);
    updates.start();
    await settle();
    expect(updates.status().state).toBe('idle');
    timers[0]!.task();
    await settle();
    expect(updates.status().state).toBe('idle');
    expect(log.entries.filter((e) => e.level === 'warn')).toHaveLength(2);
    expect(log.entries.some((e) => e.level === 'error')).toBe(false);
    expect(statuses.every((s) => s.state !== 'ready')).toBe(true);
  });

  it('stop their daily check when the app quits', () => {
    const { updates, timers } = setup(fakeFeed([]));
    updates.start();
    updates.start();
    expect(timers).toHaveLength(1);
    updates.stop();
    expect(timers[0]!.stopped).toBe(true);
  });
});
