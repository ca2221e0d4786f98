import { ipcChannel, apiCallNames, type ApiEnvelope, type ApiHandlers } from '../../shared/api';
import { dispatchCall } from '../services/dispatch';
import type { Logger } from '../services/log';

/** The parts of an IPC event the sender check reads. */
export interface IpcEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of Electron's ipcMain used here, so tests can pass a fake. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

/** Decides whether a message comes from one of our windows showing our own page. */
export type SenderCheck = (event: IpcEventLike) => boolean;

/**
 * Trusts only the given WebContents ids, and only while their frame shows a page of exactly our
 * origin (`app://readyroom`): not a prefix match, so `app://readyroom.evil` is a stranger.
 */
export function trustedSenderCheck(
  trustedIds: () => ReadonlySet<number>,
  isOurPage: (url: string) => boolean,
): SenderCheck {
  return (event) => {
    const frameUrl = event.senderFrame?.url;
    return trustedIds().has(event.sender.id) && frameUrl !== undefined && isOurPage(frameUrl);
  };
}

/**
 * Registers one handler per call in the contract. A message from a stranger, or with arguments the
 * contract rejects, is logged and answered with a typed error; nothing here throws.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: ApiHandlers,
  isTrustedSender: SenderCheck,
  log: Logger,
): void {
  for (const name of apiCallNames) {
    ipcMain.handle(ipcChannel(name), async (event, ...args): Promise<ApiEnvelope> => {
      if (!isTrustedSender(event)) {
        log.warn('Dropped a call from a sender that is not one of our windows', {
          name,
          url: event.senderFrame?.url.slice(0, 200) ?? 'unknown',
        });
        return { ok: false, error: { code: 'untrusted-sender' } };
      }
      if (args.length > 1)
        return { ok: false, error: { code: 'invalid-arguments', detail: 'One argument only' } };
      return dispatchCall(handlers, name, args[0], log);
    });
  }
}
