import type { ZoomUser } from './zoom';
import { normaliseEmail } from './team-emails';

/**
 * Whether Zoom's answer describes a person signed in to a Zoom plan they pay for themselves, on
 * the very email the organisation invited. Accepting the invitation would end that plan, so the
 * wizard explains it instead of "sign in with the invited email" (which is the one they used).
 *
 * The caller has already seen that the record is on another account than the organisation's.
 * From `GET /users/me` (2023 and 2025 specs → operation `user`):
 * - `type` 2 is Licensed: someone pays for this person's licence on that account;
 * - the account's owner is the one who pays, and an owner has `role_name` "Owner" or the built-in
 *   role id "0" (ReadyRoom reads roles the same way in electron/services/zoom/session.ts). Zoom's
 *   spec says roles are "owner, administrator, or a member" and gives "0" as role_id's example;
 *   that "0" is the Owner role is shown only by third parties (Steampipe's Zoom tables:
 *   `role_id = '0'` lists the owners). Not confirmed live.
 * A Licensed member or admin of some other paid account does not pay for it: that is someone
 * else's organisation, and stays "signed in to another account".
 * There is no plan or billing field for a user-level token (docs/zoom-facts-wizard.md §1).
 */
export function isOwnPaidAccount(
  user: Partial<Pick<ZoomUser, 'email' | 'type' | 'role_name' | 'role_id'>>,
  invitedEmail: string | undefined,
): boolean {
  const email = typeof user.email === 'string' ? normaliseEmail(user.email) : '';
  if (typeof invitedEmail !== 'string' || email === '') return false;
  if (email !== normaliseEmail(invitedEmail)) return false;
  if (user.type !== 2) return false;
  const name = typeof user.role_name === 'string' ? user.role_name.trim().toLowerCase() : '';
  if (name !== '') return name === 'owner';
  return user.role_id === '0';
}
