import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MeetingAccessNote, Nudge, StageEvent, TeamPrefs } from '../../../shared/team-schemas';
import { ZoomUserStatus, ZoomUserSummary } from '../../../shared/zoom';
import type { Logger } from '../log';
import type { Snapshot } from './team-view';

/**
 * The last team snapshot, kept in the data folder so the dashboard opens at once and works
 * offline. It holds what Zoom's user lists said (names, emails, stages) and the admin's own
 * notes; never a token or a host key. A file that does not parse is ignored, not trusted.
 */

export const TEAM_CACHE_FILE = 'team-snapshot.json';

export const CachedPerson = z.object({
  user: ZoomUserSummary,
  history: z.array(StageEvent).max(50),
  stale: z.boolean().optional(),
});
export type CachedPerson = z.infer<typeof CachedPerson>;

export const CachedSnapshot = z.object({
  fetchedAt: z.string(),
  complete: z.boolean(),
  failedLists: z.array(ZoomUserStatus),
  people: z.array(CachedPerson).max(200_000),
});
export type CachedSnapshot = z.infer<typeof CachedSnapshot>;

export const TeamCacheFile = z.object({
  format: z.literal('readyroom-team-cache'),
  version: z.literal(1),
  accountId: z.string().max(100),
  savedAt: z.string(),
  snapshot: CachedSnapshot.nullable(),
  /** Addresses whose invitation email came back, as the admin said. */
  bounced: z.array(z.string().max(320)).max(200_000),
  /** The admin's last nudge of each address (absent in files written before nudges were kept). */
  nudges: z.record(z.string().max(320), Nudge).optional(),
  /** What the meeting-access doctor last found for each address it checked, one per host. */
  meetingAccess: z.record(z.string().max(320), z.array(MeetingAccessNote).max(20)).optional(),
  prefs: TeamPrefs,
});
export type TeamCacheFile = z.infer<typeof TeamCacheFile>;

/** Reads the saved snapshot; null when there is none or it is damaged (the reason is logged). */
export async function loadTeamCache(dataDir: string, log: Logger): Promise<TeamCacheFile | null> {
  const file = path.join(dataDir, TEAM_CACHE_FILE);
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      log.warn('Could not read the saved team snapshot', { error: String(error) });
    return null;
  }
  try {
    const parsed = TeamCacheFile.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    log.warn('Ignored a saved team snapshot that does not match its format', {
      issue: parsed.error.issues[0]?.message ?? '',
    });
  } catch {
    log.warn('Ignored a saved team snapshot that is not JSON');
  }
  return null;
}

/**
 * Writes snapshots one after another, each through a temporary file and a rename, so a crash
 * mid-write leaves the previous snapshot whole.
 */
export class TeamCacheWriter {
  readonly #file: string;
  readonly #log: Logger;
  #queue: Promise<void> = Promise.resolve();

  constructor(dataDir: string, log: Logger) {
    this.#file = path.join(dataDir, TEAM_CACHE_FILE);
    this.#log = log;
  }

  /** Queues a write of `data`; resolves when it (and every earlier one) is done. */
  save(data: TeamCacheFile): Promise<void> {
    const write = async () => {
      const temporary = `${this.#file}.${process.pid}.tmp`;
      try {
        await fs.promises.writeFile(temporary, JSON.stringify(data), { mode: 0o600 });
        await fs.promises.rename(temporary, this.#file);
      } catch (error) {
        this.#log.warn('Could not save the team snapshot', { error: String(error) });
      }
    };
    this.#queue = this.#queue.then(write);
    return this.#queue;
  }

  /** Resolves when every write queued so far is done. */
  idle(): Promise<void> {
    return this.#queue;
  }
}

/** The file's content for a snapshot and the admin's notes (no secrets in any of it). */
export function toCacheFile(state: {
  readonly accountId: string;
  readonly savedAt: Date;
  readonly snapshot: Snapshot | null;
  readonly bounced: ReadonlySet<string>;
  readonly nudges?: ReadonlyMap<string, Nudge>;
  readonly meetingAccess?: ReadonlyMap<string, ReadonlyArray<MeetingAccessNote>>;
  readonly prefs: TeamCacheFile['prefs'];
}): TeamCacheFile {
  const { snapshot } = state;
  return {
    format: 'readyroom-team-cache',
    version: 1,
    accountId: state.accountId,
    savedAt: state.savedAt.toISOString(),
    snapshot: snapshot
      ? {
          fetchedAt: snapshot.fetchedAt,
          complete: snapshot.failedLists.length === 0,
          failedLists: [...snapshot.failedLists],
          people: snapshot.records.map((r) => ({
            user: r.user,
            history: [...r.history],
            ...(r.stale ? { stale: true } : {}),
          })),
        }
      : null,
    bounced: [...state.bounced],
    ...(state.nudges && state.nudges.size > 0 ? { nudges: Object.fromEntries(state.nudges) } : {}),
    ...(state.meetingAccess && state.meetingAccess.size > 0
      ? {
          meetingAccess: Object.fromEntries(
            [...state.meetingAccess].map(([email, notes]) => [email, [...notes]]),
          ),
        }
      : {}),
    prefs: state.prefs,
  };
}
