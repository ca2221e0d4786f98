import { failureCode, type PendingSignIn } from './sign-in-attempt';
import type { TokenSet } from './oauth-endpoints';
import { ZoomError } from './zoom-errors';

/** The attempt in progress, as the sign-in service sees it. */
export interface SignInInProgress<T> {
  readonly ready: Promise<PendingSignIn>;
  readonly result: Promise<T>;
  readonly authorizeUrl: string | null;
}

interface Attempt<T> extends SignInInProgress<T> {
  authorizeUrl: string | null;
  cancelled: boolean;
}

/**
 * Keeps sign-in to one attempt at a time: `begin` hands back the running attempt if there is one.
 * When the code has been exchanged, `finish` turns the tokens into a result; the waiting browser
 * tab is then told whether it worked.
 */
export class SingleSignIn<T> {
  readonly #start: () => Promise<PendingSignIn>;
  readonly #finish: (tokens: TokenSet) => Promise<T>;
  readonly #onFailure: (error: unknown) => void;
  #attempt: Attempt<T> | null = null;

  constructor(
    start: () => Promise<PendingSignIn>,
    finish: (tokens: TokenSet) => Promise<T>,
    onFailure: (error: unknown) => void,
  ) {
    this.#start = start;
    this.#finish = finish;
    this.#onFailure = onFailure;
  }

  /** The attempt in progress, or null. */
  get current(): SignInInProgress<T> | null {
    return this.#attempt;
  }

  /** The running attempt, or a new one. */
  begin(): SignInInProgress<T> {
    if (this.#attempt) return this.#attempt;
    const ready = this.#start();
    const attempt: Attempt<T> = {
      ready,
      authorizeUrl: null,
      cancelled: false,
      result: ready.then(async (pending) => {
        if (attempt.cancelled) pending.cancel('sign-in-cancelled');
        const { tokens, respond } = await pending.exchanged;
        try {
          if (attempt.cancelled) throw new ZoomError('sign-in-cancelled');
          const result = await this.#finish(tokens);
          respond('signed-in');
          return result;
        } catch (error) {
          respond(failureCode(error));
          throw error;
        }
      }),
    };
    const clear = () => {
      if (this.#attempt === attempt) this.#attempt = null;
    };
    attempt.result.then(clear, (error: unknown) => {
      clear();
      this.#onFailure(error);
    });
    ready.then((pending) => {
      attempt.authorizeUrl = pending.authorizeUrl;
    }, clear);
    this.#attempt = attempt;
    return attempt;
  }

  /** Stops the attempt in progress, if any; its result fails with 'sign-in-cancelled'. */
  cancel(): void {
    const attempt = this.#attempt;
    if (!attempt) return;
    attempt.cancelled = true;
    attempt.ready.then(
      (pending) => pending.cancel('sign-in-cancelled'),
      () => undefined,
    );
  }
}
