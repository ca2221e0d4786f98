import type { StateCreator } from 'zustand';
import type { ReadyRoomApi } from '../../shared/api';
import type {
  StepCompletion,
  WizardAnswers,
  WizardProgress,
  WizardStepId,
} from '../../shared/wizard';
import type { InvitationChange } from '../../shared/invitation-changes';
import type { InvitationPack, PackParseReason } from '../../shared/invitation-pack';
import { MESSAGE_MAX_BYTES } from '../../shared/limits';
import type { AppState } from './store';

export interface WizardSlice {
  readonly progress: WizardProgress | null;
  /** What the last live check on each step saw, in words, for the "I'm stuck" message. */
  readonly checkNotes: Partial<Record<WizardStepId, string>>;
  setCheckNote(step: WizardStepId, note: string): void;
  loadProgress(): Promise<void>;
  goToStep(step: WizardStepId): Promise<void>;
  /** Marks a step done (checked, or vouched for by the person) and moves on to the next one. */
  completeStep(step: WizardStepId, how?: StepCompletion): Promise<void>;
  /** Marks a step skipped ("does not apply to me") and moves on. */
  skipStep(step: WizardStepId): Promise<void>;
  setAnswers(answers: Partial<WizardAnswers>): Promise<void>;
  restartWizard(): Promise<void>;
  /** Opens a pack; answers null when it worked, or the reason it was refused. */
  /** Opens a pack; with `replace`, the person confirmed the changes it makes. */
  openInvitation(
    kind: 'file' | 'link',
    text: string,
    replace?: boolean,
  ): Promise<InvitationOutcome>;
  forgetInvitation(): Promise<void>;
}

/** What opening an invitation came to: opened, refused (and why), or waiting for the person's yes. */
export type InvitationOutcome =
  | { readonly status: 'opened' }
  /** The call itself failed; the app's banner says why. */
  | { readonly status: 'failed' }
  | { readonly status: 'refused'; readonly reason: PackParseReason | 'read-failed' }
  | {
      readonly status: 'confirm';
      readonly pack: InvitationPack;
      readonly changes: ReadonlyArray<InvitationChange>;
    };

/**
 * The invitee's place in the wizard. Every write is saved by the backend, which announces the
 * saved progress (`progressChanged`, wired in `listen`) before it answers: that event is the one
 * way a write's progress reaches the store, so the answers here are not read for it.
 */
export const createWizardSlice =
  (api: ReadyRoomApi): StateCreator<AppState, [], [], WizardSlice> =>
  (set, get) => {
    const write = (call: () => Promise<unknown>) =>
      get().run(async () => {
        await call();
      });
    return {
      progress: null,
      checkNotes: {},
      setCheckNote: (step, note) => set({ checkNotes: { ...get().checkNotes, [step]: note } }),
      loadProgress: async () => {
        // A read announces nothing, so its answer is the progress.
        await get().run(async () => set({ progress: await api.getWizardProgress({}) }));
      },
      goToStep: (step) => write(() => api.saveWizardProgress({ currentStep: step })),
      // The backend applies the step rules (shared/wizard.ts) to the progress it holds.
      completeStep: (step, how = 'checked') => write(() => api.completeWizardStep({ step, how })),
      skipStep: (step) => write(() => api.skipWizardStep({ step })),
      setAnswers: async (answers) => {
        // Show the choice at once; the saved copy replaces it when the backend announces it.
        const progress = get().progress;
        if (progress)
          set({ progress: { ...progress, answers: { ...progress.answers, ...answers } } });
        await write(() => api.saveWizardProgress({ answers }));
      },
      openInvitation: async (kind, text, replace = false) => {
        let outcome: InvitationOutcome = { status: 'failed' };
        await get().run(async () => {
          const result = await api.openInvitation({
            kind,
            text: text.slice(0, MESSAGE_MAX_BYTES),
            ...(replace ? { replace } : {}),
          });
          outcome = result.ok
            ? { status: 'opened' }
            : result.reason === 'needs-confirmation'
              ? { status: 'confirm', pack: result.pack, changes: result.changes }
              : { status: 'refused', reason: result.reason };
        });
        return outcome;
      },
      forgetInvitation: () => write(() => api.forgetInvitation({})),
      restartWizard: () => write(() => api.restartWizard({})),
    };
  };
