/**
 * What must reach the disk before ReadyRoom closes. A part that answers first and saves a moment
 * later (the team's saved copy after a refresh) registers how to finish its writes; closing the
 * backend waits for all of them.
 */
export class PendingSaves {
  readonly #flushes: Array<() => Promise<void>> = [];

  add(flush: () => Promise<void>): void {
    this.#flushes.push(flush);
  }

  /** Finishes every write begun or planned; never throws (each part logs its own failures). */
  async flush(): Promise<void> {
    await Promise.allSettled(this.#flushes.map((flush) => flush()));
  }
}
