import { edgePeople, nonprofitPeople } from '../../electron/sandbox/constants';
import { inviteInBatches } from '../../renderer/dashboard/invite-batches';
import {
  INVITES_PER_CALL,
  InviteArgs,
  InviteResult,
  type TeamView,
} from '../../shared/team-schemas';
import { mailbox, teamFixture, type TeamFixture } from './team-kit';

let fixture: TeamFixture;
afterEach(async () => {
  await fixture?.close();
});

const person = (view: TeamView, email: string) => view.people.find((p) => p.user.email === email);
const writes = (f: TeamFixture) =>
  f.calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`);

describe('inviting people from the dashboard', () => {
  it('invites the good addresses and says exactly why each other one was refused', async () => {
    fixture = await teamFixture({ scenario: 'edge' });
    await fixture.handlers.refreshTeam({});
    fixture.calls.length = 0;

    const { results } = await fixture.handlers.inviteTeam({
      licence: 'licensed',
      people: [
        { email: 'Ana.New@Example.org', firstName: 'Ana', lastName: 'New' },
        { email: 'not an address' },
        { email: 'ana.new@example.org' },
        { email: 'two@@example.org' },
        { email: 'ana@example' },
        { email: edgePeople.basicUser.email },
        { email: edgePeople.ownsOtherAccount.email },
        { email: 'ben.new@example.org' },
      ],
    });

    expect(results).toEqual([
      { email: 'ana.new@example.org', outcome: 'invited', problem: null, error: null },
      { email: 'not an address', outcome: 'refused', problem: 'no-at', error: null },
      { email: 'ana.new@example.org', outcome: 'refused', problem: 'duplicate', error: null },
      { email: 'two@@example.org', outcome: 'refused', problem: 'two-at', error: null },
      { email: 'ana@example', outcome: 'refused', problem: 'no-dot-in-domain', error: null },
      { email: edgePeople.basicUser.email, outcome: 'refused', problem: 'in-team', error: null },
      {
        email: edgePeople.ownsOtherAccount.email,
        outcome: 'failed',
        problem: null,
        error: 'email-owns-another-account',
      },
      { email: 'ben.new@example.org', outcome: 'invited', problem: null, error: null },
    ]);
    const posts = fixture.calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.path)).toEqual(['/v2/users', '/v2/users', '/v2/users']);
    expect(posts.map((c) => c.body)).toContainEqual({
      action: 'create',
      user_info: { email: 'ana.new@example.org', type: 2, first_name: 'Ana', last_name: 'New' },
    });
    expect(await mailbox(fixture.sandbox, 'ana.new@example.org')).toHaveLength(1);
    const view = await fixture.handlers.getTeam({});
    expect(person(view, 'ana.new@example.org')?.readiness.stage).toBe('invited');
    expect(person(view, 'ana.new@example.org')?.user.first_name).toBe('Ana');
  });

  it("reports Zoom's own answers per address: already in the account, and no licences left", async () => {
    fixture = await teamFixture({ scenario: 'edge' });
    // No refresh first: ReadyRoom does not know the team, so Zoom itself says 1005.
    const { results } = await fixture.handlers.inviteTeam({
      licence: 'licensed',
      people: [
        { email: edgePeople.basicUser.email },
        { email: 'one@example.org' },
        { email: 'two@example.org' },
        { email: 'three@example.org' },
        { email: 'four@example.org' },
        { email: 'five@example.org' },
      ],
    });

    expect(results[0]).toMatchObject({ outcome: 'failed', error: 'already-in-account' });
    // Seven of the ten licences are in use: three invitations fit.
    expect(results.filter((r) => r.outcome === 'invited')).toHaveLength(3);
    const rest = results.slice(1).filter((r) => r.outcome !== 'invited');
    expect(rest).toHaveLength(2);
    expect(rest.every((r) => r.error === 'no-licences-left')).toBe(true);
  });

  it('stops at the daily invitation limit and marks the addresses it did not send', async () => {
    fixture = await teamFixture();
    await fixture.control('/_sandbox/rate-limits', { tier: 'pro', dailyInviteLimit: 2 });
    const people = Array.from({ length: 12 }, (_, i) => ({ email: `a${i + 1}@example.org` }));
    fixture.calls.length = 0;

    const answer = await fixture.handlers.inviteTeam({ licence: 'basic', people });
    const { results } = answer;

    // The answer says what stopped it, and when Zoom's day starts again (00:00 GMT).
    expect(InviteResult.parse(answer)).toMatchObject({ stoppedBy: 'daily-limit' });
    const midnight = new Date();
    midnight.setUTCHours(24, 0, 0, 0);
    expect(Math.abs(Date.parse(answer.retryAt ?? '') - midnight.getTime())).toBeLessThan(5000);
    expect(results.filter((r) => r.outcome === 'invited')).toHaveLength(2);
    const others = results.filter((r) => r.outcome !== 'invited');
    expect(others.every((r) => r.error === 'daily-limit')).toBe(true);
    // At most one request per parallel lane goes out after the limit: the rest are not sent.
    expect(fixture.calls.filter((c) => c.method === 'POST').length).toBeLessThanOrEqual(6);
    expect(others.filter((r) => r.outcome === 'not-tried').length).toBeGreaterThanOrEqual(6);
  });
});

describe("inviting a long list within Zoom's daily limit", () => {
  it('keeps each call small: one call takes at most one group of addresses', () => {
    const people = (n: number) => Array.from({ length: n }, (_, i) => ({ email: `p${i}@x.org` }));
    expect(
      InviteArgs.safeParse({ licence: 'basic', people: people(INVITES_PER_CALL) }).success,
    ).toBe(true);
    expect(
      InviteArgs.safeParse({ licence: 'basic', people: people(INVITES_PER_CALL + 1) }).success,
    ).toBe(false);
  });

  it('sends group by group until the day is used up, and keeps every other address waiting', async () => {
    fixture = await teamFixture();
    await fixture.control('/_sandbox/rate-limits', { tier: 'pro', dailyInviteLimit: 25 });
    const people = Array.from({ length: 60 }, (_, i) => ({ email: `b${i + 1}@example.org` }));
    fixture.calls.length = 0;
    const calls: number[] = [];
    const progress: number[] = [];

    const run = await inviteInBatches(
      people,
      'basic',
      (args) => {
        calls.push(args.people.length);
        return fixture.handlers.inviteTeam(args);
      },
      { perCall: 10, onProgress: (done) => progress.push(done) },
    );

    // Three groups reach Zoom: the third meets the limit, so the last three are not sent.
    expect(calls).toEqual([10, 10, 10]);
    expect(progress).toEqual([10, 20, 30]);
    expect(run.fates).toHaveLength(60);
    const invited = run.fates.flatMap((f, i) => (f.kind === 'invited' ? [people[i]!.email] : []));
    expect(invited).toHaveLength(25);
    expect(run.fates.filter((f) => f.kind === 'waiting')).toHaveLength(35);
    expect(run.fates.every((f) => f.kind !== 'not-sent')).toBe(true);
    expect(run.fates.slice(30)).toEqual(Array(30).fill({ kind: 'waiting', why: 'daily-limit' }));
    expect(run.retryAt).not.toBeNull();
    const posts = fixture.calls.filter((c) => c.method === 'POST');
    expect(posts.length).toBeLessThanOrEqual(25 + 4);
    for (const email of invited) expect(await mailbox(fixture.sandbox, email)).toHaveLength(1);

    // The next day (here: a new limit), the waiting ones go out and nothing is sent twice.
    await fixture.control('/_sandbox/rate-limits', { tier: 'pro', dailyInviteLimit: 1000 });
    const waiting = people.filter((_, i) => run.fates[i]?.kind === 'waiting');
    const next = await inviteInBatches(
      waiting,
      'basic',
      (args) => fixture.handlers.inviteTeam(args),
      {
        perCall: 10,
      },
    );
    expect(next.fates.every((f) => f.kind === 'invited')).toBe(true);
    const { view } = await fixture.handlers.refreshTeam({});
    const pending = view.people.filter((p) => /^b\d+@/.test(p.user.email));
    expect(pending).toHaveLength(60);
    expect(pending.every((p) => p.user.status === 'pending')).toBe(true);
  });

  it('stops at the first group the backend cannot take, and keeps that group and the rest', async () => {
    fixture = await teamFixture();
    await fixture.zoom.signOut();
    const people = Array.from({ length: 25 }, (_, i) => ({ email: `c${i + 1}@example.org` }));
    let calls = 0;
    const run = await inviteInBatches(
      people,
      'basic',
      (args) => {
        calls += 1;
        return fixture.handlers.inviteTeam(args);
      },
      { perCall: 10 },
    );
    expect(calls).toBe(1);
    expect(run.fates).toEqual(Array(25).fill({ kind: 'waiting', why: 'not-signed-in' }));
  });

  it('stops between groups when the admin asks, and keeps the rest', async () => {
    fixture = await teamFixture();
    const people = Array.from({ length: 25 }, (_, i) => ({ email: `d${i + 1}@example.org` }));
    let stop = false;
    const run = await inviteInBatches(
      people,
      'basic',
      async (args) => {
        const answer = await fixture.handlers.inviteTeam(args);
        stop = true;
        return answer;
      },
      { perCall: 10, stopRequested: () => stop },
    );
    expect(run.fates.filter((f) => f.kind === 'invited')).toHaveLength(10);
    expect(run.fates.slice(10)).toEqual(Array(15).fill({ kind: 'waiting', why: 'stopped' }));
  });
});

describe('giving a licence', () => {
  it('makes a Basic account Licensed with one call, and the table follows', async () => {
    fixture = await teamFixture({ scenario: 'edge' });
    await fixture.handlers.refreshTeam({});
    fixture.calls.length = 0;
    const email = edgePeople.basicUser.email;
    expect(await fixture.handlers.assignLicence({ email })).toEqual({ email });
    expect(writes(fixture)).toEqual([`PATCH /v2/users/${email}`]);
    expect(fixture.calls[0]?.body).toEqual({ type: 2 });
    const linda = person(await fixture.handlers.getTeam({}), email);
    expect(linda?.user.type).toBe(2);
    expect(linda?.readiness.blockers.map((b) => b.code)).not.toContain('basic-not-licensed');
  });
});

describe('resending, cancelling and fixing an invitation', () => {
  it('resends by cancelling the pending invitation and inviting again (Zoom has no resend)', async () => {
    fixture = await teamFixture();
    await fixture.handlers.refreshTeam({});
    fixture.calls.length = 0;
    const email = nonprofitPeople.pendingNineDays.email;

    const result = await fixture.handlers.resendInvitation({ email });

    expect(result).toEqual({ outcome: 'resent', email, error: null });
    expect(writes(fixture)).toEqual([`DELETE /v2/users/${email}`, 'POST /v2/users']);
    expect(fixture.calls[0]?.query.get('action')).toBe('disassociate');
    expect(fixture.calls[1]?.body).toMatchObject({
      user_info: { email, type: 2, first_name: 'Dorothy', last_name: 'Evans' },
    });
    const emails = await mailbox(fixture.sandbox, email);
    expect(emails.map((e) => e.invitation_status)).toEqual(['open', 'cancelled']);
    const view = await fixture.handlers.getTeam({});
    expect(person(view, email)?.readiness.invitation?.daysPending).toBe(0);
  });

  it('cancels an invitation: the link stops working and the person leaves the table', async () => {
    fixture = await teamFixture();
    await fixture.handlers.refreshTeam({});
    fixture.calls.length = 0;
    const email = nonprofitPeople.pendingToday.email;

    expect(await fixture.handlers.cancelInvitation({ email })).toEqual({ email });

    expect(writes(fixture)).toEqual([`DELETE /v2/users/${email}`]);
    expect((await mailbox(fixture.sandbox, email))[0]?.invitation_status).toBe('cancelled');
    expect(person(await fixture.handlers.getTeam({}), email)).toBeUndefined();
  });

  it('refuses to cancel someone who already set up their account', async () => {
    fixture = await teamFixture();
    await fixture.handlers.refreshTeam({});
    fixture.calls.length = 0;
    await expect(
      fixture.handlers.cancelInvitation({ email: nonprofitPeople.member.email }),
    ).rejects.toMatchObject({ code: 'invalid-parameter' });
    expect(writes(fixture)).toEqual([]);
  });

  it('fixes a bounced address: the old invitation is cancelled and the right address invited', async () => {
    fixture = await teamFixture();
    await fixture.handlers.refreshTeam({});
    const wrong = nonprofitPeople.pendingNineDays.email;
    await fixture.handlers.setEmailBounced({ email: wrong, bounced: true });
    const bounced = person(await fixture.handlers.getTeam({}), wrong);
    expect(bounced?.bounced).toBe(true);
    expect(bounced?.readiness.blockers[0]).toMatchObject({
      code: 'email-bounced',
      fix: 'fix-email-address',
    });
    fixture.calls.length = 0;

    const result = await fixture.handlers.changeInvitationEmail({
      email: wrong,
      newEmail: 'Dorothy.Evans@example.org',
    });

    expect(result).toEqual({ outcome: 'resent', email: 'dorothy.evans@example.org', error: null });
    expect(writes(fixture)).toEqual([`DELETE /v2/users/${wrong}`, 'POST /v2/users']);
    const view = await fixture.handlers.getTeam({});
    expect(person(view, wrong)).toBeUndefined();
    expect(person(view, 'dorothy.evans@example.org')).toMatchObject({
      bounced: false,
      user: { first_name: 'Dorothy', last_name: 'Evans', status: 'pending' },
    });
  });

  it('says so when the old invitation was cancelled but the new one failed', async () => {
    fixture = await teamFixture();
    await fixture.handlers.refreshTeam({});
    await fixture.control('/_sandbox/rate-limits', { tier: 'pro', dailyInviteLimit: 1 });
    await fixture.handlers.inviteTeam({ licence: 'basic', people: [{ email: 'x@example.org' }] });
    const email = nonprofitPeople.pendingTwoDays.email;

    const result = await fixture.handlers.resendInvitation({ email });

    expect(result).toEqual({ outcome: 'cancelled-only', email, error: 'daily-limit' });
    expect(person(await fixture.handlers.getTeam({}), email)).toBeUndefined();
  });
});
