import { z } from 'zod';
import { InvitationPack } from './invitation-pack';

/** The invitee's steps, in order; each is one task on one screen. */
export const wizardStepIds = [
  'welcome',
  'find-email',
  'activate',
  'sign-in',
  'install-app',
  'app-sign-in',
  'sound-camera',
  'meeting-details',
  'done',
] as const;

export const WizardStepId = z.enum(wizardStepIds);
export type WizardStepId = z.infer<typeof WizardStepId>;

/** How the person made (or will make) their Zoom account; picks the right sign-in button. */
export const SignInMethod = z.enum(['email', 'google', 'apple', 'microsoft', 'facebook', 'sso']);
export type SignInMethod = z.infer<typeof SignInMethod>;

export const WizardAnswers = z.object({
  /** "Have you used Zoom with this email before?" */
  activationPath: z.enum(['new', 'existing']).nullable(),
  signInMethod: SignInMethod.nullable(),
});
export type WizardAnswers = z.infer<typeof WizardAnswers>;

export const progressVersion = 1;

export const WizardProgress = z.object({
  schemaVersion: z.literal(progressVersion),
  currentStep: WizardStepId,
  /** Steps whose check passed, or that the person said were done where nothing can be checked. */
  completed: z.array(WizardStepId).readonly(),
  skipped: z.array(WizardStepId).readonly(),
  /** Completed steps the person vouched for because nothing could check them. */
  selfReported: z.array(WizardStepId).readonly(),
  answers: WizardAnswers,
  /** The invitation pack the admin sent, once the person opened it (no secrets in it). */
  invitation: InvitationPack.nullable(),
  updatedAt: z.string().nullable(),
});
export type WizardProgress = z.infer<typeof WizardProgress>;

export const WizardProgressPatch = z
  .object({
    currentStep: WizardStepId.optional(),
    completed: z.array(WizardStepId).max(wizardStepIds.length).optional(),
    skipped: z.array(WizardStepId).max(wizardStepIds.length).optional(),
    selfReported: z.array(WizardStepId).max(wizardStepIds.length).optional(),
    answers: WizardAnswers.partial().strict().optional(),
  })
  .strict();
export type WizardProgressPatch = z.infer<typeof WizardProgressPatch>;

export const initialProgress: WizardProgress = {
  schemaVersion: progressVersion,
  currentStep: 'welcome',
  completed: [],
  skipped: [],
  selfReported: [],
  answers: { activationPath: null, signInMethod: null },
  invitation: null,
  updatedAt: null,
};

/** Reads saved progress; anything unreadable starts the wizard over rather than failing. */
export function migrateProgress(raw: unknown): { value: WizardProgress; changed: boolean } {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  // A pack that no longer validates is dropped; the person's place in the steps is kept.
  const invitation = InvitationPack.safeParse(record.invitation);
  const parsed = WizardProgress.safeParse({
    ...record,
    invitation: invitation.success ? invitation.data : null,
  });
  if (parsed.success)
    return { value: parsed.data, changed: !invitation.success && record.invitation != null };
  return { value: initialProgress, changed: true };
}

/** Applies a change to saved progress (lists are de-duplicated and kept in step order). */
export function applyProgressPatch(
  progress: WizardProgress,
  patch: WizardProgressPatch,
  now: Date,
): WizardProgress {
  const ordered = (ids: ReadonlyArray<WizardStepId>) =>
    wizardStepIds.filter((id) => ids.includes(id));
  return {
    ...progress,
    currentStep: patch.currentStep ?? progress.currentStep,
    completed: patch.completed ? ordered(patch.completed) : progress.completed,
    skipped: patch.skipped ? ordered(patch.skipped) : progress.skipped,
    selfReported: patch.selfReported ? ordered(patch.selfReported) : progress.selfReported,
    answers: { ...progress.answers, ...patch.answers },
    updatedAt: now.toISOString(),
  };
}

/** "Step N of M" numbers, counted without the welcome screen's own step. */
export function stepNumber(id: WizardStepId): { number: number; total: number } {
  return { number: wizardStepIds.indexOf(id) + 1, total: wizardStepIds.length };
}
