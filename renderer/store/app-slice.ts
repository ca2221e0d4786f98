import type { StateCreator } from 'zustand';
import type { AppInfo, NoticeCode, ReadyRoomApi } from '../../shared/api';
import type { Language, Role, Settings } from '../../shared/settings';
import { attempt, type SliceError } from './slice-error';
import type { AppState } from './store';

export interface AppSlice {
  readonly info: AppInfo | null;
  readonly settings: Settings | null;
  /** Set when the first load failed; the UI offers "Try again". */
  readonly loadError: SliceError;
  load(): Promise<void>;
  chooseRole(role: Role | null): Promise<void>;
  chooseLanguage(language: Language): Promise<void>;
  dismissNotice(notice: NoticeCode): Promise<void>;
  /** Points ReadyRoom at the organisation's Zoom app (client id), or back at the demo (null). */
  setZoomClientId(clientId: string | null): Promise<void>;
  /** Opens an allowed link (https on Zoom or ReadyRoom's help, or mailto) in the browser. */
  openExternal(url: string): Promise<void>;
  /** Wires backend events into the store; returns the function that unwires them. */
  listen(): () => void;
}

/** App info and the person's settings, as the backend knows them. */
export const createAppSlice =
  (api: ReadyRoomApi): StateCreator<AppState, [], [], AppSlice> =>
  (set, get) => ({
    info: null,
    settings: null,
    loadError: null,
    load: async () => {
      set({ loadError: null });
      const loadError = await attempt(async () => {
        const [info, settings] = await Promise.all([api.getAppInfo({}), api.getSettings({})]);
        set({ info, settings });
      });
      set({ loadError });
    },
    chooseRole: async (role) => {
      await get().run(async () => set({ settings: await api.updateSettings({ role }) }));
    },
    chooseLanguage: async (language) => {
      await get().run(async () => set({ settings: await api.updateSettings({ language }) }));
    },
    dismissNotice: async (notice) => {
      await get().run(async () => set({ info: await api.dismissNotice({ notice }) }));
    },
    setZoomClientId: async (clientId) => {
      await get().run(async () => {
        const info = await api.setZoomClientId({ clientId });
        set({ info, settings: await api.getSettings({}), session: await api.getSession({}) });
      });
    },
    openExternal: async (url) => {
      await get().run(async () => {
        await api.openExternal({ url });
      });
    },
    listen: () => {
      const offSettings = api.on('settingsChanged', (settings) => set({ settings }));
      const offInfo = api.on('appInfoChanged', (info) => set({ info }));
      const offProgress = api.on('progressChanged', (progress) => set({ progress }));
      const offSession = api.on('sessionChanged', (session) => set({ session }));
      return () => {
        offSettings();
        offInfo();
        offProgress();
        offSession();
      };
    },
  });
