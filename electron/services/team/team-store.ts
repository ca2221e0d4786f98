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
import type { ZoomUserStatus, ZoomUserSummary } from '../../../shared/zoom';
import type { EventHub } from '../events';
import type { Logger } from '../log';
import { loadTeamCache, TeamCacheWriter, toCacheFile } from './team-cache';
import {
  allReadyIn,
  countStages,
  keepable,
  keptFromFailedLists,
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

/** One person of a refresh's draft: their record and how the dashboard shows them. */
interface DraftEntry {
  readonly record: PersonRecord;
  readonly person: TeamPerson;
  /** A list earlier in the order holds the same address (it wins, as in mergeLists). */
  dropped: boolean;
}

/**
 * A refresh's people worked out page by page, while Zoom prepares the next page (see
 * `beginDraft`), so that little is left to do once the last page is in. Usable only while nothing
 * else changed the store (its revision) and the readiness rules stayed the same.
 */
interface Draft {
  readonly revision: number;
  readonly minimumAppVersion: string;
  readonly accountId: string | null;
  readonly lists: ReadonlyArray<ZoomUserStatus>;
  readonly previous: ReadonlyMap<string, PersonRecord>;
  readonly entries: Map<ZoomUserStatus, DraftEntry[]>;
  /** Each address's entry and the place of its list in the order. */
  readonly byKey: Map<string, { readonly entry: DraftEntry; readonly list: number }>;
  /** The earliest assessment in it: its people's readiness stands until this + the reuse time. */
  assessedFrom: number;
}

/** A view worked out with a refresh's draft, good while nothing changes (see `view`). */
interface CachedView {
  readonly revision: number;
  readonly minimumAppVersion: string;
  readonly from: number;
  readonly until: number;
  readonly view: TeamView;
}

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
  /** The running refresh's people so far (see `beginDraft`). */
  #draft: Draft | null = null;
  /** The view a refresh's draft gave, while it stands. */
  #viewCache: CachedView | null = null;
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
    this.#viewCache = null;
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
    this.#draft = null;
    this.#viewCache = null;
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

  /**
   * Starts a refresh's draft: each page given to `draftPage` is worked out as it comes (readiness,
   * the stage history, the dashboard's row), and `replaceFromDraft` then only puts it together.
   * `lists` is the order the lists are merged in (a person in two lists is taken from the first).
   */
  beginDraft(lists: ReadonlyArray<ZoomUserStatus>): void {
    const context = this.#context();
    this.#draft = {
      revision: this.#revision,
      minimumAppVersion: context.minimumAppVersion,
      accountId: context.accountId,
      lists,
      previous: new Map(this.records().map((r) => [key(r.user.email), r] as const)),
      entries: new Map(lists.map((status) => [status, []])),
      byKey: new Map(),
      assessedFrom: context.now.getTime(),
    };
  }

  /** Works out one page of a list into the draft (as `replace` would, once it is all in). */
  draftPage(status: ZoomUserStatus, users: ReadonlyArray<ZoomUserSummary>): void {
    const draft = this.#draft;
    const entries = draft?.entries.get(status);
    if (!draft || !entries) return;
    const list = draft.lists.indexOf(status);
    const context = this.#context();
    // When ReadyRoom saw each person's stage: when their page came.
    const at = context.now.toISOString();
    draft.assessedFrom = Math.min(draft.assessedFrom, context.now.getTime());
    for (const user of users) {
      const email = key(user.email);
      const seen = draft.byKey.get(email);
      if (seen && seen.list <= list) continue;
      const kept = keepable(user);
      const history = this.#extend(draft.previous.get(email)?.history ?? [], kept, at, context);
      const record: PersonRecord = { user: kept, history, stale: false };
      const entry: DraftEntry = { record, person: this.#person(record, context), dropped: false };
      if (seen) seen.entry.dropped = true;
      draft.byKey.set(email, { entry, list });
      entries.push(entry);
    }
  }

  /** Forgets the draft (a refresh that was cancelled or got nothing). */
  discardDraft(): void {
    this.#draft = null;
  }

  /**
   * Replaces the snapshot with the draft, as `replace` would with the merged lists; false (and
   * nothing changed) when there is no draft or the store changed since it began, so the caller
   * merges and replaces the usual way.
   */
  async replaceFromDraft(input: Omit<SnapshotInput, 'people'>): Promise<boolean> {
    const draft = this.#draft;
    this.#draft = null;
    const context = this.#context();
    if (
      !draft ||
      draft.revision !== this.#revision ||
      draft.minimumAppVersion !== context.minimumAppVersion ||
      draft.accountId !== context.accountId
    )
      return false;
    const records: PersonRecord[] = [];
    const people: TeamPerson[] = [];
    for (const status of draft.lists) {
      for (const entry of draft.entries.get(status) ?? []) {
        if (entry.dropped) continue;
        records.push(entry.record);
        people.push(entry.person);
      }
    }
    // A list that failed keeps the people the last snapshot had in it, marked stale.
    for (const old of keptFromFailedLists(input.failedLists, this.records(), draft.byKey)) {
      const record: PersonRecord = { user: old.user, history: old.history, stale: true };
      records.push(record);
      people.push(this.#person(record, context));
      const assessed = this.#assessed.get(old.user)?.at ?? context.now.getTime();
      draft.assessedFrom = Math.min(draft.assessedFrom, assessed);
    }
    this.#snapshot = {
      fetchedAt: input.fetchedAt.toISOString(),
      failedLists: [...input.failedLists],
      records,
    };
    this.#fromCache = false;
    await this.#commit('soon', {
      people,
      from: draft.assessedFrom,
      minimumAppVersion: draft.minimumAppVersion,
    });
    return true;
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

  /**
   * The team as the dashboard shows it, with readiness worked out for now. Right after a refresh
   * it is the view its draft gave, while nothing has changed and each person's readiness stands
   * (the same people, assessments and notes: what working it out again would give).
   */
  view(): TeamView {
    const context = this.#context();
    const cached = this.#viewCache;
    const now = context.now.getTime();
    if (
      cached &&
      cached.revision === this.#revision &&
      cached.minimumAppVersion === context.minimumAppVersion &&
      now >= cached.from &&
      now < cached.until
    )
      return cached.view;
    return this.#viewOf(this.records().map((r) => this.#person(r, context)));
  }

  /** One person as the dashboard shows them. */
  #person(r: PersonRecord, context: AssessContext): TeamPerson {
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
  }

  #viewOf(people: TeamPerson[]): TeamView {
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

  async #commit(
    save: 'now' | 'soon' = 'now',
    drafted?: {
      readonly people: TeamPerson[];
      readonly from: number;
      readonly minimumAppVersion: string;
    },
  ): Promise<void> {
    this.#revision += 1;
    this.#viewCache = drafted
      ? {
          revision: this.#revision,
          minimumAppVersion: drafted.minimumAppVersion,
          from: drafted.from,
          until: drafted.from + ASSESSMENT_REUSE_MS,
          view: this.#viewOf(drafted.people),
        }
      : null;
    const wasReady = this.#allReady;
    // A drafted view has worked it out already, from the same people.
    this.#allReady = this.#viewCache?.view.allReady ?? this.#computeAllReady();
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
