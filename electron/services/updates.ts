import type { UpdateStatus } from '../../shared/api';
import type { Logger } from './log';

/** What the update feed tells (electron-updater's events, in our words). */
export type UpdateFeedEvent =
  | { readonly type: 'checking' }
  | { readonly type: 'available'; readonly version: string }
  | { readonly type: 'none' }
  | { readonly type: 'downloaded'; readonly version: string }
  | { readonly type: 'error'; readonly message: string };

/**
 * The updater port: electron-updater's autoUpdater in the packaged app (electron/main/updater.ts
 * adapts it), a fake in tests. A check downloads what it finds in the background.
 */
export interface UpdateFeed {
  check(): Promise<void>;
  /** Quits, installs the downloaded update and starts ReadyRoom again. */
  install(): void;
  onEvent(listener: (event: UpdateFeedEvent) => void): void;
}

export interface UpdatePorts {
  /** Null where there is nothing to update: not installed (not packaged), or the browser host. */
  readonly feed: UpdateFeed | null;
  readonly log: Logger;
  readonly onStatus: (status: UpdateStatus) => void;
  readonly now?: () => Date;
  /** Runs `task` every `ms`; answers the function that stops it. */
  readonly every?: (ms: number, task: () => void) => () => void;
}

export const UPDATE_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

const off: UpdateStatus = { state: 'off', version: null, checkedAt: null };

function everyUnref(ms: number, task: () => void): () => void {
  const timer = setInterval(task, ms);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Keeps ReadyRoom up to date without getting in the way: checks at start and once a day, downloads
 * in the background, and installs only when the person chooses "Restart to update". A failed check
 * is logged and retried the next day; it is never shown as an alarm.
 */
export class UpdateService {
  readonly #ports: UpdatePorts;
  #status: UpdateStatus;
  #stop: (() => void) | null = null;

  constructor(ports: UpdatePorts) {
    this.#ports = ports;
    this.#status = ports.feed ? { state: 'idle', version: null, checkedAt: null } : off;
    ports.feed?.onEvent((event) => this.#onFeed(event));
  }

  /** Where updates are now. */
  status(): UpdateStatus {
    return this.#status;
  }

  /** Checks now and then daily; does nothing (and says so in the log) when there is no feed. */
  start(): void {
    if (!this.#ports.feed) {
      this.#ports.log.info('Updates are off: this copy of ReadyRoom is not an installed one');
      return;
    }
    if (this.#stop) return;
    const every = this.#ports.every ?? everyUnref;
    this.#stop = every(UPDATE_CHECK_INTERVAL_MS, () => void this.check());
    void this.check();
  }

  stop(): void {
    this.#stop?.();
    this.#stop = null;
  }

  /** One check (a no-op while one runs or once an update waits to be installed). */
  async check(): Promise<void> {
    const { feed, log } = this.#ports;
    if (!feed || this.#status.state === 'checking' || this.#status.state === 'downloading') return;
    if (this.#status.state === 'ready') return;
    this.#set({ ...this.#status, state: 'checking' });
    try {
      await feed.check();
    } catch (error) {
      log.warn('Could not check for updates; will try again tomorrow', { error: String(error) });
      this.#set({ state: 'idle', version: null, checkedAt: this.#now() });
    }
  }

  /** "Restart to update": installs the downloaded update; otherwise changes nothing. */
  restart(): UpdateStatus {
    if (this.#status.state === 'ready' && this.#ports.feed) {
      this.#ports.log.info('Restarting to install an update', { version: this.#status.version });
      this.#ports.feed.install();
    }
    return this.#status;
  }

  #onFeed(event: UpdateFeedEvent): void {
    switch (event.type) {
      case 'checking':
        if (this.#status.state !== 'ready') this.#set({ ...this.#status, state: 'checking' });
        return;
      case 'available':
        this.#ports.log.info('An update is downloading', { version: event.version });
        this.#set({ state: 'downloading', version: event.version, checkedAt: this.#now() });
        return;
      case 'none':
        this.#set({ state: 'idle', version: null, checkedAt: this.#now() });
        return;
      case 'downloaded':
        this.#ports.log.info('An update is ready to install', { version: event.version });
        this.#set({ state: 'ready', version: event.version, checkedAt: this.#now() });
        return;
      case 'error':
        this.#ports.log.warn('The update check or download failed; will try again tomorrow', {
          error: event.message.slice(0, 300),
        });
        if (this.#status.state !== 'ready')
          this.#set({ state: 'idle', version: null, checkedAt: this.#now() });
        return;
    }
  }

  #set(status: UpdateStatus): void {
    this.#status = status;
    this.#ports.onStatus(status);
  }

  #now(): string {
    return (this.#ports.now?.() ?? new Date()).toISOString();
  }
}
