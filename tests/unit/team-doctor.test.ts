import { nonprofitPeople } from '../../electron/sandbox/constants';
import { teamFixture, type TeamFixture } from './team-kit';

let fixture: TeamFixture;
afterEach(async () => {
  await fixture?.close();
});

const owner = nonprofitPeople.owner.email;
const coAdmin = nonprofitPeople.coAdmin.email;
const member = nonprofitPeople.member.email;
const blockerCodes = (r: { readiness: { blockers: ReadonlyArray<{ code: string }> } | null }) =>
  r.readiness?.blockers.map((b) => b.code);

describe('the meeting-access doctor', () => {
  it('explains why the co-admin cannot see the owner’s meetings (scenario 4)', async () => {
    fixture = await teamFixture();
    const report = await fixture.handlers.checkMeetingAccess({
      hostEmail: owner,
      personEmail: coAdmin,
      role: 'co-admin',
    });

    expect(report.ok).toBe(false);
    expect(report.host).toMatchObject({ found: true, licensed: true, onAccount: true });
    expect(report.person).toMatchObject({ found: true, licensed: true, onAccount: true });
    expect(report.meetings.map((m) => m.topic)).toEqual([
      'Volunteer orientation',
      'Board meeting',
      'Weekly distribution planning',
    ]);
    expect(report.meetings.every((m) => m.isAlternativeHost)).toBe(true);
    expect(report.schedulingPrivilege).toBe(false);
    expect(blockerCodes(report)).toEqual([
      'no-scheduling-privilege',
      'alt-host-cannot-see-meetings',
    ]);
    // Two people, the upcoming list, each meeting, the host's assistants, the person's schedulers.
    expect(fixture.calls.every((c) => c.method === 'GET')).toBe(true);
    expect(fixture.calls).toHaveLength(2 + 1 + 3 + 1 + 1);
  });

  it('cures the co-admin with one click: scheduling privilege, then the check passes', async () => {
    fixture = await teamFixture();
    const report = await fixture.handlers.grantSchedulingPrivilege({
      hostEmail: owner,
      personEmail: coAdmin,
      role: 'co-admin',
    });

    const post = fixture.calls.filter((c) => c.method === 'POST');
    expect(post.map((c) => c.path)).toEqual([`/v2/users/${owner}/assistants`]);
    expect(post[0]?.body).toEqual({ assistants: [{ email: coAdmin }] });
    expect(report.ok).toBe(true);
    expect(report.schedulingPrivilege).toBe(true);
    expect(report.readiness).toMatchObject({ stage: 'ready', blockers: [] });

    fixture.calls.length = 0;
    const again = await fixture.handlers.grantSchedulingPrivilege({
      hostEmail: owner,
      personEmail: coAdmin,
      role: 'co-admin',
    });
    expect(again.ok).toBe(true);
    expect(fixture.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('adds the person as alternative host on every upcoming meeting, keeping the others', async () => {
    fixture = await teamFixture();
    await fixture.control('/_sandbox/app-signin', { email: member });
    const before = await fixture.handlers.checkMeetingAccess({
      hostEmail: owner,
      personEmail: member,
      role: 'alternative-host',
    });
    expect(before.ok).toBe(false);
    expect(blockerCodes(before)).toEqual(['not-alternative-host']);
    fixture.calls.length = 0;

    const { results, report } = await fixture.handlers.addAlternativeHost({
      hostEmail: owner,
      personEmail: member,
      role: 'alternative-host',
    });

    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    const patches = fixture.calls.filter((c) => c.method === 'PATCH');
    expect(patches).toHaveLength(3);
    for (const patch of patches)
      expect(patch.body).toEqual({
        settings: {
          alternative_hosts: `${coAdmin};${member}`,
          alternative_hosts_email_notification: true,
        },
      });
    expect(report.ok).toBe(true);
    expect(report.meetings.every((m) => m.isAlternativeHost)).toBe(true);
    // Without scheduling privilege the meetings still do not show in the person's own list.
    expect(blockerCodes(report)).toEqual(['alt-host-cannot-see-meetings']);
  });

  it('does not try a fix Zoom would refuse: a person still invited is not on the account yet', async () => {
    fixture = await teamFixture();
    const report = await fixture.handlers.grantSchedulingPrivilege({
      hostEmail: owner,
      personEmail: nonprofitPeople.pendingNineDays.email,
      role: 'co-admin',
    });

    expect(report.ok).toBe(false);
    expect(report.person).toMatchObject({ found: true, onAccount: false });
    expect(fixture.calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });

  it('says plainly when Zoom has no such person', async () => {
    fixture = await teamFixture();
    const report = await fixture.handlers.checkMeetingAccess({
      hostEmail: owner,
      personEmail: 'nobody@example.org',
      role: 'alternative-host',
    });
    expect(report.ok).toBe(false);
    expect(report.person).toMatchObject({ found: false, error: 'user-not-found' });
    expect(report.readiness).toBeNull();
  });
});
