import {
  isGuessableHostKey,
  makeNewHostKey,
  newHostKey,
} from '../../electron/services/checks/host-key';
import type { UserPatch } from '../../electron/services/zoom/zoom-client';

/** A fake dice that returns the given numbers in turn, then repeats the last. */
function dice(...values: number[]) {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)]!;
}

describe('a new host key', () => {
  it('has six digits and never starts with 0', () => {
    for (let i = 0; i < 200; i += 1) {
      const key = newHostKey();
      expect(key).toMatch(/^[1-9]\d{5}$/);
      expect(isGuessableHostKey(key)).toBe(false);
    }
  });

  it('is never one digit over and over, or a straight run', () => {
    for (const key of ['111111', '999999', '123456', '654321', '345678', 'abc123'])
      expect(isGuessableHostKey(key), key).toBe(true);
    for (const key of ['482913', '112233', '121212', '135790'])
      expect(isGuessableHostKey(key), key).toBe(false);
    // The dice first rolls 1-2-3-4-5-6 (1 + 0, then 2…6), which is refused, then a good one.
    expect(newHostKey(dice(0, 2, 3, 4, 5, 6, 3, 8, 2, 9, 1, 3))).toBe('482913');
  });

  it('is set on the signed-in person with PATCH /users/me and handed back', async () => {
    const patches: Array<{ who: string; patch: UserPatch }> = [];
    const client = {
      patchUser: async (who: string, patch: UserPatch) => {
        patches.push({ who, patch });
      },
    };
    const { hostKey } = await makeNewHostKey(client);
    expect(patches).toEqual([{ who: 'me', patch: { host_key: hostKey } }]);
  });

  it('hands back no key when Zoom refuses it', async () => {
    const client = {
      patchUser: async () => {
        throw new Error('Only an account administrator can change the host key.');
      },
    };
    await expect(makeNewHostKey(client)).rejects.toThrow(/account administrator/);
  });
});
