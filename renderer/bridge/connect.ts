import type { ReadyRoomApi, ReadyRoomTransport } from '../../shared/api';
import { createApiClient } from './api-client';
import { createHttpTransport } from './http-transport';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in the browser host. */
    readyroom?: ReadyRoomTransport;
  }
}

/**
 * Finds the backend: Electron's preload bridge, or the browser host's token in the page. Null when
 * the page was opened some other way (the UI then says how to start ReadyRoom).
 */
export function connectToBackend(
  doc: Document = document,
  win: Window = window,
): ReadyRoomApi | null {
  if (win.readyroom) return createApiClient(win.readyroom);
  const token = doc.querySelector<HTMLMetaElement>('meta[name="readyroom-host-token"]')?.content;
  if (token) return createApiClient(createHttpTransport(token));
  return null;
}
