import type { StateCreator } from 'zustand';
import type { ReadyRoomApi } from '../../shared/api';
import type { AppState } from './store';

/** The admin's team: snapshot, refresh and fixes. */
export type TeamSlice = Record<never, never>;

/** The dashboard's state. */
export const createTeamSlice =
  (_api: ReadyRoomApi): StateCreator<AppState, [], [], TeamSlice> =>
  () => ({});
