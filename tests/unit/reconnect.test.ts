import { createReconnect, type ReconnectPorts } from '../../renderer/store/reconnect';

/** Ports with a hand-moved clock and an "online" event the test fires. */
function fakePorts() {
  let now = 0;
  let online = true;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const listeners = new Set<() => void>();
  let next = 1;
  const ports: ReconnectPorts = {
    onOnline: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isOnline: () => online,
    setTimeout: (fn, ms) => {
      const id = next++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => {
      timers.delete(id as number);
    },
  };
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    ports,
    listeners,
    timers,
    setOnline: (value: boolean) => {
      online = value;
    },
    /** Moves time on by `ms`, firing every timer that falls due. */
    advance: async (ms: number) => {
      const target = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= target)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await settle();
      }
      now = target;
      await settle();
    },
    goOnline: async () => {
      online = true;
      for (const listener of [...listeners]) listener();
      await settle();
    },
  };
}

describe('trying again when the network is back', () => {
  it('tries again on a gentle timer, sooner at first, until the work is done', async () => {
    const fake = fakePorts();
    const reconnect = createReconnect(fake.ports, [5_000, 10_000, 30_000]);
    const tries: number[] = [];
    let waiting = true;
    reconnect.retry('check', async () => {
      tries.push(tries.length + 1);
      return waiting;
    });

    await fake.advance(4_999);
    expect(tries).toEqual([]);
    await fake.advance(1);
    expect(tries).toEqual([1]);
    await fake.advance(10_000);
    expect(tries).toEqual([1, 2]);
    await fake.advance(30_000);
    await fake.advance(30_000);
    expect(tries).toEqual([1, 2, 3, 4]);

    waiting = false;
    await fake.advance(30_000);
    expect(tries).toHaveLength(5);
    await fake.advance(120_000);
    expect(tries).toHaveLength(5);
    expect(fake.timers.size).toBe(0);
    expect(fake.listeners.size).toBe(0);
  });

  it('tries at once when the computer says it is back online, and waits while it knows it is not', async () => {
    const fake = fakePorts();
    const reconnect = createReconnect(fake.ports, [5_000]);
    let tries = 0;
    reconnect.retry('refresh', async () => {
      tries += 1;
      return false;
    });
    fake.setOnline(false);
    await fake.advance(60_000);
    expect(tries).toBe(0);

    await fake.goOnline();
    expect(tries).toBe(1);
    expect(fake.timers.size).toBe(0);
  });

  it('keeps one try per key, and stops when told to', async () => {
    const fake = fakePorts();
    const reconnect = createReconnect(fake.ports, [5_000]);
    const calls: string[] = [];
    reconnect.retry('check', async () => {
      calls.push('first');
      return true;
    });
    reconnect.retry('check', async () => {
      calls.push('second');
      return true;
    });
    await fake.advance(5_000);
    expect(calls).toEqual(['second']);

    reconnect.stop('check');
    await fake.goOnline();
    await fake.advance(60_000);
    expect(calls).toEqual(['second']);
    expect(fake.listeners.size).toBe(0);
  });

  it('does nothing where there is no window to listen to', async () => {
    const reconnect = createReconnect(null);
    const task = vi.fn(async () => true);
    reconnect.retry('check', task);
    reconnect.stop('check');
    expect(task).not.toHaveBeenCalled();
  });
});
