import {
  apiCallNameList,
  apiEventNameList,
  callChannel,
  eventChannel,
  type ApiCallNameInList,
  type ApiEventNameInList,
} from '../../shared/api-names';
import {
  apiCallNames,
  apiEventNames,
  ipcChannel,
  ipcEventChannel,
  type ApiCallName,
  type ApiEventName,
} from '../../shared/api';

// The same names at the type level: a call added to the contract and not to the list (or the
// other way round) does not compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const callsMatch: Same<ApiCallName, ApiCallNameInList> = true;
const eventsMatch: Same<ApiEventName, ApiEventNameInList> = true;

describe('the preload’s list of names (shared/api-names.ts)', () => {
  it('names exactly the contract’s calls, once each', () => {
    expect(callsMatch).toBe(true);
    expect(new Set(apiCallNameList).size).toBe(apiCallNameList.length);
    expect([...apiCallNameList].sort()).toEqual([...apiCallNames].sort());
  });

  it('names exactly the contract’s events, once each', () => {
    expect(eventsMatch).toBe(true);
    expect(new Set(apiEventNameList).size).toBe(apiEventNameList.length);
    expect([...apiEventNameList].sort()).toEqual([...apiEventNames].sort());
  });

  it('uses the contract’s channels', () => {
    for (const name of apiCallNames) expect(callChannel(name)).toBe(ipcChannel(name));
    expect(eventChannel).toBe(ipcEventChannel);
  });
});
