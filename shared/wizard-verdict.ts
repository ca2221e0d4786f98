import type { WizardProgress, WizardStepId } from './wizard';

/**
 * Whether ReadyRoom may tell a person (and their admin) "you're ready for Zoom": only when the
 * things that matter were done, and the ones ReadyRoom can check were checked. A pure rule over
 * the saved progress, so the last step, the "I'm stuck" message and the tests all agree.
 */

/** What became of one step, and who says so. */
export type StepOutcome =
  /** Its live check against Zoom or this computer passed. */
  | 'checked'
  /** The person told ReadyRoom it was done (nothing could check it, or the check could not see). */
  | 'told'
  /** The person pressed "Skip this step". */
  | 'skipped'
  /** Not reached yet. */
  | 'not-done';

/** The steps a person must finish to be ready, and what counts as finished for each. */
export const readinessRequirements: ReadonlyArray<{
  readonly step: WizardStepId;
  /** `checked`: only a passed check counts; `done`: a check, or the person's word. */
  readonly needs: 'checked' | 'done';
}> = [
  // Signed in to ReadyRoom with Zoom, on the organisation's account with a licence: Zoom says so.
  { step: 'sign-in', needs: 'checked' },
  // The Zoom app: installed on this computer (or the person says so when it is not where we look)…
  { step: 'install-app', needs: 'done' },
  // …and signed in: Zoom reports the app's last sign-in.
  { step: 'app-sign-in', needs: 'checked' },
  // Sound and camera: the meter and preview saw them, or the person vouched for them.
  { step: 'sound-camera', needs: 'done' },
];

/** The steps whose outcome a summary reports (everything between welcome and the last step). */
export const reportedSteps: ReadonlyArray<WizardStepId> = [
  'find-email',
  'activate',
  'sign-in',
  'install-app',
  'app-sign-in',
  'sound-camera',
  'meeting-details',
];

/** What became of a step in this progress. */
export function stepOutcome(progress: WizardProgress, step: WizardStepId): StepOutcome {
  if (progress.completed.includes(step))
    return progress.selfReported.includes(step) ? 'told' : 'checked';
  if (progress.skipped.includes(step)) return 'skipped';
  return 'not-done';
}

export interface WizardVerdict {
  /** Every requirement met: the only case in which ReadyRoom says "you're ready". */
  readonly ready: boolean;
  /** How many of the requirements are met, of how many. */
  readonly met: number;
  readonly of: number;
  /** The requirements still open, in order, each with what became of it so far. */
  readonly left: ReadonlyArray<{ readonly step: WizardStepId; readonly outcome: StepOutcome }>;
  /** Every reported step by outcome, in step order. */
  readonly checked: ReadonlyArray<WizardStepId>;
  readonly told: ReadonlyArray<WizardStepId>;
  readonly skipped: ReadonlyArray<WizardStepId>;
}

/** The verdict on a person's progress. */
export function wizardVerdict(progress: WizardProgress): WizardVerdict {
  const meets = (requirement: (typeof readinessRequirements)[number]): boolean => {
    const outcome = stepOutcome(progress, requirement.step);
    return requirement.needs === 'checked'
      ? outcome === 'checked'
      : outcome === 'checked' || outcome === 'told';
  };
  const left = readinessRequirements
    .filter((requirement) => !meets(requirement))
    .map(({ step }) => ({ step, outcome: stepOutcome(progress, step) }));
  const by = (outcome: StepOutcome) =>
    reportedSteps.filter((step) => stepOutcome(progress, step) === outcome);
  return {
    ready: left.length === 0,
    met: readinessRequirements.length - left.length,
    of: readinessRequirements.length,
    left,
    checked: by('checked'),
    told: by('told'),
    skipped: by('skipped'),
  };
}
