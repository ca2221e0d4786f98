import { isGranularScope, type SandboxApp } from './apps';
import type { SandboxUser } from './model';

/** Classic user-level scopes: a person acting on themselves. */
export const memberScopes: ReadonlyArray<string> = [
  'user:read',
  'user:write',
  'user_info:read',
  'meeting:read',
  'meeting:write',
];

/** Classic admin scopes: acting on anyone in the account. */
export const adminOnlyScopes: ReadonlyArray<string> = [
  'user:read:admin',
  'user:write:admin',
  'meeting:read:admin',
  'meeting:write:admin',
];

/** What an owner or admin's token carries (the demo app asks for both sets). */
export const adminScopes: ReadonlyArray<string> = [...adminOnlyScopes, ...memberScopes];

/** The scopes a person's sign-in grants, by their role on their account. */
export function scopesFor(user: SandboxUser): ReadonlyArray<string> {
  return user.roleId === '2' ? memberScopes : adminScopes;
}

/** Zoom's answer when a token lacks the scopes an operation needs (code 4700). */
export function missingScopesMessage(scopes: ReadonlyArray<string>): string {
  return `Invalid access token, does not contain scopes:[${scopes.join(', ')}].`;
}

/**
 * The code Zoom sends with that message. Zoom's errors page gives 4700; for a user-managed app
 * with granular scopes Zoom answered 4711 (DF /t/…/108207; docs/zoom-app-setup.md §8), so an app
 * built that way in the sandbox gets 4711 too. The message is the same either way.
 */
export function missingScopesCode(app: SandboxApp | undefined): 4700 | 4711 {
  return app?.type === 'user-managed' && app.scopes.some(isGranularScope) ? 4711 : 4700;
}
