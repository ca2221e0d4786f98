import { controlHeaders } from '../support/sandbox-control';
import { createSandboxClock, type SandboxClock } from '../../electron/sandbox/clock';
import {
  startSandbox,
  type RunningSandbox,
  type SandboxOptions,
} from '../../electron/sandbox/server';
import { crossCuttingErrors, undocumentedErrors } from './sandbox-spec-allowances';
import type { ZoomSpec } from './sandbox-spec';

/** An HTTP answer, with the raw text kept (64-bit ids must be read from it). */
export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: unknown;
}

export interface TestSandbox {
  readonly sandbox: RunningSandbox;
  readonly clock: SandboxClock;
  readonly url: string;
  /** A token from the control endpoint (no email: the owner with every scope). */
  token(request?: { email?: string; scopes?: string[]; expiresIn?: number }): Promise<string>;
  /** Calls /v2 with a bearer token. */
  api(method: string, path: string, options?: { token?: string; body?: unknown }): Promise<Reply>;
  /** Calls a /_sandbox control endpoint. */
  control(path: string, body?: unknown): Promise<Reply>;
  close(): Promise<void>;
}

/** 3 March 2025, 15:00 UTC: a fixed sandbox "now" so every run sees the same dates. */
export const fixedStart = Date.UTC(2025, 2, 3, 15, 0, 0);

async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Starts a sandbox on an ephemeral port with a frozen clock (rate limits off unless asked). */
export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const clock = options.clock ?? createSandboxClock({ start: fixedStart, frozen: true });
  const sandbox = await startSandbox({ rateLimits: 'off', ...options, clock });
  const control = async (path: string, body?: unknown) =>
    reply(
      await fetch(`${sandbox.url}/_sandbox/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: controlHeaders(sandbox),
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  return {
    sandbox,
    clock,
    url: sandbox.url,
    control,
    token: async (request = {}) => {
      const answer = await control('tokens', request);
      const token = (answer.json as { access_token?: unknown } | undefined)?.access_token;
      if (typeof token !== 'string') throw new Error(`No token: ${answer.text}`);
      return token;
    },
    api: async (method, path, options = {}) =>
      reply(
        await fetch(`${sandbox.url}/v2${path}`, {
          method,
          headers: {
            ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
            ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
        }),
      ),
    close: () => sandbox.close(),
  };
}

/**
 * What is wrong with an answer, judged by Zoom's file: a success must be a status the operation
 * documents, with a body matching its (closed) schema; an error must be `{code, message}` with a
 * status and code the operation documents, or one of Zoom's cross-cutting errors.
 */
export function contractProblems(spec: ZoomSpec, operationId: string, answer: Reply): string[] {
  if (answer.status >= 200 && answer.status < 300) {
    let validator;
    try {
      validator = spec.successValidator(operationId, answer.status);
    } catch (error) {
      return [String(error)];
    }
    if (!validator) return answer.text === '' ? [] : [`${answer.status} should have no body`];
    if (validator(answer.json)) return [];
    return (validator.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    );
  }
  if (!spec.errorValidator(answer.json))
    return [`error body is not {code, message}: ${answer.text.slice(0, 200)}`];
  const { code } = answer.json as { code: number };
  const documented = spec.documentedCodes(operationId, answer.status).includes(code);
  const crossCutting = crossCuttingErrors.some(
    (e) => e.status === answer.status && e.code === code,
  );
  const known = undocumentedErrors.some(
    (e) => e.operationId === operationId && e.status === answer.status && e.code === code,
  );
  return documented || crossCutting || known
    ? []
    : [`${operationId} does not document status ${answer.status} with code ${code}`];
}

/** Zoom's error code in an answer, if any. */
export function codeOf(answer: Reply): number | undefined {
  return (answer.json as { code?: number } | undefined)?.code;
}

/** An assertion that an answer keeps to Zoom's file (see contractProblems). */
export function conformsTo(spec: ZoomSpec): (operationId: string, answer: Reply) => void {
  return (operationId, answer) => {
    expect(contractProblems(spec, operationId, answer), answer.text.slice(0, 300)).toEqual([]);
  };
}
