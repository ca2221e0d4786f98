import { createContext, useContext, type ReactNode } from 'react';
import type { ReadyRoomApi } from '../../shared/api';

const BridgeContext = createContext<ReadyRoomApi | null>(null);

/**
 * Gives the desktop's own components (the helper report, update and invitation notices, the error
 * boundary) the backend, so they need nothing from the store's slices.
 */
export function BridgeProvider({ api, children }: { api: ReadyRoomApi; children: ReactNode }) {
  return <BridgeContext.Provider value={api}>{children}</BridgeContext.Provider>;
}

/** The backend, or null where no provider gave one (those components then show nothing). */
export function useBridge(): ReadyRoomApi | null {
  return useContext(BridgeContext);
}
