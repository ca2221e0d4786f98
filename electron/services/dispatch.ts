import { z } from 'zod';
import { apiCalls, isApiCallName, type ApiEnvelope, type ApiHandlers } from '../../shared/api';
import { isApiError, type ErrorCode } from '../../shared/errors';
import type { Logger } from './log';
import { isZoomError } from './zoom/zoom-errors';

function failure(code: ErrorCode, detail?: string): ApiEnvelope {
  return {
    ok: false,
    error: detail === undefined ? { code } : { code, detail: detail.slice(0, 500) },
  };
}

/**
 * Runs one call from any transport: checks the name and the arguments against the contract, runs
 * the handler, checks its result, and turns every failure into a typed error. Never throws.
 */
export async function dispatchCall(
  handlers: ApiHandlers,
  name: string,
  rawArgs: unknown,
  log: Logger,
): Promise<ApiEnvelope> {
  if (!isApiCallName(name)) {
    log.warn('Rejected a call that is not in the contract', { name: name.slice(0, 80) });
    return failure('unknown-call');
  }
  const contract = apiCalls[name];
  const parsed = contract.args.safeParse(rawArgs === undefined ? {} : rawArgs);
  if (!parsed.success) {
    const detail = z.prettifyError(parsed.error);
    log.warn('Rejected a call with bad arguments', { name, detail });
    return failure('invalid-arguments', detail);
  }
  try {
    const handler = handlers[name] as (args: unknown) => Promise<unknown>;
    const value: unknown = await handler(parsed.data);
    return { ok: true, value: contract.result.parse(value) };
  } catch (error) {
    if (isApiError(error)) return failure(error.code, error.detail);
    if (isZoomError(error)) {
      log.warn('A call failed talking to Zoom', {
        name,
        code: error.code,
        zoomCode: error.zoomCode,
      });
      const envelope = failure(error.code, error.zoomMessage);
      return error.url && !envelope.ok
        ? { ...envelope, error: { ...envelope.error, url: error.url } }
        : envelope;
    }
    log.error('A call failed unexpectedly', { name, error: String(error) });
    return failure('internal');
  }
}
