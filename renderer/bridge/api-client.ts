import {
  ApiEnvelope,
  apiCallNames,
  apiCalls,
  apiEvents,
  type ApiEventName,
  type ReadyRoomApi,
  type ReadyRoomTransport,
} from '../../shared/api';
import { ApiError } from '../../shared/errors';

/**
 * Wraps the raw transport (Electron's preload or the browser host's HTTP) into typed calls that
 * check every answer against the contract and throw `ApiError` with a code to translate.
 */
export function createApiClient(transport: ReadyRoomTransport): ReadyRoomApi {
  const client: Record<string, unknown> = {};
  for (const name of apiCallNames) {
    client[name] = async (args: unknown) => {
      let raw: unknown;
      try {
        raw = await transport[name](args ?? {});
      } catch (error) {
        throw new ApiError('backend-unreachable', String(error));
      }
      const envelope = ApiEnvelope.safeParse(raw);
      if (!envelope.success) throw new ApiError('internal', `Malformed answer to ${name}`);
      if (!envelope.data.ok)
        throw new ApiError(envelope.data.error.code, envelope.data.error.detail);
      const value = apiCalls[name].result.safeParse(envelope.data.value);
      if (!value.success) throw new ApiError('internal', `Unexpected answer to ${name}`);
      return value.data;
    };
  }
  client.on = (event: ApiEventName, listener: (payload: unknown) => void) =>
    transport.on(event, (payload) => {
      const parsed = apiEvents[event].safeParse(payload);
      if (parsed.success) listener(parsed.data);
    });
  return client as ReadyRoomApi;
}
