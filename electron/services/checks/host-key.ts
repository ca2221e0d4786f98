import { randomInt } from 'node:crypto';
import type { ZoomClient } from '../zoom/zoom-client';

/**
 * A new host key for the signed-in person, set through Zoom and shown to them once.
 *
 * What Zoom allows (docs/zoom-facts-wizard.md §3):
 * - Reading: `GET /users/me` has no `host_key` in either spec, and `GET /users?include_fields=
 *   host_key` needs the admin scope `user:read:list_users:admin` (2025 spec → `users`). A person's
 *   own sign-in cannot read their key, so ReadyRoom never tries; it pictures Profile → Meeting →
 *   the eye icon on zoom.us instead.
 * - Setting: `PATCH /users/me` with `{"host_key": "…"}` (6 to 10 characters), scope `user:write`
 *   or granular `user:update:user` (2023 and 2025 specs → `userUpdate`). Zoom answers 400 with
 *   code 200 "Only an account administrator can change the host key." where the account lets
 *   only admins change it (account setting `security.user_modifiable_info_by_admin`), and 4700
 *   when the token lacks the scope. Both reach the person as a plain "Zoom does not let
 *   ReadyRoom change it" with the pictured place on zoom.us.
 * Not confirmed live: that a member's own token may set its key when the account does not
 * restrict it (the spec lists the error without saying when it applies).
 */

/** Zoom's help speaks of a "6-digit PIN"; the API takes 6 to 10. Six is what people expect. */
const keyLength = 6;

/**
 * Keys anyone could guess: one digit over and over (111111) or a straight run (123456, 654321).
 * Zoom is said to refuse such keys (csuf.screenstepslive.com, 3rd party), so ReadyRoom never
 * makes one.
 */
export function isGuessableHostKey(key: string): boolean {
  if (!/^\d+$/.test(key)) return true;
  const steps = new Set<number>();
  for (let i = 1; i < key.length; i += 1) steps.add(Number(key[i]) - Number(key[i - 1]));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0]!);
}

/** A random 6-digit key that does not start with 0 (so nothing can drop it) and is not guessable. */
export function newHostKey(pick: (below: number) => number = randomInt): string {
  for (;;) {
    let key = String(1 + pick(9));
    while (key.length < keyLength) key += String(pick(10));
    if (!isGuessableHostKey(key)) return key;
  }
}

/** Sets a new host key for the signed-in person (`PATCH /users/me`) and returns it. */
export async function makeNewHostKey(
  client: Pick<ZoomClient, 'patchUser'>,
  pick?: (below: number) => number,
): Promise<{ hostKey: string }> {
  const hostKey = newHostKey(pick);
  await client.patchUser('me', { host_key: hostKey });
  return { hostKey };
}
