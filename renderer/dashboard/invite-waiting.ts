import { normaliseEmail } from '../../shared/team-emails';
import type { InvitePerson } from '../../shared/team-schemas';

/**
 * The addresses kept for later (Zoom's daily limit, or the admin stopped) are saved by the backend
 * for each Zoom account (getWaitingInvites / saveWaitingInvites), so closing the dialog, or
 * ReadyRoom, loses none of them. These are the rules for what the list holds.
 */

/**
 * The saved list after sending `sent`: the earlier ones not sent this time, then the ones of
 * `sent` that are still waiting (`kept`), each address once.
 */
export function nextWaiting(
  earlier: ReadonlyArray<InvitePerson>,
  sent: ReadonlyArray<InvitePerson>,
  kept: ReadonlyArray<InvitePerson>,
): InvitePerson[] {
  const tried = new Set(sent.map((p) => normaliseEmail(p.email)));
  const seen = new Set<string>();
  const out: InvitePerson[] = [];
  for (const person of [...earlier.filter((p) => !tried.has(normaliseEmail(p.email))), ...kept]) {
    const email = normaliseEmail(person.email);
    if (seen.has(email)) continue;
    seen.add(email);
    out.push(person);
  }
  return out;
}

/** One person as a line of the box: "First Last <email>", or just the address. */
export function personLine(person: InvitePerson): string {
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ');
  return name ? `${name} <${person.email}>` : person.email;
}
