import type { TFunction } from 'i18next';
import type { InvitationContext } from './admin-message';

/**
 * The message a person who pays for their own Zoom sends their admin to ask for an invitation
 * at another email, with the reason: saying yes would end their plan and move their account.
 */
export function anotherEmailMessage(t: TFunction<'wizard'>, invitation: InvitationContext): string {
  const lines = [
    invitation.adminName
      ? t('stuck.messageHello', { admin: invitation.adminName })
      : t('stuck.messageHelloGeneric'),
    '',
    invitation.inviteeEmail
      ? t('ownPlan.messageBody', { email: invitation.inviteeEmail })
      : t('ownPlan.messageBodyGeneric'),
    invitation.organisation
      ? t('ownPlan.messageWhy', { organisation: invitation.organisation })
      : t('ownPlan.messageWhyGeneric'),
    t('ownPlan.messageAsk'),
    '',
    t('stuck.messageThanks'),
  ];
  return lines.join('\n');
}
