import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ReadyRoomApi } from '../../shared/api';
import { createAppSlice, type AppSlice } from './app-slice';
import { createCheckSlice, type CheckSlice } from './check-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createTeamSlice, type TeamSlice } from './team-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createWizardSlice, type WizardSlice } from './wizard-slice';

export type AppState = AppSlice & UiSlice & WizardSlice & CheckSlice & SessionSlice & TeamSlice;
export type AppStore = StoreApi<AppState>;

/** The one store, made of slices, talking to the backend through `api` (a fake in tests). */
export function createAppStore(api: ReadyRoomApi): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createAppSlice(api)(...a),
    ...createUiSlice(...a),
    ...createWizardSlice(api)(...a),
    ...createCheckSlice(api)(...a),
    ...createSessionSlice(api)(...a),
    ...createTeamSlice(api)(...a),
  }));
}
