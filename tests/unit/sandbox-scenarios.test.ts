import {
  edgePeople,
  nonprofitPeople,
  outdatedClientVersion,
  sandboxOrganisation,
} from '../../electron/sandbox/constants';
import { buildScenario } from '../../electron/sandbox/scenarios';

const now = Date.UTC(2025, 2, 3, 15);
const dayMs = 24 * 3600 * 1000;

describe('sandbox scenarios', () => {
  it('nonprofit: the owner, a co-admin, a member, and three invitees at 9, 2 and 0 days', () => {
    const state = buildScenario('nonprofit', { now });
    const users = state.usersOf(sandboxOrganisation.accountId);
    const owner = state.findByEmail(sandboxOrganisation.accountId, nonprofitPeople.owner.email);
    expect(owner).toMatchObject({ roleId: '0', type: 2, status: 'active' });
    const coAdmin = state.findByEmail(sandboxOrganisation.accountId, nonprofitPeople.coAdmin.email);
    expect(coAdmin).toMatchObject({ roleId: '1', type: 2 });
    expect(owner?.assistantKeys).toEqual([]);

    const pending = users.filter((u) => u.status === 'pending');
    const ages = pending
      .map((u) => Math.round((now - (u.invitation?.sentAt ?? 0)) / dayMs))
      .sort((a, b) => b - a);
    expect(ages).toEqual([9, 2, 0]);
    expect(pending.every((u) => u.id === undefined)).toBe(true);

    const upcoming = state.meetingsHostedBy(owner?.key ?? '').filter((m) => m.startTime > now);
    expect(upcoming).toHaveLength(3);
    expect(
      upcoming.every((m) => m.settings.alternative_hosts === nonprofitPeople.coAdmin.email),
    ).toBe(true);
    expect(state.meetingsHostedBy(coAdmin?.key ?? '')).toEqual([]);
  });

  it('edge: one person for each awkward case', () => {
    const state = buildScenario('edge', { now });
    const org = sandboxOrganisation.accountId;
    expect(state.isExpired(state.findByEmail(org, edgePeople.expiredInvitation.email)!, now)).toBe(
      true,
    );
    expect(state.findByEmail(org, edgePeople.basicUser.email)?.type).toBe(1);
    expect(state.findByEmail(org, edgePeople.unverifiedUser.email)?.verified).toBe(0);
    expect(state.findByEmail(org, edgePeople.outdatedApp.email)?.lastClientVersion).toBe(
      outdatedClientVersion,
    );
    const personal = state.activeRecord(edgePeople.personalAccount.email);
    expect(personal).toMatchObject({ type: 1, loginTypes: [1] });
    expect(personal?.accountId).not.toBe(org);
    expect(state.findByEmail(org, edgePeople.personalAccount.email)?.status).toBe('pending');
    expect(state.emails.find((e) => e.to === edgePeople.bouncedAddress.email)?.bounced).toBe(true);
    // Pays for her own Pro plan on the invited email, alone on it (so Zoom lets her accept).
    const ownPro = state.activeRecord(edgePeople.paysOwnPlan.email);
    expect(ownPro).toMatchObject({ type: 2, roleId: '0' });
    expect(ownPro && state.accountOf(ownPro).plan).toBe('pro');
    expect(ownPro && state.usersOf(ownPro.accountId)).toHaveLength(1);
    expect(state.findByEmail(org, edgePeople.paysOwnPlan.email)?.status).toBe('pending');
  });

  it('is deterministic: the same scenario twice gives the same ids and meetings', () => {
    const a = buildScenario('nonprofit', { now });
    const b = buildScenario('nonprofit', { now });
    const ids = (s: typeof a) =>
      s.usersOf(sandboxOrganisation.accountId).map((u) => `${u.id}:${u.pmi}`);
    expect(ids(a)).toEqual(ids(b));
    expect([...a.meetings.keys()]).toEqual([...b.meetings.keys()]);
  });

  it('large: 10,000 users with a realistic mix of stages', () => {
    const state = buildScenario('large', { now, users: 10_000 });
    const users = state.usersOf(sandboxOrganisation.accountId);
    expect(users).toHaveLength(10_000);
    const count = (pred: (u: (typeof users)[number]) => boolean) => users.filter(pred).length;
    expect(count((u) => u.status === 'pending')).toBeGreaterThan(500);
    expect(count((u) => u.status === 'inactive')).toBeGreaterThan(100);
    expect(
      count((u) => u.status === 'active' && u.lastClientVersion === undefined),
    ).toBeGreaterThan(500);
    expect(count((u) => u.type === 1)).toBeGreaterThan(300);
    expect(count((u) => state.isExpired(u, now))).toBeGreaterThan(50);
    expect(new Set(users.map((u) => u.email)).size).toBe(10_000);
  });
});
