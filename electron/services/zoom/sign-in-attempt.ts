import type { Language } from '../../../shared/settings';
import type { Logger } from '../log';
import type { CallbackOutcome } from './callback-page';
import type { Clock } from './clock';
import { startLoopbackListener } from './loopback-listener';
import type { ZoomOAuthEndpoints, TokenSet } from './oauth-endpoints';
import { createPkce, createState, type RandomBytes } from './pkce';
import { isZoomError, ZoomError, type ZoomErrorCode } from './zoom-errors';

export interface SignInAttemptPorts {
  readonly endpoints: ZoomOAuthEndpoints;
  readonly clock: Clock;
  readonly log: Logger;
  readonly language: () => Language;
  readonly timeoutMs?: number;
  readonly random?: RandomBytes;
}

/** Tokens from an exchanged code, and the browser tab still waiting to be told how it ended. */
export interface ExchangedCode {
  readonly tokens: TokenSet;
  respond(outcome: CallbackOutcome): void;
}

/** One sign-in in progress: its authorize URL, and the code exchange once the person is back. */
export interface PendingSignIn {
  readonly authorizeUrl: string;
  readonly exchanged: Promise<ExchangedCode>;
  /** Stops the attempt; a tab that is still waiting gets the failure page. */
  cancel(code?: ZoomErrorCode): void;
}

/** The code a failure is reported with on the callback page and to the caller. */
export function failureCode(error: unknown): ZoomErrorCode {
  return isZoomError(error) ? error.code : 'sign-in-failed';
}

/**
 * Starts one sign-in: a fresh PKCE pair and state, a loopback listener, and the authorize URL to
 * open. The code that comes back is exchanged here; what to do with the tokens is the caller's.
 */
export async function startSignInAttempt(ports: SignInAttemptPorts): Promise<PendingSignIn> {
  const pkce = createPkce(ports.random);
  const state = createState(ports.random);
  const listener = await startLoopbackListener({
    expectedState: state,
    language: ports.language,
    clock: ports.clock,
    log: ports.log,
    timeoutMs: ports.timeoutMs,
  }).catch((cause: unknown) => {
    // No port on 127.0.0.1 (a strict firewall or sandbox): nothing to send Zoom's answer to.
    throw new ZoomError('sign-in-failed', { cause });
  });
  let cancelledWith: ZoomErrorCode | null = null;

  const exchanged = (async (): Promise<ExchangedCode> => {
    const callback = await listener.callback;
    let tokens: TokenSet;
    try {
      tokens = await ports.endpoints.exchangeCode({
        code: callback.code,
        redirectUri: listener.redirectUri,
        verifier: pkce.verifier,
      });
    } catch (error) {
      callback.respond(cancelledWith ?? failureCode(error));
      throw cancelledWith ? new ZoomError(cancelledWith) : error;
    }
    if (cancelledWith) {
      callback.respond(cancelledWith);
      throw new ZoomError(cancelledWith);
    }
    return { tokens, respond: callback.respond };
  })();
  exchanged.catch(() => undefined);

  return {
    authorizeUrl: ports.endpoints.authorizeUrl({
      redirectUri: listener.redirectUri,
      challenge: pkce.challenge,
      state,
    }),
    exchanged,
    cancel: (code = 'sign-in-cancelled') => {
      cancelledWith ??= code;
      listener.cancel(code);
    },
  };
}
