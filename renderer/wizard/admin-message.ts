import type { TFunction } from 'i18next';
import type { InvitationPack } from '../../shared/invitation-pack';
import type { InviteeRole } from '../../shared/readiness-hosting';
import { stepNumber, type WizardProgress, type WizardStepId } from '../../shared/wizard';
import { wizardVerdict, type WizardVerdict } from '../../shared/wizard-verdict';

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
 * What ReadyRoom checked, what the person told it, and what they skipped — one line each, only
 * the lines that have something in them — for the messages a person sends their admin.
 */
export function summaryLines(t: TFunction<'wizard'>, verdict: WizardVerdict): string[] {
  const titles = (steps: ReadonlyArray<WizardStepId>) => steps.map((s) => t(`steps.${s}.title`));
  const lines: string[] = [];
  if (verdict.checked.length > 0)
    lines.push(t('steps.done.messageChecked', { steps: titles(verdict.checked) }));
  if (verdict.told.length > 0)
    lines.push(t('steps.done.messageTold', { steps: titles(verdict.told) }));
  if (verdict.skipped.length > 0)
    lines.push(t('steps.done.messageSkipped', { steps: titles(verdict.skipped) }));
  return lines;
}

/**
 * The message for the admin at the end: "I'm ready" only when the verdict says so; otherwise how
 * far the person got and what is left. Either way, what was checked, told and skipped.
 */
export function finishMessage(
  t: TFunction<'wizard'>,
  verdict: WizardVerdict,
  invitation: InvitationContext,
): string {
  const lines = [
    invitation.adminName
      ? t('stuck.messageHello', { admin: invitation.adminName })
      : t('stuck.messageHelloGeneric'),
    '',
    verdict.ready
      ? t('steps.done.messageReady')
      : t('steps.done.messageNotReady', { met: verdict.met, of: verdict.of }),
    ...summaryLines(t, verdict),
  ];
  if (!verdict.ready)
    lines.push(
      t('steps.done.messageLeft', { steps: verdict.left.map((l) => t(`steps.${l.step}.title`)) }),
    );
  if (invitation.inviteeEmail)
    lines.push(t('stuck.messageEmail', { email: invitation.inviteeEmail }));
  lines.push('', t('steps.done.messageThanks'));
  return lines.join('\n');
}

/**
 * The ready-made message a stuck person sends their admin: the step, what the checks saw, what
 * the person has done so far (checked, told, skipped) and their Zoom email. Never a password,
 * token or code.
 */
export function stuckMessage(
  t: TFunction<'wizard'>,
  step: WizardStepId,
  invitation: InvitationContext,
  checkNote: string | undefined,
  progress: WizardProgress | null = null,
): string {
  const { number } = stepNumber(step);
  const lines = [
    invitation.adminName
      ? t('stuck.messageHello', { admin: invitation.adminName })
      : t('stuck.messageHelloGeneric'),
    '',
    t('stuck.messageBody', { number, title: t(`steps.${step}.title`) }),
    checkNote ? t('stuck.messageChecks', { checks: checkNote }) : t('stuck.messageNoChecks'),
    ...(progress ? summaryLines(t, wizardVerdict(progress)) : []),
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
