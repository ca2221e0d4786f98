import { z } from 'zod';
import { Language } from './languages';
import { inviteeRoles } from './readiness-hosting';

/**
 * The invitation pack: a small JSON document the admin sends with Zoom's invitation, as a file or
 * a readyroom://invite link. It personalises the wizard and names the organisation's Zoom account.
 * It holds no secrets: a public OAuth client id is not one.
 *
 * It arrives from outside (email attachments, pasted links), so it is parsed strictly: unknown keys
 * are rejected, not stripped. A pack is ours to define; a key we do not know means a newer format
 * (which must raise `version`) or a hand-edited file, and guessing about either could show a
 * person the wrong organisation. Parsing never throws; every failure is one of `packParseReasons`.
 */

export const INVITATION_PACK_FORMAT = 'readyroom-invitation';
/**
 * Version 2 added `invitee.language` (the language the admin expects the person to read). A pack
 * that does not name one is still written as version 1, so a copy of ReadyRoom from before opens it.
 */
export const INVITATION_PACK_VERSION = 2;
export const invitationPackVersions = [1, 2] as const;
/** The largest pack accepted, in UTF-8 bytes (a real one is well under 1 KB). */
export const INVITATION_PACK_MAX_BYTES = 16 * 1024;
export const INVITATION_LINK_PREFIX = 'readyroom://invite?p=';

export const packParseReasons = [
  'too-large',
  'not-json',
  'not-a-pack',
  'unknown-version',
  'invalid',
  'not-a-link',
] as const;
export const PackParseReason = z.enum(packParseReasons);
export type PackParseReason = z.infer<typeof PackParseReason>;

/**
 * Whether a text holds what a name must not: control characters, angle brackets (HTML), or the
 * invisible marks that reorder text on screen (a name could then pass for another).
 */
export function hasUnsafeText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x3c || c === 0x3e) return true;
    if (c === 0x200e || c === 0x200f || c === 0xfeff) return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}

/** A name shown to a person: trimmed, not empty, short, no HTML or control characters. */
function safeName(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !hasUnsafeText(s), { message: 'HTML or control characters are not allowed' });
}

const Email = z.email().max(254);
const ZoomId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const Phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^\+?[0-9 ().\-/]{3,32}(?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$/i);

export const InviteeRole = z.enum(inviteeRoles);

export const InvitationPack = z
  .strictObject({
    format: z.literal(INVITATION_PACK_FORMAT),
    version: z.union([z.literal(1), z.literal(2)]),
    organisation: z.strictObject({ name: safeName(120), zoomAccountId: ZoomId }).readonly(),
    admin: z
      .strictObject({ name: safeName(100), email: Email, phone: Phone.optional() })
      .readonly(),
    invitee: z
      .strictObject({
        email: Email,
        name: safeName(100).optional(),
        role: InviteeRole,
        /** The language the admin expects this person to read; the wizard opens in it. */
        language: Language.optional(),
      })
      .readonly(),
    /** The organisation's Zoom Marketplace app (public client, no secret). */
    zoomClientId: ZoomId.optional(),
    issuedAt: z.iso.datetime({ offset: true }),
  })
  .refine((pack) => pack.version === 2 || pack.invitee.language === undefined, {
    message: 'a version 1 pack names no language',
    path: ['invitee', 'language'],
  })
  .readonly();
export type InvitationPack = z.infer<typeof InvitationPack>;

/** What reading a pack gives: the pack, or one reason to tell the person (detail is for logs). */
export type PackParseResult =
  | { readonly ok: true; readonly pack: InvitationPack }
  | { readonly ok: false; readonly reason: PackParseReason; readonly detail?: string };

function fail(reason: PackParseReason, detail?: string): PackParseResult {
  return detail === undefined
    ? { ok: false, reason }
    : { ok: false, reason, detail: detail.slice(0, 200) };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function checkPack(data: unknown): PackParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('not-a-pack');
  const record = data as Record<string, unknown>;
  if (record.format !== INVITATION_PACK_FORMAT) return fail('not-a-pack');
  if (!invitationPackVersions.some((version) => version === record.version)) {
    return typeof record.version === 'number'
      ? fail('unknown-version', `version ${String(record.version)}`)
      : fail('invalid', 'version: missing or not a number');
  }
  const parsed = InvitationPack.safeParse(data);
  if (parsed.success) return { ok: true, pack: parsed.data };
  const issue = parsed.error.issues[0];
  return fail(
    'invalid',
    issue ? `${issue.path.join('.') || '(pack)'}: ${issue.message}` : undefined,
  );
}

/** Reads a pack from a file's text. Never throws. */
export function parseInvitationPack(text: string): PackParseResult {
  try {
    if (typeof text !== 'string') return fail('not-json');
    if (text.length > INVITATION_PACK_MAX_BYTES || utf8Length(text) > INVITATION_PACK_MAX_BYTES) {
      return fail('too-large');
    }
    // Notepad and some mail clients save a byte-order mark at the start.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return fail('not-json');
    }
    return checkPack(data);
  } catch (error) {
    return fail('invalid', error instanceof Error ? error.message : 'unexpected');
  }
}

// Keys in a fixed order, so the same pack always makes the same file and link.
function canonical(pack: InvitationPack): InvitationPack {
  const admin = pack.admin;
  const invitee = pack.invitee;
  return {
    format: INVITATION_PACK_FORMAT,
    version: invitee.language === undefined ? 1 : 2,
    organisation: { name: pack.organisation.name, zoomAccountId: pack.organisation.zoomAccountId },
    admin: {
      name: admin.name,
      email: admin.email,
      ...(admin.phone === undefined ? {} : { phone: admin.phone }),
    },
    invitee: {
      email: invitee.email,
      ...(invitee.name === undefined ? {} : { name: invitee.name }),
      role: invitee.role,
      ...(invitee.language === undefined ? {} : { language: invitee.language }),
    },
    ...(pack.zoomClientId === undefined ? {} : { zoomClientId: pack.zoomClientId }),
    issuedAt: pack.issuedAt,
  };
}

/** The pack as the text of a .readyroom file. */
export function serializeInvitationPack(pack: InvitationPack): string {
  return `${JSON.stringify(canonical(pack), null, 2)}\n`;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string | undefined {
  const standard = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The pack as a readyroom://invite link (base64url of its JSON). */
export function encodeInvitationLink(pack: InvitationPack): string {
  return INVITATION_LINK_PREFIX + toBase64Url(JSON.stringify(canonical(pack)));
}

const WHITESPACE = /\s+/g;
const LINK = /^readyroom:(?:\/\/)?invite\/?\?(.*)$/i;
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;
// Base64 makes 4 characters of every 3 bytes; anything longer cannot hold an acceptable pack.
const MAX_ENCODED = Math.ceil(INVITATION_PACK_MAX_BYTES / 3) * 4;

/**
 * Reads a pack from a readyroom://invite link, as opened or as pasted: whitespace (also a line
 * break a mail program put inside the link), angle brackets and quotes around it are ignored.
 * Never throws.
 */
export function decodeInvitationLink(url: string): PackParseResult {
  try {
    if (typeof url !== 'string') return fail('not-a-link');
    if (url.length > 4 * MAX_ENCODED) return fail('too-large');
    let link = url.replace(WHITESPACE, '');
    while (
      link.length > 1 &&
      '<"\''.includes(link.charAt(0)) &&
      '>"\''.includes(link.charAt(link.length - 1))
    ) {
      link = link.slice(1, -1);
    }
    const match = LINK.exec(link);
    if (!match) return fail('not-a-link');
    let encoded: string | undefined;
    for (const pair of (match[1] ?? '').split('&')) {
      if (pair.startsWith('p=')) encoded = pair.slice(2);
    }
    if (encoded === undefined || encoded === '') return fail('not-a-link', 'no p parameter');
    if (encoded.length > MAX_ENCODED + 8) return fail('too-large');
    if (encoded.includes('%')) {
      try {
        encoded = decodeURIComponent(encoded);
      } catch {
        return fail('not-a-link', 'bad percent-encoding');
      }
    }
    if (!BASE64URL.test(encoded) || encoded.replace(/=+$/, '').length % 4 === 1) {
      return fail('not-a-link', 'not base64url');
    }
    const text = fromBase64Url(encoded);
    if (text === undefined) return fail('not-json', 'not UTF-8');
    return parseInvitationPack(text);
  } catch (error) {
    return fail('invalid', error instanceof Error ? error.message : 'unexpected');
  }
}
