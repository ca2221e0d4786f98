import type { EmailProblem } from './team-schemas';

/**
 * Reading the addresses an admin pastes to invite: any separators (commas, semicolons, spaces,
 * new lines), "Name <address>" as mail programs copy it, and each address checked with a
 * precise reason for the ones refused, so the admin can fix exactly those.
 */

/** One address found in the pasted text. */
export interface ParsedEmail {
  /** What the admin typed for it (shown when it is refused). */
  readonly input: string;
  /** Lower-cased, trimmed: the form Zoom compares. */
  readonly email: string;
  /** From "Jane Doe <jane@x.org>", when given. */
  readonly firstName?: string;
  readonly lastName?: string;
  readonly problem: EmailProblem | null;
}

/** The most addresses one paste may hold (Zoom Pro allows 1,500 invitations a day). */
export const MAX_PASTED_EMAILS = 1000;

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TLD = /^[A-Za-z]{2,63}$|^xn--[A-Za-z0-9-]{1,59}$/;

/** Whether an address is one Zoom can send to (the everyday form: no quotes, no IP literals). */
export function isValidEmail(email: string): boolean {
  if (email.length > 254) return false;
  const at = email.lastIndexOf('@');
  if (at <= 0 || at !== email.indexOf('@')) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1] ?? '';
  return labels.every((label) => LABEL.test(label)) && TLD.test(tld);
}

/** Lower-cases and trims an address, the way Zoom matches them. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Quotes, brackets and trailing punctuation that come along when addresses are copied from text.
function clean(token: string): string {
  let text = token.trim().replace(/^mailto:/i, '');
  text = text.replace(/^["'(<[]+/, '').replace(/[>"')\].:]+$/, '');
  return text.trim();
}

function splitName(name: string): { firstName?: string; lastName?: string } {
  const words = name
    .replace(/["']/g, '')
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return {};
  const [first, ...rest] = words;
  return rest.length > 0
    ? { firstName: (first ?? '').slice(0, 64), lastName: rest.join(' ').slice(0, 64) }
    : { firstName: (first ?? '').slice(0, 64) };
}

interface Candidate {
  readonly input: string;
  readonly address: string;
  readonly name?: string;
}

// One chunk between commas, semicolons or line breaks.
function candidatesOf(chunk: string): Candidate[] {
  const trimmed = chunk.trim();
  if (trimmed === '') return [];
  const angle = /^(.*)<([^<>]*)>\s*$/.exec(trimmed);
  if (angle) {
    const name = (angle[1] ?? '').trim();
    const address = clean(angle[2] ?? '');
    return [{ input: trimmed, address, ...(name ? { name } : {}) }];
  }
  const words = trimmed.split(/\s+/);
  const withAt = words.filter((w) => w.includes('@'));
  if (withAt.length === 0) return [{ input: trimmed, address: clean(trimmed) }];
  if (withAt.length === 1 && words.length > 1) {
    // "Jane Doe jane@x.org": the words without @ are the name.
    const name = words.filter((w) => !w.includes('@')).join(' ');
    return [{ input: trimmed, address: clean(withAt[0] ?? ''), name }];
  }
  return words.map((w) => ({ input: w, address: clean(w) }));
}

/**
 * Finds every address in pasted text, in order, and says what is wrong with each refused one:
 * `syntax` (not an address), `duplicate` (already earlier in the list), `in-team` (already on
 * the Zoom account, as `inTeam` says). Never throws; stops after MAX_PASTED_EMAILS addresses.
 */
export function parseEmailList(
  text: string,
  inTeam: (email: string) => boolean = () => false,
): ParsedEmail[] {
  const seen = new Set<string>();
  const out: ParsedEmail[] = [];
  for (const chunk of String(text ?? '').split(/[,;\n\r]+/)) {
    for (const candidate of candidatesOf(chunk)) {
      if (out.length >= MAX_PASTED_EMAILS) return out;
      const email = normaliseEmail(candidate.address);
      const problem: EmailProblem | null = !isValidEmail(email)
        ? 'syntax'
        : seen.has(email)
          ? 'duplicate'
          : inTeam(email)
            ? 'in-team'
            : null;
      if (problem !== 'syntax') seen.add(email);
      out.push({
        input: candidate.input.slice(0, 320),
        email,
        ...(candidate.name ? splitName(candidate.name) : {}),
        problem,
      });
    }
  }
  return out;
}
