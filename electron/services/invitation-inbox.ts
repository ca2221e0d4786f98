import type { ApiHandlers, InvitationOutcome, OpenInvitationResult } from '../../shared/api';
import { MESSAGE_MAX_BYTES } from '../../shared/limits';
import { dispatchCall } from './dispatch';
import type { Logger } from './log';

export interface InvitationInboxPorts {
  readonly handlers: ApiHandlers;
  readonly log: Logger;
  /** Sends the outcome to every open window (`invitationOutcome`). */
  readonly announce: (outcome: InvitationOutcome) => void;
  /** Brings the window forward (or opens one). */
  readonly focusWindow: () => void;
  /**
   * Reads at most `maxBytes` of a file the person opened with ReadyRoom (null: it could not be
   * read). A longer file is cut, and the pack parser then says it is too large.
   */
  readonly readFile: (path: string, maxBytes: number) => Promise<string | null>;
}

/**
 * The one way in for invitations that come from outside the window: the File menu, a file opened
 * with ReadyRoom, a readyroom: link at launch or while running. Each goes through the same
 * dispatch as the renderer's own calls (arguments checked, failures typed), and its outcome is
 * announced, so the person always sees a sentence. An outcome that arrives before any window
 * listens (a link that started the app) waits until the window takes it.
 */
export class InvitationInbox {
  readonly #ports: InvitationInboxPorts;
  #pending: InvitationOutcome | null = null;
  #listening = false;

  constructor(ports: InvitationInboxPorts) {
    this.#ports = ports;
  }

  /** Opens a readyroom: link. */
  openLink(url: string): Promise<InvitationOutcome> {
    return this.#open('link', url.slice(0, MESSAGE_MAX_BYTES));
  }

  /** Opens an invitation file by its path. */
  async openFile(filePath: string): Promise<InvitationOutcome> {
    let text: string | null = null;
    try {
      text = await this.#ports.readFile(filePath, MESSAGE_MAX_BYTES);
    } catch (error) {
      this.#ports.log.warn('Could not read an invitation file', { error: String(error) });
    }
    if (text === null) {
      this.#ports.focusWindow();
      return this.#deliver({ source: 'file', status: 'unreadable' });
    }
    return this.#open('file', text.slice(0, MESSAGE_MAX_BYTES));
  }

  /** The window is listening: hands it what arrived before, if anything. */
  take(): InvitationOutcome | null {
    this.#listening = true;
    const pending = this.#pending;
    this.#pending = null;
    return pending;
  }

  /** No window is open any more: the next outcome waits for one. */
  windowsClosed(): void {
    this.#listening = false;
  }

  async #open(source: 'link' | 'file', text: string): Promise<InvitationOutcome> {
    this.#ports.focusWindow();
    const envelope = await dispatchCall(
      this.#ports.handlers,
      'openInvitation',
      { kind: source, text },
      this.#ports.log,
    );
    const outcome: InvitationOutcome = envelope.ok
      ? { source, status: 'answered', result: envelope.value as OpenInvitationResult }
      : { source, status: 'failed', error: envelope.error.code };
    return this.#deliver(outcome);
  }

  #deliver(outcome: InvitationOutcome): InvitationOutcome {
    if (this.#listening) this.#ports.announce(outcome);
    else this.#pending = outcome;
    return outcome;
  }
}
