import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { WaitingList } from '../../../shared/team-schemas';
import type { Logger } from '../log';

/**
 * The addresses an admin's bulk invite kept for later (Zoom's daily limit, or she stopped), per
 * Zoom account, in the data folder (0600) — not in the page's storage, which the browser host
 * loses with every new port. Written through a temporary file and a rename, so a crash mid-write
 * keeps the previous list whole.
 */
export const WAITING_INVITES_FILE = 'invites-waiting.json';

const WaitingFile = z.object({
  format: z.literal('readyroom-invites-waiting'),
  version: z.literal(1),
  byAccount: z.record(z.string().max(64), WaitingList),
});
type WaitingFile = z.infer<typeof WaitingFile>;

export class WaitingInvites {
  readonly #file: string | null;
  readonly #log: Logger;
  #memory: WaitingFile['byAccount'] = {};
  #loaded = false;
  #queue: Promise<void> = Promise.resolve();

  /** `dataDir` null keeps the lists in memory (tests). */
  constructor(dataDir: string | null, log: Logger) {
    this.#file = dataDir ? path.join(dataDir, WAITING_INVITES_FILE) : null;
    this.#log = log;
  }

  #load(): void {
    if (this.#loaded || !this.#file) return;
    this.#loaded = true;
    try {
      const parsed = WaitingFile.safeParse(JSON.parse(fs.readFileSync(this.#file, 'utf8')));
      if (parsed.success) this.#memory = parsed.data.byAccount;
      else this.#log.warn('Ignored a list of waiting invitations that did not read back');
    } catch {
      // No list yet.
    }
  }

  /** The list kept for an account, or null. */
  get(accountId: string): WaitingList | null {
    this.#load();
    const list = this.#memory[accountId];
    return list && list.people.length > 0 ? list : null;
  }

  /** Keeps a new list for an account (an empty one removes it); false when it could not be saved. */
  async set(accountId: string, people: WaitingList['people'], now: Date): Promise<boolean> {
    this.#load();
    const next = { ...this.#memory };
    if (people.length === 0) delete next[accountId];
    else next[accountId] = { savedAt: now.toISOString(), people: [...people] };
    this.#memory = next;
    const file = this.#file;
    if (!file) return true;
    const data: WaitingFile = { format: 'readyroom-invites-waiting', version: 1, byAccount: next };
    let saved = true;
    const write = async () => {
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await fs.promises.writeFile(temporary, JSON.stringify(data), { mode: 0o600 });
        await fs.promises.rename(temporary, file);
      } catch (error) {
        saved = false;
        this.#log.warn('Could not save the waiting invitations', { error: String(error) });
      }
    };
    this.#queue = this.#queue.then(write);
    await this.#queue;
    return saved;
  }
}
