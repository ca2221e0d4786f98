import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
// Names only: the contract's schemas (and zod) stay out of the preload. The renderer checks every
// answer against the schemas itself (renderer/bridge/api-client.ts).
import {
  apiCallNameList,
  apiEventNameList,
  callChannel,
  eventChannel,
} from '../../shared/api-names';
import type { ReadyRoomTransport } from '../../shared/api';

const eventNames: ReadonlySet<string> = new Set(apiEventNameList);

const calls = Object.fromEntries(
  apiCallNameList.map((name) => [
    name,
    (args: unknown) => ipcRenderer.invoke(callChannel(name), args),
  ]),
);

/** Subscribes to one backend event; the page gets the payload only, never the IPC event. */
function on(event: string, listener: (payload: unknown) => void): () => void {
  if (!eventNames.has(event)) throw new Error('Unknown event');
  const handler = (_e: IpcRendererEvent, message: { name?: unknown; payload?: unknown }) => {
    if (message?.name === event) listener(message.payload);
  };
  ipcRenderer.on(eventChannel, handler);
  return () => {
    ipcRenderer.removeListener(eventChannel, handler);
  };
}

const transport = { ...calls, on } as ReadyRoomTransport;

contextBridge.exposeInMainWorld('readyroom', transport);
