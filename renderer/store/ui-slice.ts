import type { StateCreator } from 'zustand';
import { attempt, type SliceError } from './slice-error';
import type { AppState } from './store';

export interface UiSlice {
  /** The last action's failure, shown in an alert until dismissed or the next success. */
  readonly actionError: SliceError;
  readonly busy: boolean;
  /** Runs an action, keeping `busy` and `actionError` true to what happened. */
  run(action: () => Promise<void>): Promise<void>;
  clearError(): void;
}

/** What the UI is doing right now: busy, and the last error to show. */
export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  actionError: null,
  busy: false,
  run: async (action) => {
    set({ busy: true });
    const actionError = await attempt(action);
    set({ busy: false, actionError });
  },
  clearError: () => set({ actionError: null }),
});
