import net from 'node:net';
import type { FetchPort } from '../../electron/services/zoom/oauth-endpoints';

/** How the network is gone: nothing listens (connection refused), or no name resolves. */
export type NetworkDown = 'refused' | 'not-found';

export interface NetworkSwitch {
  /** The fetch port to give ReadyRoom: real fetch, through the switch. */
  readonly fetch: FetchPort;
  /** Takes the network away (real fetch failures, never an HTTP answer) or, with null, back. */
  set(down: NetworkDown | null): void;
  /** Requests that failed because the network was gone. */
  readonly failed: number;
}

/** A port on 127.0.0.1 that nothing listens on (opened, then closed again). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A fetch port with a switch for the network. While it is off, each request really goes out to a
 * closed port or to a name that does not exist, so ReadyRoom meets exactly what fetch throws when
 * a computer is offline (`TypeError: fetch failed`, cause ECONNREFUSED or ENOTFOUND).
 */
export async function networkSwitch(base: FetchPort = (url, init) => fetch(url, init)) {
  const port = await closedPort();
  let down: NetworkDown | null = null;
  let failed = 0;
  const away = (url: string, how: NetworkDown): string => {
    const target = new URL(url);
    target.protocol = 'http:';
    if (how === 'refused') {
      target.hostname = '127.0.0.1';
      target.port = String(port);
    } else {
      target.hostname = 'zoom.readyroom-offline.invalid';
      target.port = '';
    }
    return target.toString();
  };
  const switcher: NetworkSwitch = {
    fetch: async (url, init) => {
      if (!down) return base(url, init);
      try {
        return await fetch(away(url, down), init);
      } catch (error) {
        failed += 1;
        throw error;
      }
    },
    set: (next) => {
      down = next;
    },
    get failed() {
      return failed;
    },
  };
  return switcher;
}
