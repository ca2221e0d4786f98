import type { ListProgress, RefreshOutcome, RefreshResult } from '../../../shared/team-schemas';
import type { EventHub } from '../events';
import type { Logger } from '../log';
import type { ZoomClient } from '../zoom/zoom-client';
import { teamLists } from '../../../shared/team-schemas';
import { mergeLists, readTeamLists } from './team-refresh';
import type { TeamStore } from './team-store';

interface Running {
  readonly controller: AbortController;
  readonly result: Promise<RefreshResult>;
}

/**
 * Runs one refresh at a time (a second window asking meanwhile shares it), reports progress as
 * events, and can be cancelled: the caller gets its answer at once and whatever Zoom answers
 * afterwards is dropped, so the snapshot stays as it was.
 */
export class TeamRefresher {
  readonly #store: TeamStore;
  readonly #events: EventHub;
  readonly #now: () => Date;
  readonly #log: Logger;
  #running: Running | null = null;

  constructor(store: TeamStore, events: EventHub, now: () => Date, log: Logger) {
    this.#store = store;
    this.#events = events;
    this.#now = now;
    this.#log = log;
  }

  /** Starts a refresh, or joins the one running. */
  refresh(client: ZoomClient): Promise<RefreshResult> {
    if (this.#running) return this.#running.result;
    const controller = new AbortController();
    const result = this.#run(client, controller).finally(() => {
      if (this.#running?.controller === controller) this.#running = null;
    });
    this.#running = { controller, result };
    return result;
  }

  /** Stops the running refresh; false when none runs. */
  cancel(): boolean {
    if (!this.#running) return false;
    this.#running.controller.abort();
    return true;
  }

  async #run(client: ZoomClient, controller: AbortController): Promise<RefreshResult> {
    const { signal } = controller;
    const startedAt = this.#now().toISOString();
    let lastLists: ReadonlyArray<ListProgress> = [];
    const cancelled = new Promise<RefreshResult>((resolve) => {
      signal.addEventListener(
        'abort',
        () => resolve({ outcome: 'cancelled', error: null, view: this.#store.view() }),
        { once: true },
      );
    });
    const work = (async (): Promise<RefreshResult> => {
      this.#store.beginDraft(teamLists);
      const reads = await readTeamLists(
        client,
        signal,
        (lists) => {
          lastLists = lists;
          if (!signal.aborted)
            this.#events.emit('teamRefreshProgress', { running: true, startedAt, lists });
        },
        // Each page is worked out while Zoom prepares the next (its people's readiness, stage
        // history and rows, in the store's draft), not all at the end.
        (status, users) => {
          if (!signal.aborted) this.#store.draftPage(status, users);
        },
      );
      if (signal.aborted) return { outcome: 'cancelled', error: null, view: this.#store.view() };
      const failed = reads.filter((r) => r.state !== 'done');
      const error = failed[0]?.error ?? null;
      const outcome: RefreshOutcome =
        failed.length === 0 ? 'complete' : failed.length === reads.length ? 'failed' : 'partial';
      if (outcome === 'failed' && reads.every((r) => r.users.length === 0)) {
        // Nothing new at all: the last snapshot stays exactly as it was.
        this.#store.discardDraft();
        this.#log.warn('The team refresh got nothing from Zoom', { error });
        return { outcome, error, view: this.#store.view() };
      }
      const fetchedAt = this.#now();
      const failedLists = failed.map((r) => r.status);
      // The draft holds the lists merged; if the team changed meanwhile, they are merged now.
      if (!(await this.#store.replaceFromDraft({ fetchedAt, failedLists })))
        await this.#store.replace({
          fetchedAt,
          failedLists,
          people: mergeLists(reads, this.#store.records()),
        });
      if (outcome !== 'complete')
        this.#log.warn('The team refresh is partial', {
          failed: failed.map((r) => `${r.status}: ${r.error ?? ''}`).join(', '),
        });
      return {
        outcome: outcome === 'failed' ? 'partial' : outcome,
        error,
        view: this.#store.view(),
      };
    })();
    try {
      return await Promise.race([work, cancelled]);
    } finally {
      // A refresh that replaced nothing leaves no draft behind (one that did has used it).
      if (signal.aborted) this.#store.discardDraft();
      this.#events.emit('teamRefreshProgress', {
        running: false,
        startedAt,
        lists: lastLists.map((l) =>
          signal.aborted && l.state === 'loading' ? { ...l, state: 'cancelled' } : l,
        ),
      });
    }
  }
}
