import { inviteAddresses } from '../../electron/services/team/team-invitations';
import type { ZoomClient } from '../../electron/services/zoom/zoom-client';
import { ZoomError } from '../../electron/services/zoom/zoom-errors';

describe('inviting while the network is gone', () => {
  it('stops at "offline" instead of trying every address, and says which were not sent', async () => {
    let sent = 0;
    const client = {
      createUser: async () => {
        sent += 1;
        throw new ZoomError('offline');
      },
    } as unknown as ZoomClient;
    const people = Array.from({ length: 12 }, (_, i) => ({ email: `p${i + 1}@example.org` }));

    const answer = await inviteAddresses(client, people, 'basic', new Set());

    expect(answer.stoppedBy).toBe('offline');
    // Only the first few, sent side by side before the first answer, went out at all.
    expect(sent).toBeLessThanOrEqual(4);
    expect(answer.invited).toEqual([]);
    expect(answer.results.filter((r) => r.outcome === 'not-tried')).toHaveLength(12 - sent);
    expect(answer.results.every((r) => r.error === 'offline')).toBe(true);
  });
});
