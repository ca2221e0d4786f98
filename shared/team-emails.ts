import type { AddressProblem, EmailProblem } from './team-schemas';

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
  /** The line of the pasted text it is on, from 1. */
  readonly line: number;
  readonly problem: EmailProblem | null;
  /** For a duplicate: the line of the first copy. */
  readonly firstLine?: number;
}

/** Everything found in one paste. */
export interface PastedEmails {
  /** Every address, in order, up to MAX_PASTED_EMAILS. */
  readonly addresses: ReadonlyArray<ParsedEmail>;
  /** How many more addresses come after the limit: counted, not read (almost always 0). */
  readonly notRead: number;
  /** The line the first of those is on (null when all were read). */
  readonly firstUnreadLine: number | null;
}

/**
 * The most addresses one paste is read for: far more than Zoom's 1,500 invitations a day, and
 * small enough for the dialog to list each one with what happened to it.
 */
export const MAX_PASTED_EMAILS = 10_000;

const LOCAL_CHARACTERS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const DOMAIN_CHARACTERS = /^[A-Za-z0-9.-]+$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TLD = /^[A-Za-z]{2,63}$|^xn--[A-Za-z0-9-]{1,59}$/;

/**
 * What is wrong with an address, in the order a person would fix it, or null when Zoom can
 * send to it (the everyday form: no quotes, no IP literals).
 */
export function emailProblemOf(email: string): AddressProblem | null {
  const at = email.indexOf('@');
  if (at < 0) return 'no-at';
  if (email.includes('@', at + 1)) return 'two-at';
  if (/\s/.test(email)) return 'space';
  if (email.length > 254 || at > 64) return 'too-long';
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local === '') return 'no-name';
  if (domain === '') return 'no-domain';
  if (email.endsWith('.')) return 'dot-at-end';
  if (
    local.startsWith('.') ||
    local.endsWith('.') ||
    domain.startsWith('.') ||
    email.includes('..')
  )
    return 'dots';
  if (!LOCAL_CHARACTERS.test(local) || !DOMAIN_CHARACTERS.test(domain)) return 'bad-character';
  if (!domain.includes('.')) return 'no-dot-in-domain';
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return labels.every((label) => LABEL.test(label)) && TLD.test(tld) ? null : 'bad-domain';
}

/** Whether an address is one Zoom can send to. */
export function isValidEmail(email: string): boolean {
  return emailProblemOf(email) === null;
}

/** Lower-cases and trims an address, the way Zoom matches them. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const CLOSERS = new Set(['>', '"', "'", ')', ']', ':']);

// Quotes, brackets and punctuation that come along when addresses are copied from text. One
// full stop at the end is the end of a sentence; a second one is the address's own.
function clean(token: string): string {
  let text = token.trim().replace(/^mailto:/i, '');
  text = text.replace(/^["'(<[]+/, '');
  let fullStop = false;
  for (;;) {
    const last = text.slice(-1);
    if (CLOSERS.has(last)) text = text.slice(0, -1);
    else if (last === '.' && !fullStop) {
      fullStop = true;
      text = text.slice(0, -1);
    } else break;
  }
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
 * Finds every address in pasted text, in order, with its line, and says what is wrong with
 * each refused one: its own fault (see emailProblemOf), `duplicate` (with the line of the first
 * copy) or `in-team` (already on the Zoom account, as `inTeam` says). Never throws. Past
 * MAX_PASTED_EMAILS addresses it only counts them, so the admin can be told.
 */
export function parseEmailList(
  text: string,
  inTeam: (email: string) => boolean = () => false,
): PastedEmails {
  const firstLine = new Map<string, number>();
  const addresses: ParsedEmail[] = [];
  let notRead = 0;
  let firstUnreadLine: number | null = null;
  const lines = String(text ?? '').split(/\r\n|\r|\n/);
  lines.forEach((lineText, index) => {
    const line = index + 1;
    for (const chunk of lineText.split(/[,;]+/)) {
      for (const candidate of candidatesOf(chunk)) {
        if (addresses.length >= MAX_PASTED_EMAILS) {
          notRead += 1;
          firstUnreadLine ??= line;
          continue;
        }
        const email = normaliseEmail(candidate.address);
        const own = emailProblemOf(email);
        const earlier = own ? undefined : firstLine.get(email);
        const problem: EmailProblem | null =
          own ?? (earlier !== undefined ? 'duplicate' : inTeam(email) ? 'in-team' : null);
        if (!own && earlier === undefined) firstLine.set(email, line);
        addresses.push({
          input: candidate.input.slice(0, 320),
          email,
          ...(candidate.name ? splitName(candidate.name) : {}),
          line,
          problem,
          ...(earlier !== undefined ? { firstLine: earlier } : {}),
        });
      }
    }
  });
  return { addresses, notRead, firstUnreadLine };
}
