import type { ConnectionPurpose } from './connection-doctor';

/**
 * The Zoom scopes each of ReadyRoom's calls needs, per purpose, as data (issue 13). Facts and
 * sources: docs/zoom-app-setup.md §1 (Spec-2025 = Zoom's 2025 User API file, Spec-2023 = the 2023
 * Meeting API file, both under /work/shared/zoom/). Each need names every scope that is enough for
 * it: the granular ones (the user-level form only where it is enough for the purpose) and the
 * classic scopes they replace, since apps built before granular scopes keep classic ones.
 */
export interface ScopeNeed {
  /** The ReadyRoom call (electron/services/zoom/zoom-client.ts). */
  readonly call: string;
  /** The granular scope to add when none is granted: what the guide and the doctor name. */
  readonly granular: string;
  /** Other granular scopes that are just as good (e.g. the :admin form of a user-level one). */
  readonly alsoGranular: ReadonlyArray<string>;
  /** Classic scopes that are enough; the first is the one to add on a classic-scope app. */
  readonly classic: ReadonlyArray<string>;
  /** Where the fact comes from. */
  readonly source: string;
  /** False where docs/zoom-app-setup.md could not confirm the granular name for this call. */
  readonly confirmed: boolean;
}

const need = (
  call: string,
  granular: string,
  alsoGranular: ReadonlyArray<string>,
  classic: ReadonlyArray<string>,
  source: string,
  confirmed = true,
): ScopeNeed => ({ call, granular, alsoGranular, classic, source, confirmed });

/**
 * An invitee checks only themselves: `GET /users/me`. Either granular form is enough: Spec-2025
 * lists `user:read:user` and `user:read:user:admin` in one `security` list, and Zoom's missing-scope
 * message names both (docs §1 note 3: "either scope of a pair is probably enough", not confirmed).
 * Classic: `user_info:read` "is only available when you pass the `me` value" (Spec-2025 op `user`).
 */
const inviteeNeeds: ReadonlyArray<ScopeNeed> = [
  need(
    'getMe',
    'user:read:user',
    ['user:read:user:admin'],
    ['user:read', 'user:read:admin', 'user_info:read'],
    'Spec-2025 op user (GET /users/{userId}); Spec-2023 op user',
  ),
];

/**
 * The admin's team features act on other people, so only the :admin forms are enough: user-level
 * scopes "allow access to an individual user's associated data" (docs §1 note 2), and creating or
 * listing users has no user-level scope at all (note 4).
 */
const adminNeeds: ReadonlyArray<ScopeNeed> = [
  need(
    'getMe',
    'user:read:user:admin',
    ['user:read:user'],
    ['user:read:admin', 'user:read', 'user_info:read'],
    'Spec-2025 op user; Spec-2023 op user',
  ),
  need(
    'getUser',
    'user:read:user:admin',
    [],
    ['user:read:admin'],
    'Spec-2025 op user; Spec-2023 op user',
  ),
  need(
    'listUsers',
    'user:read:list_users:admin',
    [],
    ['user:read:admin'],
    'Spec-2025 op users; Spec-2023 op users',
  ),
  need(
    'createUser',
    'user:write:user:admin',
    [],
    ['user:write:admin'],
    'Spec-2025 op userCreate; Spec-2023 op userCreate',
  ),
  need(
    'deleteUser',
    'user:delete:user:admin',
    [],
    ['user:write:admin'],
    'Spec-2025 op userDelete; Spec-2023 op userDelete',
  ),
  need(
    'patchUser',
    'user:update:user:admin',
    [],
    ['user:write:admin'],
    'Spec-2025 op userUpdate; Spec-2023 op userUpdate',
  ),
  need(
    'setUserStatus',
    'user:update:status:admin',
    [],
    ['user:write:admin'],
    'Spec-2025 op userStatus; Spec-2023 op userStatus',
  ),
  need(
    'listAssistants',
    'user:read:list_assistants:admin',
    [],
    ['user:read:admin'],
    'Spec-2025 op userAssistants; Spec-2023 op userAssistants',
  ),
  need(
    'addAssistants',
    'user:write:assistant:admin',
    [],
    ['user:write:admin'],
    'Spec-2025 op userAssistantCreate; Spec-2023 op userAssistantCreate',
  ),
  need(
    'deleteAssistant',
    'user:delete:assistant:admin',
    [],
    ['user:write:admin'],
    'Spec-2025 ops userAssistantDelete, userAssistantsDelete; Spec-2023 the same',
  ),
  need(
    'listSchedulers',
    'user:read:list_schedulers:admin',
    [],
    ['user:read:admin'],
    'Spec-2025 op userSchedulers; Spec-2023 op userSchedulers',
  ),
  need(
    'listMeetings',
    'meeting:read:list_meetings:admin',
    [],
    ['meeting:read:admin'],
    'Classic: Spec-2023 op meetings. Granular name from a token Zoom issued (DF /t/…/142405)',
    false,
  ),
  need(
    'getMeeting',
    'meeting:read:meeting:admin',
    [],
    ['meeting:read:admin'],
    'Classic: Spec-2023 op meeting. Granular name from a token Zoom issued (DF /t/…/142405)',
    false,
  ),
  need(
    'patchMeeting',
    'meeting:update:meeting:admin',
    [],
    ['meeting:write:admin'],
    'Classic: Spec-2023 op meetingUpdate. Granular name from a token Zoom issued (DF /t/…/142405)',
    false,
  ),
];

/** What each purpose needs. */
export const scopeNeeds: Readonly<Record<ConnectionPurpose, ReadonlyArray<ScopeNeed>>> = {
  invitee: inviteeNeeds,
  admin: adminNeeds,
};

/** The granular scopes to add to an app for a purpose, once each, in the order of the calls. */
export function scopesToAdd(purpose: ConnectionPurpose): string[] {
  return [...new Set(scopeNeeds[purpose].map((n) => n.granular))];
}

/**
 * The token answer's `scope`: "one string of space-separated scope names" (docs §7). Commas are
 * accepted too, as Zoom's missing-scope messages list scopes with them.
 */
export function parseGrantedScopes(scope: string | null | undefined): string[] {
  if (!scope) return [];
  return [...new Set(scope.split(/[\s,]+/).filter((s) => s.length > 0))];
}

/** Whether a scope name is granular ("user:read:user", "user:read:user:admin"). */
export function isGranularScopeName(scope: string): boolean {
  const parts = scope.split(':').length;
  return parts === 4 || (parts === 3 && !scope.endsWith(':admin'));
}

/** Whether a scope name is an admin one (classic "user:read:admin", granular "…:admin"). */
export function isAdminScopeName(scope: string): boolean {
  return scope.endsWith(':admin');
}

/**
 * The scopes to add so that every call of `purpose` works, given what the token was granted. A
 * need is met by any of its granular or classic scopes. The names given back are granular, or
 * classic when the token holds only classic scopes (an app built before granular scopes).
 */
export function missingScopes(
  purpose: ConnectionPurpose,
  granted: ReadonlyArray<string> | string,
): string[] {
  const have = new Set(typeof granted === 'string' ? parseGrantedScopes(granted) : granted);
  const classicApp = have.size > 0 && ![...have].some(isGranularScopeName);
  const missing = scopeNeeds[purpose]
    .filter((n) => ![n.granular, ...n.alsoGranular, ...n.classic].some((s) => have.has(s)))
    .map((n) => (classicApp ? (n.classic[0] ?? n.granular) : n.granular));
  return [...new Set(missing)];
}

/**
 * The scope names in Zoom's missing-scope message, e.g. "Invalid access token, does not contain
 * scopes:[user:read:user, user:read:user:admin]." (docs §8). Empty when the message has none.
 */
export function scopesInZoomMessage(message: string | null | undefined): string[] {
  const match = /does not contain scopes?\s*:?\s*\[([^\]]*)\]/i.exec(message ?? '');
  if (match?.[1] !== undefined) return parseGrantedScopes(match[1]);
  // Spec-2023 words it once as "does not contain role:read:admin scope".
  const single = /does not contain ([a-z_]+(?::[a-z_]+)+) scope/i.exec(message ?? '');
  return single?.[1] ? [single[1]] : [];
}

/** Whether Zoom's message says the token lacks scopes (whatever the numeric code: 4700, 4711). */
export function isMissingScopesMessage(message: string | null | undefined): boolean {
  return /does not contain scope/i.test(message ?? '');
}
