import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ReadyRoomApi } from '../../shared/api';
import { createAppSlice, type AppSlice } from './app-slice';
import { createCheckSlice, type CheckSlice } from './check-slice';
import { createConnectionSlice, type ConnectionSlice } from './connection-slice';
import { createHostKeySlice, type HostKeySlice } from './host-key-slice';
import { createReconnect, windowPorts, type Reconnect } from './reconnect';
import { createSessionSlice, resumeSessionWhenOnline, type SessionSlice } from './session-slice';
import { createTeamSlice, type TeamSlice } from './team-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createWizardSlice, type WizardSlice } from './wizard-slice';

export type AppState = AppSlice &
  UiSlice &
  WizardSlice &
  CheckSlice &
  ConnectionSlice &
  SessionSlice &
  TeamSlice &
  HostKeySlice;
export type AppStore = StoreApi<AppState>;

/**
 * The one store, made of slices, talking to the backend through `api` (a fake in tests). What
 * failed for want of Zoom is tried again through `reconnect` (the page's "online" event, timers).
 */
export function createAppStore(
  api: ReadyRoomApi,
  reconnect: Reconnect = createReconnect(windowPorts()),
): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createAppSlice(api)(...a),
    ...createUiSlice(...a),
    ...createWizardSlice(api)(...a),
    ...createCheckSlice(api, reconnect)(...a),
    ...createConnectionSlice(api, reconnect)(...a),
    ...createSessionSlice(api)(...a),
    ...createTeamSlice(api, reconnect)(...a),
    ...createHostKeySlice(api)(...a),
  }));
  resumeSessionWhenOnline(store, reconnect);
  return store;
}
