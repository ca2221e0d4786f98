import { stageOrder, type BlockerCode, type ReadinessStage } from './readiness-codes';
import type { TeamPerson } from './team-schemas';
import type { ZoomUserSummary } from './zoom';

/**
 * The team table's search, filters and sorting, kept pure so 10,000 people can be sorted and
 * filtered on every keystroke without work in the components: the search text and sort keys of
 * each person are worked out once per snapshot.
 */

export const sortKeys = [
  'name',
  'email',
  'role',
  'licence',
  'stage',
  'invited',
  'lastLogin',
  'version',
] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

export type TeamRole = 'owner' | 'admin' | 'member';
export type LicenceKind = 'licensed' | 'basic' | 'on-prem' | 'unassigned' | 'none';

/** The person's name as Zoom has it; the email when Zoom has no name. */
export function personName(user: ZoomUserSummary): string {
  const display = user.display_name?.trim();
  if (display) return display;
  const full = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return full || user.email;
}

/** Zoom's built-in roles by role_id (custom roles count as members). */
export function roleOf(user: ZoomUserSummary): TeamRole {
  return user.role_id === '0' ? 'owner' : user.role_id === '1' ? 'admin' : 'member';
}

/** Zoom's user type in words. */
export function licenceOf(type: number): LicenceKind {
  switch (type) {
    case 2:
      return 'licensed';
    case 1:
      return 'basic';
    case 3:
      return 'on-prem';
    case 4:
      return 'unassigned';
    default:
      return 'none';
  }
}

/** A person with what searching and sorting need, worked out once. */
export interface IndexedPerson {
  readonly person: TeamPerson;
  readonly search: string;
  readonly name: string;
  readonly blockers: ReadonlySet<BlockerCode>;
}

/** Prepares the people of one snapshot for fast searching and sorting. */
export function indexPeople(people: ReadonlyArray<TeamPerson>): IndexedPerson[] {
  return people.map((person) => {
    const name = personName(person.user);
    return {
      person,
      name: name.toLowerCase(),
      search: `${name}\n${person.user.email}\n${person.user.dept ?? ''}`.toLowerCase(),
      blockers: new Set(person.readiness.blockers.map((b) => b.code)),
    };
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const roleRank: Readonly<Record<TeamRole, number>> = { owner: 0, admin: 1, member: 2 };

function timeOf(value: string | undefined): number | null {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? null : ms;
}

/** The value a column sorts by; null when the person has none (they go last). */
const sortValue: Readonly<Record<SortKey, (p: IndexedPerson) => string | number | null>> = {
  name: (p) => p.name,
  email: (p) => p.person.user.email,
  role: (p) => roleRank[roleOf(p.person.user)],
  licence: (p) => licenceOf(p.person.user.type),
  stage: (p) => stageOrder(p.person.readiness.stage),
  invited: (p) => p.person.readiness.invitation?.sentAt ?? null,
  lastLogin: (p) => timeOf(p.person.user.last_login_time),
  version: (p) => p.person.user.last_client_version || null,
};

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : collator.compare(String(a), String(b));
}

/** Sorts people by a column; ties keep name order, and missing values go last either way. */
export function sortPeople(
  people: ReadonlyArray<IndexedPerson>,
  key: SortKey,
  direction: SortDirection,
): IndexedPerson[] {
  const valueOf = sortValue[key];
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = people.map((p) => ({ p, v: valueOf(p) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) {
      if (a.v !== b.v) return a.v === null ? 1 : -1;
    } else {
      const result = compareValues(a.v, b.v);
      if (result !== 0) return result * sign;
    }
    return collator.compare(a.p.name, b.p.name);
  });
  return keyed.map((k) => k.p);
}

export interface TeamFilter {
  readonly search: string;
  readonly stage: ReadinessStage | 'all';
  readonly blocker: BlockerCode | 'all';
}

export const noFilter: TeamFilter = { search: '', stage: 'all', blocker: 'all' };

/** The people who match the search (name, email or department) and the chosen stage and blocker. */
export function filterPeople(
  people: ReadonlyArray<IndexedPerson>,
  filter: TeamFilter,
): IndexedPerson[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  return people.filter(
    (p) =>
      (filter.stage === 'all' || p.person.readiness.stage === filter.stage) &&
      (filter.blocker === 'all' || p.blockers.has(filter.blocker)) &&
      words.every((w) => p.search.includes(w)),
  );
}

/**
 * The first `count` people in the table's first order (stage, then name: `sortPeople` by
 * stage, ascending), without sorting everyone: people are grouped by stage and only the group
 * the cut falls in is sorted by name. For the dashboard's first rows while the rest are on their
 * way.
 */
export function firstPeople(people: ReadonlyArray<TeamPerson>, count: number): TeamPerson[] {
  const byStage = new Map<number, TeamPerson[]>();
  for (const person of people) {
    const order = stageOrder(person.readiness.stage);
    const group = byStage.get(order);
    if (group) group.push(person);
    else byStage.set(order, [person]);
  }
  const first: TeamPerson[] = [];
  for (const order of [...byStage.keys()].sort((a, b) => a - b)) {
    if (first.length >= count) break;
    const named = byStage.get(order)!.map((person) => ({
      person,
      name: personName(person.user).toLowerCase(),
    }));
    named.sort((a, b) => collator.compare(a.name, b.name));
    for (const { person } of named.slice(0, count - first.length)) first.push(person);
  }
  return first;
}
