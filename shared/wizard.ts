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

/** "Do you pay for Zoom yourself with this email?" */
export const PaysForZoom = z.enum(['yes', 'no', 'not-sure']);
export type PaysForZoom = z.infer<typeof PaysForZoom>;

/** What a person who pays for their own Zoom chose: accept anyway, or ask for another email. */
export const OwnPlanChoice = z.enum(['go-ahead', 'another-email']);
export type OwnPlanChoice = z.infer<typeof OwnPlanChoice>;

export const WizardAnswers = z.object({
  /** "Have you used Zoom with this email before?" */
  activationPath: z.enum(['new', 'existing', 'not-sure']).nullable(),
  signInMethod: SignInMethod.nullable(),
  // Optional, so progress saved before these questions existed still reads back.
  paysForZoom: PaysForZoom.nullable().optional(),
  ownPlanChoice: OwnPlanChoice.nullable().optional(),
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
  answers: { activationPath: null, signInMethod: null, paysForZoom: null, ownPlanChoice: null },
  invitation: null,
  updatedAt: null,
};

/** Reads saved progress; a part that does not read (a cut-off save) goes back to the start. */
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
  // Keep every field that still reads, so nobody starts over for one bad line.
  const steps = (value: unknown): WizardStepId[] =>
    Array.isArray(value) ? wizardStepIds.filter((id) => value.includes(id)) : [];
  const step = WizardStepId.safeParse(record.currentStep);
  const answers =
    typeof record.answers === 'object' && record.answers !== null ? record.answers : {};
  const answer = <K extends keyof WizardAnswers>(key: K): WizardAnswers[K] => {
    const read = WizardAnswers.shape[key].safeParse((answers as Record<string, unknown>)[key]);
    const kept = read.success && read.data !== undefined ? read.data : initialProgress.answers[key];
    return kept as WizardAnswers[K];
  };
  const updatedAt = z.string().safeParse(record.updatedAt);
  return {
    value: {
      schemaVersion: progressVersion,
      currentStep: step.success ? step.data : initialProgress.currentStep,
      completed: steps(record.completed),
      skipped: steps(record.skipped),
      selfReported: steps(record.selfReported),
      answers: {
        activationPath: answer('activationPath'),
        signInMethod: answer('signInMethod'),
        paysForZoom: answer('paysForZoom'),
        ownPlanChoice: answer('ownPlanChoice'),
      },
      invitation: invitation.success ? invitation.data : null,
      updatedAt: updatedAt.success ? updatedAt.data : null,
    },
    changed: true,
  };
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

/** How a step came to be done: its live check passed, or the person vouched for it. */
export const StepCompletion = z.enum(['checked', 'self-reported']);
export type StepCompletion = z.infer<typeof StepCompletion>;

/** The step after `step`; the last step stays where it is. */
export function nextStep(step: WizardStepId): WizardStepId {
  const index = wizardStepIds.indexOf(step);
  return wizardStepIds[Math.min(index + 1, wizardStepIds.length - 1)]!;
}

/** Marks a step done and moves on: no longer skipped, and self-reported only if vouched for. */
export function completeStep(
  progress: WizardProgress,
  step: WizardStepId,
  how: StepCompletion,
  now: Date,
): WizardProgress {
  const others = progress.selfReported.filter((s) => s !== step);
  return applyProgressPatch(
    progress,
    {
      currentStep: nextStep(step),
      completed: [...progress.completed, step],
      skipped: progress.skipped.filter((s) => s !== step),
      selfReported: how === 'self-reported' ? [...others, step] : others,
    },
    now,
  );
}

/** Marks a step skipped ("does not apply to me") and moves on; a skipped step is never done. */
export function skipStep(progress: WizardProgress, step: WizardStepId, now: Date): WizardProgress {
  return applyProgressPatch(
    progress,
    {
      currentStep: nextStep(step),
      skipped: [...progress.skipped, step],
      completed: progress.completed.filter((s) => s !== step),
      selfReported: progress.selfReported.filter((s) => s !== step),
    },
    now,
  );
}

/** Starts the steps over; the invitation the person opened stays, as it is not a step. */
export function restartProgress(progress: WizardProgress, now: Date): WizardProgress {
  return { ...initialProgress, invitation: progress.invitation, updatedAt: now.toISOString() };
}

/** Keeps the invitation pack the person opened (null: forgets it); their place is kept. */
export function withInvitation(
  progress: WizardProgress,
  invitation: InvitationPack | null,
  now: Date,
): WizardProgress {
  return { ...progress, invitation, updatedAt: now.toISOString() };
}

/** "Step N of M" numbers, counted without the welcome screen's own step. */
export function stepNumber(id: WizardStepId): { number: number; total: number } {
  return { number: wizardStepIds.indexOf(id) + 1, total: wizardStepIds.length };
}
