import { ZoomErrorBody } from '../../../shared/zoom';
import type { Logger } from '../log';
import { sleep, type Clock } from './clock';
import { parseJsonKeepingLongIntegers } from './long-integers';
import { noAnswerCode } from './network-failure';
import type { FetchPort } from './oauth-endpoints';
import type { RateCategory, RateLimiter } from './rate-limiter';
import { ZoomError, zoomErrorFromResponse } from './zoom-errors';

/** Where the client gets its access token (the sign-in service). */
export interface AccessTokenSource {
  /** A token that is valid now (renewed shortly before expiry). */
  getAccessToken(): Promise<string>;
  /** Zoom refused `rejected`: renew it (once, shared by everyone who saw the refusal). */
  handleUnauthorized(rejected: string): Promise<void>;
}

export interface ZoomRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path under the API base, already encoded, e.g. `/users/me`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: unknown;
  readonly category: RateCategory;
  /** Whether sending it twice does no harm, so 5xx, network errors and time-outs are retried. */
  readonly retrySafe: boolean;
}

export interface ZoomHttpOptions {
  readonly apiBase: string;
  readonly fetch: FetchPort;
  readonly clock: Clock;
  readonly tokens: AccessTokenSource;
  readonly limiter: RateLimiter;
  readonly log: Logger;
  /** 0 ≤ x < 1, for back-off jitter. */
  readonly random?: () => number;
  /** Per attempt. */
  readonly timeoutMs?: number;
  /** Retries after 5xx / network errors / time-outs (retry-safe requests only). */
  readonly maxRetries?: number;
  /** Retries after a 429. */
  readonly maxRateLimitRetries?: number;
  /** A 429 asking to wait longer than this is reported instead of waited out. */
  readonly maxRateLimitWaitMs?: number;
  readonly backoffBaseMs?: number;
}

/** What a caller may be told while its request is under way. */
export interface SendWatch {
  /** The request went out (once per attempt). */
  readonly sent?: () => void;
  /**
   * A successful answer's first bytes, as soon as they arrive (once the text holds the start of
   * a list, or 2000 characters, or all of it), while the rest is still coming: a page's
   * next_page_token comes before its people, so the next page can be asked for before the rest
   * of this one has arrived. Told once per answer, before `answered`.
   */
  readonly head?: (head: string) => void;
  /**
   * A successful answer's text, before it is parsed. What it returns is waited for before the
   * parse (which holds the thread for a big answer), so work it starts — the next page's
   * request — goes out first.
   */
  readonly answered?: (text: string) => Promise<void> | void;
}

type Attempt =
  | { readonly kind: 'answer'; readonly response: Response; readonly text: string }
  | { readonly kind: 'failed'; readonly timedOut: boolean; readonly cause: unknown };

/** Seconds or an HTTP date, as Zoom may send in Retry-After; ms from now, or null. */
export function retryAfterMs(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.ceil(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function errorBody(text: string): ZoomErrorBody | null {
  try {
    const parsed = ZoomErrorBody.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** How much of an answer `SendWatch.head` waits for when no list has started by then. */
const headLength = 2000;

/** The answer's whole text (as `Response.text()` reads it), telling `head` its first bytes. */
async function readTelling(response: Response, head: (text: string) => void): Promise<string> {
  if (!response.body) {
    const text = await response.text();
    head(text);
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let length = 0;
  let told = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const part = decoder.decode(value, { stream: true });
    parts.push(part);
    length += part.length;
    if (!told && (length >= headLength || part.includes('['))) {
      told = true;
      head(parts.join(''));
    }
  }
  parts.push(decoder.decode());
  const text = parts.join('');
  if (!told) head(text);
  return text;
}

/** One Zoom REST call with the rules every call follows: limits, time-out, retries, typed errors. */
export class ZoomHttp {
  readonly #o: ZoomHttpOptions;
  readonly #random: () => number;

  constructor(options: ZoomHttpOptions) {
    this.#o = options;
    this.#random = options.random ?? Math.random;
  }

  /**
   * Sends the request; resolves with the parsed JSON (64-bit integers as strings) or undefined.
   * `watch.sent` is told each time the request goes out (after the limiter and the token), so a
   * caller can do its own work while Zoom answers rather than before the request leaves;
   * `watch.answered` gets a successful answer's text before it is parsed (and the parse waits
   * for what it returns).
   */
  async send(request: ZoomRequest, watch: SendWatch = {}): Promise<unknown> {
    const { clock, limiter, tokens, log } = this.#o;
    const maxRetries = this.#o.maxRetries ?? 3;
    const maxRateRetries = this.#o.maxRateLimitRetries ?? 10;
    let retries = 0;
    let rateRetries = 0;
    let renewed = false;
    for (;;) {
      await limiter.acquire(request.category);
      const token = await tokens.getAccessToken();
      const attempt = await this.#attempt(request, token, watch);

      if (attempt.kind === 'failed') {
        if (request.retrySafe && retries < maxRetries) {
          await sleep(clock, this.#backoff(retries));
          retries += 1;
          continue;
        }
        throw new ZoomError(noAnswerCode(attempt.cause, attempt.timedOut), {
          cause: attempt.cause,
        });
      }

      const { response, text } = attempt;
      if (response.ok) {
        if (!text.trim()) return undefined;
        const first = watch.answered?.(text);
        if (first) await first;
        return this.#parse(text, response.status);
      }
      const body = errorBody(text);

      if (response.status === 401 || body?.code === 124) {
        if (renewed) throw zoomErrorFromResponse(response.status, body);
        renewed = true;
        await tokens.handleUnauthorized(token);
        continue;
      }

      if (response.status === 429) {
        const headers = response.headers;
        const type = headers.get('X-RateLimit-Type') ?? '';
        const wait = retryAfterMs(headers.get('Retry-After'), clock.now());
        const details = { status: 429, zoomCode: body?.code, zoomMessage: body?.message };
        log.warn('Zoom asked ReadyRoom to slow down', {
          category: headers.get('X-RateLimit-Category'),
          type,
          limit: headers.get('X-RateLimit-Limit'),
          remaining: headers.get('X-RateLimit-Remaining'),
          retryAfter: headers.get('Retry-After'),
        });
        if (/daily/i.test(type) || /daily/i.test(body?.message ?? '')) {
          const retryAt = wait === null ? undefined : clock.now() + wait;
          throw new ZoomError('daily-limit', { ...details, retryAt });
        }
        const delay = wait ?? this.#backoff(rateRetries);
        if (rateRetries >= maxRateRetries || delay > (this.#o.maxRateLimitWaitMs ?? 60_000)) {
          throw new ZoomError('rate-limited', { ...details, retryAt: clock.now() + delay });
        }
        // A 429 was not acted on, so any method may be sent again.
        rateRetries += 1;
        limiter.pause(request.category, clock.now() + delay);
        continue;
      }

      if (response.status >= 500 && request.retrySafe && retries < maxRetries) {
        await sleep(clock, this.#backoff(retries));
        retries += 1;
        continue;
      }
      throw zoomErrorFromResponse(response.status, body);
    }
  }

  async #attempt(request: ZoomRequest, token: string, watch: SendWatch): Promise<Attempt> {
    const url = new URL(`${this.#o.apiBase}${request.path}`);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const controller = new AbortController();
    const cancelTimer = this.#o.clock.setTimeout(
      () => controller.abort(new Error('Zoom did not answer in time')),
      this.#o.timeoutMs ?? 30_000,
    );
    try {
      const answer = this.#o.fetch(url.toString(), {
        method: request.method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
        redirect: 'error',
      });
      watch.sent?.();
      const response = await answer;
      const text =
        response.ok && watch.head ? await readTelling(response, watch.head) : await response.text();
      return { kind: 'answer', response, text };
    } catch (cause) {
      return { kind: 'failed', timedOut: controller.signal.aborted, cause };
    } finally {
      cancelTimer();
    }
  }

  #parse(text: string, status: number): unknown {
    try {
      return parseJsonKeepingLongIntegers(text);
    } catch (cause) {
      throw new ZoomError('zoom-answer-invalid', { status, cause });
    }
  }

  /** Exponential back-off with jitter: base·2^n, between half and all of it. */
  #backoff(attempt: number): number {
    const ceiling = (this.#o.backoffBaseMs ?? 500) * 2 ** attempt;
    return Math.round(ceiling / 2 + (ceiling / 2) * this.#random());
  }
}
