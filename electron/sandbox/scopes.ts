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
