import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  apiCallNames,
  ipcChannel,
  ipcEventChannel,
  isApiEventName,
  type ApiEventName,
  type ReadyRoomTransport,
} from '../../shared/api';

const calls = Object.fromEntries(
  apiCallNames.map((name) => [name, (args: unknown) => ipcRenderer.invoke(ipcChannel(name), args)]),
);

function on(event: ApiEventName, listener: (payload: unknown) => void): () => void {
  if (!isApiEventName(event)) throw new Error('Unknown event');
  const handler = (_e: IpcRendererEvent, message: { name?: unknown; payload?: unknown }) => {
    if (message?.name === event) listener(message.payload);
  };
  ipcRenderer.on(ipcEventChannel, handler);
  return () => {
    ipcRenderer.removeListener(ipcEventChannel, handler);
  };
}

const transport = { ...calls, on } as ReadyRoomTransport;

contextBridge.exposeInMainWorld('readyroom', transport);
