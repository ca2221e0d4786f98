import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Language } from '../../../shared/settings';
import type { Logger } from '../log';
import { renderCallbackPage, type CallbackOutcome } from './callback-page';
import type { Clock } from './clock';
import { stateMatches } from './pkce';
import { ZoomError, type ZoomErrorCode } from './zoom-errors';

/** Zoom's authorization code lives 5 minutes, so waiting longer than that is pointless. */
export const defaultSignInTimeoutMs = 5 * 60 * 1000;

export const callbackPath = '/callback';

/** The one valid request: the authorization code, and the browser tab still waiting for a page. */
export interface LoopbackCallback {
  readonly code: string;
  /** Answers the waiting tab (once the code is exchanged) and closes the listener. */
  respond(outcome: CallbackOutcome): void;
}

export interface LoopbackOptions {
  readonly expectedState: string;
  /** The person's language at the moment the page is shown. */
  readonly language: () => Language;
  readonly clock: Clock;
  readonly log: Logger;
  readonly timeoutMs?: number;
}

export interface LoopbackListener {
  /** `http://127.0.0.1:<port>/callback` */
  readonly redirectUri: string;
  /** Resolves with the one valid callback; rejects with a ZoomError (denied, timed out, ...). */
  readonly callback: Promise<LoopbackCallback>;
  /** Resolves once the listener no longer accepts connections. */
  readonly closed: Promise<void>;
  /** Stops waiting (default 'sign-in-cancelled') and closes; a held tab gets the failure page. */
  cancel(code?: ZoomErrorCode): void;
}

const pageHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  // The URL carries the code: never let it leak as a referrer.
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  'X-Content-Type-Options': 'nosniff',
  Connection: 'close',
} as const;

/**
 * Starts the RFC 8252 loopback listener for one sign-in: 127.0.0.1, a port the OS picks, open
 * until one request with the right `state` arrives, the time-out passes, or it is cancelled.
 */
export async function startLoopbackListener(options: LoopbackOptions): Promise<LoopbackListener> {
  const { expectedState, language, clock, log } = options;
  let phase: 'waiting' | 'answering' | 'closed' = 'waiting';
  let sawWrongState = false;
  let held: http.ServerResponse | null = null;
  let resolveCallback!: (value: LoopbackCallback) => void;
  let rejectCallback!: (error: ZoomError) => void;
  const callback = new Promise<LoopbackCallback>((resolve, reject) => {
    resolveCallback = resolve;
    rejectCallback = reject;
  });
  // The caller may only look at `callback` later; a rejection before that is not "unhandled".
  callback.catch(() => undefined);

  const send = (res: http.ServerResponse, status: number, outcome: CallbackOutcome) => {
    res.writeHead(status, pageHeaders);
    res.end(renderCallbackPage(outcome, language()));
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== callbackPath) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      res.end('Not found');
      return;
    }
    if (phase !== 'waiting' || !stateMatches(expectedState, url.searchParams.get('state'))) {
      sawWrongState ||= phase === 'waiting';
      log.warn('Ignored a sign-in callback that does not belong to this sign-in', {
        hasState: url.searchParams.has('state'),
      });
      send(res, 400, 'wrong-request');
      return;
    }
    const error = url.searchParams.get('error');
    const code = url.searchParams.get('code');
    if (error !== null || !code) {
      const failure: ZoomErrorCode =
        error === 'access_denied' ? 'sign-in-denied' : 'sign-in-failed';
      log.warn('Zoom sent the person back without a code', { error: (error ?? '').slice(0, 80) });
      send(res, 400, failure);
      finish(failure);
      return;
    }
    phase = 'answering';
    cancelTimer();
    held = res;
    resolveCallback({
      code,
      respond: (outcome) => {
        if (held !== res) return;
        held = null;
        send(res, outcome === 'signed-in' ? 200 : 400, outcome);
        close();
      },
    });
  });

  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  const close = () => {
    if (phase === 'closed') return;
    phase = 'closed';
    cancelTimer();
    server.close();
    // Browsers keep idle connections open; they must not keep the port alive. A page still being
    // written goes out first: it was sent with `Connection: close`.
    server.closeIdleConnections();
  };
  const finish = (failure: ZoomErrorCode) => {
    if (phase === 'closed') return;
    rejectCallback(new ZoomError(failure));
    if (held) {
      const res = held;
      held = null;
      send(res, 400, failure);
    }
    close();
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const cancelTimer = clock.setTimeout(
    () => finish(sawWrongState ? 'sign-in-state-mismatch' : 'sign-in-timed-out'),
    options.timeoutMs ?? defaultSignInTimeoutMs,
  );
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}${callbackPath}`,
    callback,
    closed,
    cancel: (code = 'sign-in-cancelled') => finish(code),
  };
}
