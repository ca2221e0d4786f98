import type { StateCreator } from 'zustand';
import type { ReadyRoomApi } from '../../shared/api';
import type { ConnectionCheck } from '../../shared/connection-advice';
import { errorCodeOf, isNoAnswer } from '../../shared/errors';
import type { CheckState } from './check-slice';
import type { Reconnect } from './reconnect';
import type { AppState } from './store';

export interface ConnectionSlice {
  /** The connection check before the test meeting: round trip and speed to the Zoom in use. */
  readonly connection: CheckState<ConnectionCheck>;
  /** Measures again (the screen shows "Checking…" and keeps the last figures meanwhile). */
  checkConnection(): Promise<void>;
}

const retryKey = 'check:connection';

/** No connection, or no answer: the check waits for Zoom and measures again by itself. */
function unreached(state: CheckState<ConnectionCheck>): boolean {
  if (state.status === 'done') return state.result.status !== 'measured';
  return state.status === 'failed' && isNoAnswer(state.error);
}

/**
 * The connection check's state. An answer of "offline" (or no answer from Zoom) is measured
 * again by itself when the computer says it is back online and on a gentle timer meanwhile
 * (reconnect.ts), quietly: the one "offline" sentence stays until figures come.
 */
export const createConnectionSlice =
  (api: ReadyRoomApi, reconnect: Reconnect): StateCreator<AppState, [], [], ConnectionSlice> =>
  (set, get) => {
    let runs = 0;
    const last = (): ConnectionCheck | null => {
      const state = get().connection;
      if (state.status === 'done') return state.result;
      if (state.status === 'checking' || state.status === 'failed') return state.last;
      return null;
    };
    const run = async (quiet: boolean): Promise<void> => {
      const current = (runs += 1);
      if (!quiet) set({ connection: { status: 'checking', last: last() } });
      let next: CheckState<ConnectionCheck>;
      try {
        next = { status: 'done', result: await api.checkConnection({}) };
      } catch (failure) {
        next = { status: 'failed', error: errorCodeOf(failure), last: last() };
      }
      // A newer run is under way: this older answer changes nothing.
      if (current !== runs) return;
      const before = get().connection;
      const sameWait =
        quiet &&
        unreached(before) &&
        unreached(next) &&
        (before.status === 'done' && next.status === 'done'
          ? before.result.status === next.result.status
          : before.status === next.status);
      if (!sameWait) set({ connection: next });
      if (unreached(next))
        reconnect.retry(retryKey, async () => {
          await run(true);
          return unreached(get().connection);
        });
      else reconnect.stop(retryKey);
    };
    return {
      connection: { status: 'idle' },
      checkConnection: () => run(false),
    };
  };
