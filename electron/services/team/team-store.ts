import { assessReadiness, withHostingFindings, type Readiness } from '../../../shared/readiness';
import type { Language } from '../../../shared/settings';
import { normaliseEmail } from '../../../shared/team-emails';
import type {
  MeetingAccessNote,
  Nudge,
  StageEvent,
  TeamPerson,
  TeamPrefs,
  TeamView,
} from '../../../shared/team-schemas';
import type { ZoomUserSummary } from '../../../shared/zoom';
import type { EventHub } from '../events';
import type { Logger } from '../log';
import { loadTeamCache, TeamCacheWriter, toCacheFile } from './team-cache';
import {
  allReadyIn,
  countStages,
  keepable,
  type PersonRecord,
  type Snapshot,
  type SnapshotInput,
} from './team-view';
import { allReadyText } from './team-texts';

export type { PersonRecord, Snapshot, SnapshotInput };

export interface TeamStorePorts {
  readonly dataDir: string | null;
  readonly log: Logger;
  readonly now: () => Date;
  readonly events: EventHub;
  readonly minimumZoomVersion: () => string;
  readonly notify?: (title: string, body: string) => void;
  readonly language?: () => Language;
}

const MAX_HISTORY = 20;
/**
 * How long one assessment of a Zoom record stands. A refresh works out each person's readiness
 * once — for their stage history, for "everyone is ready" and for the view it answers — and the
 * dashboard's next read reuses it; readiness changes by the day (invitations age), so a minute
 * old is as right as new. A new record from Zoom, a bounce note or another minimum app version
 * is assessed afresh.
 */
const ASSESSMENT_REUSE_MS = 60_000;

interface Assessment {
  readonly at: number;
  readonly bounced: boolean;
  /** The meeting-access note it took in (notes are replaced, never changed). */
  readonly access: MeetingAccessNote | undefined;
  readonly minimumAppVersion: string;
  readonly accountId: string | null;
  readonly readiness: Readiness;
}
/** What every assessment in one pass shares (worked out once per pass, not per person). */
interface AssessContext {
  readonly now: Date;
  readonly minimumAppVersion: string;
  readonly accountId: string | null;
}
const defaultPrefs: TeamPrefs = { autoRefreshMinutes: 0, organisationName: '' };

const key = normaliseEmail;

/** Hosts a person's meeting-access notes are kept for (the oldest go first). */
const MAX_ACCESS_NOTES = 20;

/** The note the dashboard shows: the newest that found a problem, else the newest. */
function shownAccess(
  notes: ReadonlyArray<MeetingAccessNote> | undefined,
): MeetingAccessNote | undefined {
  if (!notes || notes.length === 0) return undefined;
  return notes.findLast((n) => n.blocked) ?? notes.at(-1);
}

/**
 * The team as ReadyRoom knows it for the signed-in account: the last snapshot, the stage history,
 * the admin's notes and choices. Every change bumps the revision, is saved, and is announced.
 */
export class TeamStore {
  readonly #ports: TeamStorePorts;
  readonly #writer: TeamCacheWriter | null;
  #loading: Promise<void> | null = null;
  #accountId: string | null = null;
  #snapshot: Snapshot | null = null;
  #bounced = new Set<string>();
  /** The admin's last nudge of each address, as the backend saw it happen. */
  #nudges = new Map<string, Nudge>();
  /** What the meeting-access doctor last found for each person it checked, one note per host. */
  #meetingAccess = new Map<string, ReadonlyArray<MeetingAccessNote>>();
  #prefs: TeamPrefs = defaultPrefs;
  #revision = 0;
  #fromCache = false;
  #allReady = false;
  /** Each Zoom record's last assessment (records are replaced, never changed, so they are keys). */
  #assessed = new WeakMap<ZoomUserSummary, Assessment>();
  /** A save planned for just after the current answer (a refresh's result; see `replace`). */
  #saveSoon: ReturnType<typeof setImmediate> | null = null;

  constructor(ports: TeamStorePorts) {
    this.#ports = ports;
    this.#writer = ports.dataDir ? new TeamCacheWriter(ports.dataDir, ports.log) : null;
  }

  /** Reads the saved snapshot once (later calls wait for the same read). */
  load(): Promise<void> {
    this.#loading ??= this.#read();
    return this.#loading;
  }

  async #read(): Promise<void> {
    if (!this.#ports.dataDir) return;
    const file = await loadTeamCache(this.#ports.dataDir, this.#ports.log);
    if (!file) return;
    this.#accountId = file.accountId;
    this.#prefs = file.prefs;
    this.#bounced = new Set(file.bounced.map(key));
    this.#nudges = new Map(Object.entries(file.nudges ?? {}).map(([e, n]) => [key(e), n] as const));
    this.#meetingAccess = new Map(
      Object.entries(file.meetingAccess ?? {}).map(([e, n]) => [key(e), n] as const),
    );
    if (file.snapshot) {
      const s = file.snapshot;
      this.#snapshot = {
        fetchedAt: s.fetchedAt,
        failedLists: s.failedLists,
        records: s.people.map((p) => ({ user: p.user, history: p.history, stale: !!p.stale })),
      };
      this.#fromCache = true;
    }
    this.#allReady = this.#computeAllReady();
  }

  get accountId(): string | null {
    return this.#accountId;
  }

  get prefs(): TeamPrefs {
    return this.#prefs;
  }

  /** Switches to the signed-in account; another account's snapshot and notes are dropped. */
  useAccount(accountId: string): void {
    if (this.#accountId === accountId) return;
    this.#accountId = accountId;
    this.#snapshot = null;
    this.#bounced = new Set();
    this.#nudges = new Map();
    this.#meetingAccess = new Map();
    this.#prefs = { ...defaultPrefs, autoRefreshMinutes: this.#prefs.autoRefreshMinutes };
    this.#fromCache = false;
    this.#allReady = false;
    this.#revision += 1;
  }

  /** Whether Zoom's last lists hold this address (any status). */
  has(email: string): boolean {
    return this.find(email) !== undefined;
  }

  find(email: string): PersonRecord | undefined {
    const wanted = key(email);
    return this.#snapshot?.records.find((r) => key(r.user.email) === wanted);
  }

  /** Every address in the snapshot, lower-cased. */
  emails(): ReadonlySet<string> {
    return new Set((this.#snapshot?.records ?? []).map((r) => key(r.user.email)));
  }

  /** The people of the last snapshot, for merging a refresh that partly failed. */
  records(): ReadonlyArray<PersonRecord> {
    return this.#snapshot?.records ?? [];
  }

  /**
   * The readiness of one Zoom record, now, with the admin's bounce note and what the
   * meeting-access doctor last found for them.
   */
  assess(user: ZoomUserSummary, context: AssessContext = this.#context()): Readiness {
    const { now, minimumAppVersion, accountId } = context;
    const bounced = this.#isBounced(user.email);
    const access = this.#accessOf(user.email);
    const last = this.#assessed.get(user);
    const age = last ? now.getTime() - last.at : Number.NaN;
    if (
      last &&
      age >= 0 &&
      age < ASSESSMENT_REUSE_MS &&
      last.bounced === bounced &&
      last.access === access &&
      last.minimumAppVersion === minimumAppVersion &&
      last.accountId === accountId
    )
      return last.readiness;
    const fromZoom = assessReadiness(
      { user, ...(bounced ? { emailBounced: true } : {}) },
      {
        now,
        minimumAppVersion,
        viewer: 'admin',
        ...(accountId ? { accountId } : {}),
      },
    );
    const readiness = access ? withHostingFindings(fromZoom, access.findings) : fromZoom;
    this.#assessed.set(user, {
      at: now.getTime(),
      bounced,
      access,
      minimumAppVersion,
      accountId,
      readiness,
    });
    return readiness;
  }

  /** Assesses a page of Zoom records at once (a refresh does it while the next page comes). */
  assessAll(users: ReadonlyArray<ZoomUserSummary>): void {
    const context = this.#context();
    for (const user of users) this.assess(user, context);
  }

  /** Now, the minimum app version and the account: the same for everyone in one pass. */
  #context(): AssessContext {
    return {
      now: this.#ports.now(),
      minimumAppVersion: this.#ports.minimumZoomVersion(),
      accountId: this.#accountId,
    };
  }

  #isBounced(email: string): boolean {
    return this.#bounced.size > 0 && this.#bounced.has(key(email));
  }

  /** Replaces the snapshot with a refresh's result, extending each person's stage history. */
  async replace(input: SnapshotInput): Promise<void> {
    const at = input.fetchedAt.toISOString();
    const previous = new Map(this.records().map((r) => [key(r.user.email), r] as const));
    const context = this.#context();
    const records = input.people.map(({ user, stale }): PersonRecord => {
      const old = previous.get(key(user.email));
      const history = old?.history ?? [];
      const kept = keepable(user);
      if (stale) return { user: kept, history, stale };
      return { user: kept, history: this.#extend(history, kept, at, context), stale };
    });
    this.#snapshot = { fetchedAt: at, failedLists: [...input.failedLists], records };
    this.#fromCache = false;
    // What Zoom said can be read again, so the refresh answers first and its saved copy is
    // written straight after (`flush` waits for it); what the admin enters is saved before.
    await this.#commit('soon');
  }

  /**
   * Applies what a fix changed (invitations sent or withdrawn) to the snapshot without asking
   * Zoom again: removed addresses go (with their bounce notes), upserted records are added or
   * replace the old ones. One save and one announcement for the whole change.
   */
  async apply(change: {
    readonly remove?: ReadonlyArray<string>;
    readonly upsert?: ReadonlyArray<ZoomUserSummary>;
  }): Promise<void> {
    const removed = new Set((change.remove ?? []).map(key));
    for (const email of removed) {
      this.#bounced.delete(email);
      this.#nudges.delete(email);
      this.#meetingAccess.delete(email);
    }
    const snapshot = this.#snapshot;
    if (snapshot) {
      const at = this.#ports.now().toISOString();
      const upserts = new Map((change.upsert ?? []).map((u) => [key(u.email), u] as const));
      const records: PersonRecord[] = [];
      for (const record of snapshot.records) {
        const email = key(record.user.email);
        if (removed.has(email) && !upserts.has(email)) continue;
        const user = upserts.get(email);
        if (!user) {
          records.push(record);
          continue;
        }
        upserts.delete(email);
        const history = removed.has(email) ? [] : record.history;
        const kept = keepable(user);
        records.push({ user: kept, history: this.#extend(history, kept, at), stale: false });
      }
      for (const user of upserts.values()) {
        const kept = keepable(user);
        records.push({ user: kept, history: this.#extend([], kept, at), stale: false });
      }
      this.#snapshot = { ...snapshot, records };
    }
    await this.#commit();
  }

  async setBounced(email: string, bounced: boolean): Promise<void> {
    if (bounced) this.#bounced.add(key(email));
    else this.#bounced.delete(key(email));
    await this.#commit();
  }

  /** Notes that the admin nudged a person now (an invitation sent again, or a message). */
  async recordNudge(email: string, how: Nudge['how']): Promise<Nudge> {
    const nudge: Nudge = { at: this.#ports.now().toISOString(), how };
    this.#nudges.set(key(email), nudge);
    await this.#commit();
    return nudge;
  }

  /** The meeting-access note the dashboard shows for a person (none: never checked here). */
  #accessOf(email: string): MeetingAccessNote | undefined {
    return this.#meetingAccess.size > 0
      ? shownAccess(this.#meetingAccess.get(key(email)))
      : undefined;
  }

  /** Keeps what the meeting-access doctor just found for a person with one host. */
  async recordMeetingAccess(email: string, note: MeetingAccessNote): Promise<void> {
    const host = key(note.host.email);
    const others = (this.#meetingAccess.get(key(email)) ?? []).filter(
      (n) => key(n.host.email) !== host,
    );
    this.#meetingAccess.set(key(email), [...others.slice(-(MAX_ACCESS_NOTES - 1)), note]);
    await this.#commit();
  }

  async setPrefs(patch: Partial<TeamPrefs>): Promise<TeamPrefs> {
    this.#prefs = { ...this.#prefs, ...patch };
    await this.#commit();
    return this.#prefs;
  }

  /** The team as the dashboard shows it, with readiness worked out for now. */
  view(): TeamView {
    const context = this.#context();
    const people: TeamPerson[] = this.records().map((r) => {
      const nudge = this.#nudges.size > 0 ? this.#nudges.get(key(r.user.email)) : undefined;
      const access = this.#accessOf(r.user.email);
      return {
        user: r.user,
        readiness: this.assess(r.user, context),
        history: r.history,
        bounced: this.#isBounced(r.user.email),
        stale: r.stale,
        ...(nudge ? { lastNudge: nudge } : {}),
        ...(access ? { meetingAccess: access } : {}),
      };
    });
    const counts = countStages(people);
    const snapshot = this.#snapshot;
    return {
      accountId: this.#accountId,
      revision: this.#revision,
      fetchedAt: snapshot?.fetchedAt ?? null,
      complete: snapshot ? snapshot.failedLists.length === 0 : false,
      failedLists: snapshot?.failedLists ?? [],
      fromCache: this.#fromCache,
      people,
      counts,
      allReady: allReadyIn(people, snapshot !== null && snapshot.failedLists.length === 0),
      prefs: this.#prefs,
    };
  }

  /** What a member (or another account's admin) may see: nothing of the team. */
  emptyView(): TeamView {
    const counts = countStages([]);
    return {
      accountId: null,
      revision: this.#revision,
      fetchedAt: null,
      complete: false,
      failedLists: [],
      fromCache: false,
      people: [],
      counts,
      allReady: false,
      prefs: defaultPrefs,
    };
  }

  #extend(
    history: ReadonlyArray<StageEvent>,
    user: ZoomUserSummary,
    at: string,
    context: AssessContext = this.#context(),
  ): ReadonlyArray<StageEvent> {
    const stage = this.assess(user, context).stage;
    if (history[history.length - 1]?.stage === stage) return history;
    return [...history, { stage, at }].slice(-MAX_HISTORY);
  }

  #computeAllReady(): boolean {
    const snapshot = this.#snapshot;
    if (!snapshot || snapshot.failedLists.length > 0) return false;
    const context = this.#context();
    return allReadyIn(
      snapshot.records.map((r) => ({ readiness: this.assess(r.user, context) })),
      true,
    );
  }

  /** Waits for every save begun or planned (when ReadyRoom closes, and in tests). */
  async flush(): Promise<void> {
    if (this.#saveSoon) await this.#save();
    await this.#writer?.idle();
  }

  async #commit(save: 'now' | 'soon' = 'now'): Promise<void> {
    this.#revision += 1;
    const wasReady = this.#allReady;
    this.#allReady = this.#computeAllReady();
    if (this.#allReady && !wasReady) this.#announceAllReady();
    this.#ports.events.emit('teamChanged', { revision: this.#revision });
    if (save === 'now') await this.#save();
    else
      this.#saveSoon ??= setImmediate(() => {
        void this.#save();
      });
  }

  #announceAllReady(): void {
    const people = this.records().filter((r) => r.user.status !== 'inactive').length;
    this.#ports.events.emit('teamAllReady', { at: this.#ports.now().toISOString(), people });
    const text = allReadyText(this.#ports.language?.() ?? 'en', people);
    try {
      this.#ports.notify?.(text.title, text.body);
    } catch (error) {
      this.#ports.log.warn('Could not show the "everyone is ready" notification', {
        error: String(error),
      });
    }
  }

  async #save(): Promise<void> {
    // This save holds everything a planned one would.
    if (this.#saveSoon) clearImmediate(this.#saveSoon);
    this.#saveSoon = null;
    if (!this.#writer || !this.#accountId) return;
    await this.#writer.save(
      toCacheFile({
        accountId: this.#accountId,
        savedAt: this.#ports.now(),
        snapshot: this.#snapshot,
        bounced: this.#bounced,
        nudges: this.#nudges,
        meetingAccess: this.#meetingAccess,
        prefs: this.#prefs,
      }),
    );
  }
}
