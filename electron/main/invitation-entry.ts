import type { App, Event } from 'electron';
import fs from 'node:fs/promises';

export const linkScheme = 'readyroom';

/** Something that arrived from outside the window: a readyroom: link, a file, or just a launch. */
export type Arrival =
  | { readonly kind: 'link'; readonly url: string }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'focus' };

/**
 * The links and invitation files on a command line: a readyroom: link (Windows and Linux pass the
 * link as an argument) or a `.readyroom` file opened with the app. Flags and the rest are ignored.
 */
export function arrivalsInArgv(argv: ReadonlyArray<string>): Arrival[] {
  const found: Arrival[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.toLowerCase().startsWith(`${linkScheme}:`)) found.push({ kind: 'link', url: arg });
    else if (!arg.startsWith('-') && /\.readyroom$/i.test(arg))
      found.push({ kind: 'file', path: arg });
  }
  return found;
}

/**
 * Holds what arrives before the backend is ready (a link that started the app), then hands each
 * arrival on in order. `open-url` must be listened to before `ready`, or macOS's launch link is lost.
 */
export class ArrivalQueue {
  #target: ((arrival: Arrival) => void) | null = null;
  #early: Arrival[] = [];

  /** One arrival: handed on now, or kept until `connect`. */
  push(arrival: Arrival): void {
    if (this.#target) this.#target(arrival);
    else this.#early.push(arrival);
  }

  /** From now on, arrivals go to `target`; those that came early go first. */
  connect(target: (arrival: Arrival) => void): void {
    this.#target = target;
    const early = this.#early;
    this.#early = [];
    for (const arrival of early) target(arrival);
  }
}

type AppEvents = Pick<App, 'on'>;

/**
 * Listens for every way a link or file reaches the app: `open-url` and `open-file` (macOS),
 * `second-instance` (a second launch, with its own arguments), and this launch's arguments.
 */
export function listenForArrivals(
  app: AppEvents,
  argv: ReadonlyArray<string>,
  queue: ArrivalQueue,
): void {
  app.on('open-url', (event: Event, url: string) => {
    event.preventDefault();
    queue.push({ kind: 'link', url });
  });
  app.on('open-file', (event: Event, path: string) => {
    event.preventDefault();
    queue.push({ kind: 'file', path });
  });
  app.on('second-instance', (_event: Event, secondArgv: string[]) => {
    const found = arrivalsInArgv(secondArgv);
    if (found.length === 0) queue.push({ kind: 'focus' });
    for (const arrival of found) queue.push(arrival);
  });
  for (const arrival of arrivalsInArgv(argv)) queue.push(arrival);
}

/** Reads at most `maxBytes` of a file (an invitation pack is a few hundred bytes). */
export async function readFileStart(filePath: string, maxBytes: number): Promise<string | null> {
  const handle = await fs.open(filePath, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return null;
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes + 1));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
