import type { TFunction } from 'i18next';
import type { InvitationPack } from '../../shared/invitation-pack';
import type { InviteeRole } from '../../shared/readiness-hosting';
import { stepNumber, type WizardStepId } from '../../shared/wizard';

/** Who invited the person, as far as ReadyRoom knows (from the invitation pack). */
export interface InvitationContext {
  readonly organisation: string | null;
  readonly adminName: string | null;
  readonly adminEmail: string | null;
  readonly inviteeEmail: string | null;
  readonly role: InviteeRole | null;
}

/** The context for messages and greetings, from the pack the person opened (if any). */
export function invitationContext(pack: InvitationPack | null): InvitationContext {
  if (!pack) return noInvitation;
  return {
    organisation: pack.organisation.name,
    adminName: pack.admin.name,
    adminEmail: pack.admin.email,
    inviteeEmail: pack.invitee.email,
    role: pack.invitee.role,
  };
}

export const noInvitation: InvitationContext = {
  organisation: null,
  adminName: null,
  adminEmail: null,
  inviteeEmail: null,
  role: null,
};

/**
 * The ready-made message a stuck person sends their admin: the step, what the checks saw and
 * the person's Zoom email. Never a password, token or code.
 */
export function stuckMessage(
  t: TFunction<'wizard'>,
  step: WizardStepId,
  invitation: InvitationContext,
  checkNote: string | undefined,
): string {
  const { number } = stepNumber(step);
  const lines = [
    invitation.adminName
      ? t('stuck.messageHello', { admin: invitation.adminName })
      : t('stuck.messageHelloGeneric'),
    '',
    t('stuck.messageBody', { number, title: t(`steps.${step}.title`) }),
    checkNote ? t('stuck.messageChecks', { checks: checkNote }) : t('stuck.messageNoChecks'),
  ];
  if (invitation.inviteeEmail)
    lines.push(t('stuck.messageEmail', { email: invitation.inviteeEmail }));
  lines.push('', t('stuck.messageThanks'));
  return lines.join('\n');
}

/** A mailto: link with the message, for "Write an email with it". */
export function mailtoLink(to: string | null, subject: string, body: string): string {
  const params = new URLSearchParams({ subject, body });
  // mailto wants %20 for spaces, not "+".
  return `mailto:${to ? encodeURIComponent(to) : ''}?${params.toString().replace(/\+/g, '%20')}`;
}
