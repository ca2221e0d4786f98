import type { StateCreator } from 'zustand';
import type { ReadyRoomApi } from '../../shared/api';
import {
  wizardStepIds,
  type WizardAnswers,
  type WizardProgress,
  type WizardStepId,
} from '../../shared/wizard';
import type { PackParseReason } from '../../shared/invitation-pack';
import type { AppState } from './store';

export interface WizardSlice {
  readonly progress: WizardProgress | null;
  /** What the last live check on each step saw, in words, for the "I'm stuck" message. */
  readonly checkNotes: Partial<Record<WizardStepId, string>>;
  setCheckNote(step: WizardStepId, note: string): void;
  loadProgress(): Promise<void>;
  goToStep(step: WizardStepId): Promise<void>;
  /** Marks a step done (checked, or vouched for by the person) and moves on to the next one. */
  completeStep(step: WizardStepId, how?: 'checked' | 'self-reported'): Promise<void>;
  /** Marks a step skipped ("does not apply to me") and moves on. */
  skipStep(step: WizardStepId): Promise<void>;
  setAnswers(answers: Partial<WizardAnswers>): Promise<void>;
  restartWizard(): Promise<void>;
  /** Opens a pack; answers null when it worked, or the reason it was refused. */
  openInvitation(kind: 'file' | 'link', text: string): Promise<PackParseReason | null>;
  forgetInvitation(): Promise<void>;
}

function nextStep(step: WizardStepId): WizardStepId {
  const index = wizardStepIds.indexOf(step);
  return wizardStepIds[Math.min(index + 1, wizardStepIds.length - 1)]!;
}

/** The invitee's place in the wizard; every change is saved by the backend at once. */
export const createWizardSlice =
  (api: ReadyRoomApi): StateCreator<AppState, [], [], WizardSlice> =>
  (set, get) => ({
    progress: null,
    checkNotes: {},
    setCheckNote: (step, note) => set({ checkNotes: { ...get().checkNotes, [step]: note } }),
    loadProgress: async () => {
      await get().run(async () => set({ progress: await api.getWizardProgress({}) }));
    },
    goToStep: async (step) => {
      await get().run(async () =>
        set({ progress: await api.saveWizardProgress({ currentStep: step }) }),
      );
    },
    completeStep: async (step, how = 'checked') => {
      const progress = get().progress;
      if (!progress) return;
      const others = progress.selfReported.filter((s) => s !== step);
      await get().run(async () =>
        set({
          progress: await api.saveWizardProgress({
            currentStep: nextStep(step),
            completed: [...progress.completed, step],
            skipped: progress.skipped.filter((s) => s !== step),
            selfReported: how === 'self-reported' ? [...others, step] : others,
          }),
        }),
      );
    },
    skipStep: async (step) => {
      const progress = get().progress;
      if (!progress) return;
      await get().run(async () =>
        set({
          progress: await api.saveWizardProgress({
            currentStep: nextStep(step),
            skipped: [...progress.skipped, step],
            completed: progress.completed.filter((s) => s !== step),
          }),
        }),
      );
    },
    setAnswers: async (answers) => {
      // Show the choice at once; the saved copy replaces it when the backend answers.
      const progress = get().progress;
      if (progress)
        set({ progress: { ...progress, answers: { ...progress.answers, ...answers } } });
      await get().run(async () => set({ progress: await api.saveWizardProgress({ answers }) }));
    },
    openInvitation: async (kind, text) => {
      let reason: PackParseReason | null = null;
      await get().run(async () => {
        const result = await api.openInvitation({ kind, text: text.slice(0, 64 * 1024) });
        if (result.ok) set({ progress: result.progress });
        else reason = result.reason;
      });
      return reason;
    },
    forgetInvitation: async () => {
      await get().run(async () => set({ progress: await api.forgetInvitation({}) }));
    },
    restartWizard: async () => {
      await get().run(async () => set({ progress: await api.restartWizard({}) }));
    },
  });
