import {
  ApiEnvelope,
  apiCallNames,
  apiEvents,
  type ApiEventName,
  type ReadyRoomApi,
  type ReadyRoomTransport,
} from '../../shared/api';
import { ApiError } from '../../shared/errors';

/**
 * Wraps the raw transport (Electron's preload or the browser host's HTTP) into typed calls that
 * throw `ApiError` with a code to translate.
 *
 * Each answer is checked against the contract once on its way: by the backend's `dispatchCall`,
 * which every transport goes through, before it is sent. Here only the envelope is checked (its
 * value is the one dispatch checked), so a team of 10,000 people is not parsed a second time
 * between its arrival and the first rows. Events are checked here: nothing checks them before.
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
      if (envelope.data.value === undefined)
        throw new ApiError('internal', `Unexpected answer to ${name}`);
      return envelope.data.value;
    };
  }
  client.on = (event: ApiEventName, listener: (payload: unknown) => void) =>
    transport.on(event, (payload) => {
      const parsed = apiEvents[event].safeParse(payload);
      if (parsed.success) listener(parsed.data);
    });
  return client as ReadyRoomApi;
}
