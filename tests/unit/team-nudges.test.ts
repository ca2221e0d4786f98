import { nonprofitPeople } from '../../electron/sandbox/constants';
import { tempDir } from '../support/in-process';
import { teamFixture, type TeamFixture } from './team-kit';

let fixture: TeamFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const nudgeOf = async (f: TeamFixture, email: string) =>
  (await f.handlers.getTeam({})).people.find((p) => p.user.email === email)?.lastNudge;

describe("the admin's nudges, as the backend records them", () => {
  it('records a resend when Zoom sent the new invitation, and a message when she sends one', async () => {
    const dataDir = tempDir();
    fixture = await teamFixture({ dataDir });
    await fixture.handlers.refreshTeam({});
    const dorothy = nonprofitPeople.pendingNineDays.email;
    const robert = nonprofitPeople.member.email;
    expect(await nudgeOf(fixture, dorothy)).toBeUndefined();

    const before = Date.now();
    await fixture.handlers.resendInvitation({ email: dorothy });
    const resent = await nudgeOf(fixture, dorothy);
    expect(resent?.how).toBe('invitation');
    expect(Date.parse(resent?.at ?? '')).toBeGreaterThanOrEqual(before - 1000);

    const { nudge } = await fixture.handlers.recordNudge({ email: robert, how: 'message' });
    expect(await nudgeOf(fixture, robert)).toEqual(nudge);
    expect(nudge.how).toBe('message');

    // Kept with the snapshot: a restart still knows she nudged them today.
    await fixture.close();
    fixture = await teamFixture({ dataDir });
    expect(await nudgeOf(fixture, dorothy)).toEqual(resent);
    expect(await nudgeOf(fixture, robert)).toEqual(nudge);
  });

  it('records nothing when the new invitation failed, and refuses an address not on the team', async () => {
    fixture = await teamFixture();
    await fixture.handlers.refreshTeam({});
    const samuel = nonprofitPeople.pendingTwoDays.email;
    fixture.setIntercept((call) =>
      call.method === 'POST' && call.path === '/v2/users'
        ? new Response(JSON.stringify({ code: 500, message: 'down' }), { status: 500 })
        : null,
    );
    const result = await fixture.handlers.resendInvitation({ email: samuel }).catch(() => null);
    expect(result?.outcome ?? 'failed').not.toBe('resent');
    fixture.setIntercept(null);
    const team = await fixture.handlers.getTeam({});
    expect(team.people.every((p) => p.lastNudge === undefined)).toBe(true);

    await expect(
      fixture.handlers.recordNudge({ email: 'nobody@example.org', how: 'message' }),
    ).rejects.toMatchObject({ code: 'invalid-arguments' });
  });

  it('moves the nudge to the fixed address, and drops it with a cancelled invitation', async () => {
    fixture = await teamFixture();
    await fixture.handlers.refreshTeam({});
    const dorothy = nonprofitPeople.pendingNineDays.email;
    await fixture.handlers.changeInvitationEmail({
      email: dorothy,
      newEmail: 'dorothy.evans@example.org',
    });
    expect((await nudgeOf(fixture, 'dorothy.evans@example.org'))?.how).toBe('invitation');

    await fixture.handlers.recordNudge({
      email: nonprofitPeople.pendingToday.email,
      how: 'message',
    });
    await fixture.handlers.cancelInvitation({ email: nonprofitPeople.pendingToday.email });
    await fixture.handlers.inviteTeam({
      people: [{ email: nonprofitPeople.pendingToday.email }],
      licence: 'basic',
    });
    expect(await nudgeOf(fixture, nonprofitPeople.pendingToday.email)).toBeUndefined();
  });
});
