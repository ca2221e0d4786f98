import { edgePeople, nonprofitPeople } from '../../electron/sandbox/constants';
import { dailyInviteLimits } from '../../electron/sandbox/rate-limit';
import { codeOf, conformsTo, startTestSandbox, type Reply, type TestSandbox } from './sandbox-http';
import { loadZoomSpec } from './sandbox-spec';

const conforms = conformsTo(loadZoomSpec());

describe("Zoom sandbox invitations (POST and DELETE /users), against Zoom's OpenAPI file", () => {
  let z: TestSandbox;
  let owner: string;
  let member: string;

  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
    owner = await z.token();
    member = await z.token({ email: nonprofitPeople.member.email });
  });
  afterEach(() => z.close());

  it('invites with POST /users action=create, and refuses what Zoom refuses', async () => {
    const created = await z.api('POST', '/users', {
      token: owner,
      body: {
        action: 'create',
        user_info: {
          email: 'new.volunteer@example.com',
          type: 2,
          first_name: 'New',
          last_name: 'Volunteer',
        },
      },
    });
    expect(created.status).toBe(201);
    conforms('userCreate', created);
    const pending = await z.api('GET', '/users/new.volunteer@example.com', { token: owner });
    expect(pending.json).toMatchObject({ status: 'pending', type: 2 });

    const noAction = await z.api('POST', '/users', {
      token: owner,
      body: { user_info: { email: 'a@example.com', type: 1 } },
    });
    expect([noAction.status, codeOf(noAction)]).toEqual([400, 300]);
    conforms('userCreate', noAction);

    const again = await z.api('POST', '/users', {
      token: owner,
      body: { action: 'create', user_info: { email: 'new.volunteer@example.com', type: 1 } },
    });
    expect([again.status, codeOf(again)]).toEqual([409, 1005]);
    conforms('userCreate', again);

    const badEmail = await z.api('POST', '/users', {
      token: owner,
      body: { action: 'create', user_info: { email: 'not-an-email', type: 1 } },
    });
    expect([badEmail.status, codeOf(badEmail)]).toEqual([400, 300]);
    conforms('userCreate', badEmail);

    const memberInvite = await z.api('POST', '/users', {
      token: member,
      body: { action: 'create', user_info: { email: 'c@example.com', type: 1 } },
    });
    expect([memberInvite.status, codeOf(memberInvite)]).toEqual([400, 4700]);
    conforms('userCreate', memberInvite);
  });

  it('refuses to invite someone who owns another account with users (1009)', async () => {
    await z.control('reset', { scenario: 'edge' });
    const token = await z.token();
    const answer = await z.api('POST', '/users', {
      token,
      body: { action: 'create', user_info: { email: edgePeople.ownsOtherAccount.email, type: 1 } },
    });
    expect([answer.status, codeOf(answer)]).toEqual([400, 1009]);
    conforms('userCreate', answer);
  });

  it('stops at the Licensed seats the account bought (2034)', async () => {
    const answers: Reply[] = [];
    for (let i = 0; i < 5; i += 1) {
      answers.push(
        await z.api('POST', '/users', {
          token: owner,
          body: { action: 'create', user_info: { email: `seat${i}@example.com`, type: 2 } },
        }),
      );
    }
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of answers) conforms('userCreate', answer);
    expect(refused.map(codeOf)).toEqual(refused.map(() => 2034));
  });

  it("enforces the daily invite limit with Zoom's 429 message, until the next UTC day", async () => {
    expect(dailyInviteLimits.pro).toBe(1500);
    // The same counter as Pro's 1,500 a day, set to 3 so the test stays small.
    await z.control('rate-limits', { tier: 'pro', dailyInviteLimit: 3 });
    let token = owner;
    const invite = (i: number) =>
      z.api('POST', '/users', {
        token,
        body: { action: 'create', user_info: { email: `daily${i}@example.com`, type: 1 } },
      });
    const answers = [await invite(1), await invite(2), await invite(3), await invite(4)];
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 429]);
    const refused = answers[3] as Reply;
    expect(refused.json).toEqual({
      code: 429,
      message:
        'You have exceeded the daily rate limit (3) of user invite requests permitted for this account. You may resume these requests at GMT 00:00:00.',
    });
    expect(refused.headers.get('x-ratelimit-type')).toBe('Daily-limit');
    expect(refused.headers.get('x-ratelimit-limit')).toBe('3');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    conforms('userCreate', refused);

    z.clock.advance(24 * 3600);
    token = await z.token();
    expect((await invite(5)).status).toBe(201);
  });

  it('withdraws a pending invitation with DELETE ?action=disassociate (the resend path)', async () => {
    const email = nonprofitPeople.pendingNineDays.email;
    const removed = await z.api('DELETE', `/users/${email}?action=disassociate`, { token: owner });
    expect(removed.status).toBe(204);
    conforms('userDelete', removed);
    const gone = await z.api('GET', `/users/${email}`, { token: owner });
    expect(codeOf(gone)).toBe(1001);
    const resent = await z.api('POST', '/users', {
      token: owner,
      body: { action: 'create', user_info: { email, type: 2 } },
    });
    expect(resent.status).toBe(201);

    const admin = await z.api('DELETE', `/users/${nonprofitPeople.coAdmin.email}`, {
      token: owner,
    });
    expect([admin.status, codeOf(admin)]).toEqual([400, 1117]);
    conforms('userDelete', admin);
    const unknown = await z.api('DELETE', '/users/nobody@example.com', { token: owner });
    expect([unknown.status, codeOf(unknown)]).toEqual([404, 1001]);
    conforms('userDelete', unknown);
    const badAction = await z.api('DELETE', `/users/${email}?action=explode`, { token: owner });
    expect(codeOf(badAction)).toBe(300);
    conforms('userDelete', badAction);
  });
});
