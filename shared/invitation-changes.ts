import { z } from 'zod';
import type { InvitationPack } from './invitation-pack';

/**
 * What opening a new invitation pack would change. A pack or a readyroom: link can come from
 * anyone, so it never silently replaces the invitation a person already opened, or the Zoom app
 * ReadyRoom signs in with: the person sees each change and confirms, and the default keeps what
 * they have. (A forged link could otherwise show a stranger's phone number as "your admin".)
 */
export const InvitationChangeField = z.enum([
  'organisation',
  'admin',
  'adminEmail',
  'adminPhone',
  'inviteeEmail',
  'zoomApp',
]);
export type InvitationChangeField = z.infer<typeof InvitationChangeField>;

export const InvitationChange = z.object({
  field: InvitationChangeField,
  /** What the person has now (null: nothing, or ReadyRoom's demo for the Zoom app). */
  from: z.string().max(300).nullable(),
  to: z.string().max(300).nullable(),
});
export type InvitationChange = z.infer<typeof InvitationChange>;

function fieldsOf(pack: InvitationPack | null): Record<InvitationChangeField, string | null> {
  return {
    organisation: pack?.organisation.name ?? null,
    admin: pack?.admin.name ?? null,
    adminEmail: pack?.admin.email ?? null,
    adminPhone: pack?.admin.phone ?? null,
    inviteeEmail: pack?.invitee.email ?? null,
    zoomApp: pack?.zoomClientId ?? null,
  };
}

/**
 * The changes a new pack would make, and whether the person must confirm them first: when it
 * would replace an invitation already opened (with anything different), or move ReadyRoom from
 * the organisation's Zoom app it already uses to another one. A first pack on a copy still in
 * demo mode is what the person asked for, and opens at once.
 */
export function invitationChanges(
  current: InvitationPack | null,
  currentZoomClientId: string | null,
  next: InvitationPack,
): { changes: InvitationChange[]; needsConfirmation: boolean } {
  const before = { ...fieldsOf(current), zoomApp: currentZoomClientId };
  const after = fieldsOf(next);
  // A pack without a Zoom app keeps the one in use.
  if (after.zoomApp === null) after.zoomApp = before.zoomApp;
  const changes = InvitationChangeField.options
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, from: before[field], to: after[field] }));
  const replacesInvitation = current !== null && changes.some((c) => c.field !== 'zoomApp');
  const switchesZoomApp =
    currentZoomClientId !== null && changes.some((c) => c.field === 'zoomApp');
  return { changes, needsConfirmation: replacesInvitation || switchesZoomApp };
}
