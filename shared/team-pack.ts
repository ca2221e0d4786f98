import { INVITATION_PACK_FORMAT, InvitationPack } from './invitation-pack';
import type { Language } from './languages';
import type { InviteeRole } from './readiness-hosting';

/** What the dashboard knows when it makes a pack for one invitee. */
export interface OnboardingPackInput {
  readonly organisationName: string;
  /** The signed-in admin's Zoom account (the organisation's account). */
  readonly accountId: string;
  readonly admin: { readonly name: string; readonly email: string };
  readonly invitee: {
    readonly email: string;
    readonly name?: string;
    readonly role: InviteeRole;
    /** The language the admin expects the person to read (the wizard opens in it). */
    readonly language?: Language;
  };
  /** The organisation's Zoom app (public client id); none in demo mode. */
  readonly zoomClientId: string | null;
  readonly issuedAt: Date;
}

/**
 * The invitation pack for one invitee, checked with the same schema the wizard opens it with,
 * so the admin never sends a pack the wizard would refuse. null when a detail does not fit (no
 * organisation name yet, or a name with characters a pack may not hold).
 */
export function buildOnboardingPack(input: OnboardingPackInput): InvitationPack | null {
  const name = input.invitee.name?.trim();
  const candidate = {
    format: INVITATION_PACK_FORMAT,
    version: input.invitee.language === undefined ? 1 : 2,
    organisation: { name: input.organisationName.trim(), zoomAccountId: input.accountId },
    admin: { name: input.admin.name.trim() || input.admin.email, email: input.admin.email },
    invitee: {
      email: input.invitee.email,
      ...(name && name !== input.invitee.email ? { name } : {}),
      role: input.invitee.role,
      ...(input.invitee.language === undefined ? {} : { language: input.invitee.language }),
    },
    ...(input.zoomClientId ? { zoomClientId: input.zoomClientId } : {}),
    issuedAt: input.issuedAt.toISOString(),
  };
  const parsed = InvitationPack.safeParse(candidate);
  if (parsed.success) return parsed.data;
  // A client id the pack format cannot carry is left out: the wizard then asks for nothing more.
  const withoutClient: Record<string, unknown> = { ...candidate };
  delete withoutClient.zoomClientId;
  const retry = InvitationPack.safeParse(withoutClient);
  return retry.success ? retry.data : null;
}

/** A file name for a person's pack: `readyroom-invitation-dorothy-evans.readyroom`. */
export function packFileName(email: string): string {
  const local = email.split('@')[0] ?? 'invitation';
  const safe = local
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `readyroom-invitation-${safe || 'person'}.readyroom`;
}

/** A mailto: link; mail programs want %20 for spaces, not "+". */
export function mailtoLink(to: string, subject: string, body: string): string {
  const params = new URLSearchParams({ subject, body });
  return `mailto:${encodeURIComponent(to)}?${params.toString().replace(/\+/g, '%20')}`;
}

/** The longest link ReadyRoom asks the system to open. */
export const MAX_MAILTO_LENGTH = 2048;
