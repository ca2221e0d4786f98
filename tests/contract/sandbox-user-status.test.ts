import { nonprofitPeople } from '../../electron/sandbox/constants';
import { codeOf, conformsTo, startTestSandbox, type TestSandbox } from './sandbox-http';
import { loadZoomSpec } from './sandbox-spec';

const conforms = conformsTo(loadZoomSpec());
const statusPath = (email: string) => `/users/${encodeURIComponent(email)}/status`;

describe("Zoom sandbox user status (PUT /users/{userId}/status), against Zoom's OpenAPI file", () => {
  let z: TestSandbox;
  let owner: string;

  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
    owner = await z.token();
  });
  afterEach(() => z.close());

  const statusOf = async (email: string) => {
    const answer = await z.api('GET', `/users/${encodeURIComponent(email)}`, { token: owner });
    return answer.json as { status: string; type: number };
  };

  it('turns a member off and on again, answering 204 with no body', async () => {
    const email = nonprofitPeople.member.email;
    const memberToken = await z.token({ email });

    const off = await z.api('PUT', statusPath(email), {
      token: owner,
      body: { action: 'deactivate' },
    });
    expect(off.status).toBe(204);
    conforms('userStatus', off);
    expect((await statusOf(email)).status).toBe('inactive');
    const refused = await z.api('GET', '/users/me', { token: memberToken });
    expect(refused.status).toBe(401);

    const on = await z.api('PUT', statusPath(email), {
      token: owner,
      body: { action: 'activate' },
    });
    expect(on.status).toBe(204);
    conforms('userStatus', on);
    expect(await statusOf(email)).toMatchObject({ status: 'active', type: 2 });
  });

  it('answers 1001 for an unknown user and for a pending invitation', async () => {
    for (const email of ['nobody@example.org', nonprofitPeople.pendingNineDays.email]) {
      const answer = await z.api('PUT', statusPath(email), {
        token: owner,
        body: { action: 'activate' },
      });
      expect(answer.status).toBe(404);
      expect(codeOf(answer)).toBe(1001);
      conforms('userStatus', answer);
    }
  });

  it('refuses to change an admin (200), a token without the admin scope (4700), a bad action (300)', async () => {
    const admin = await z.api('PUT', statusPath(nonprofitPeople.coAdmin.email), {
      token: owner,
      body: { action: 'deactivate' },
    });
    expect([admin.status, codeOf(admin)]).toEqual([400, 200]);
    conforms('userStatus', admin);

    const memberToken = await z.token({ email: nonprofitPeople.member.email });
    const noScope = await z.api('PUT', statusPath(nonprofitPeople.member.email), {
      token: memberToken,
      body: { action: 'deactivate' },
    });
    expect([noScope.status, codeOf(noScope)]).toEqual([400, 4700]);
    conforms('userStatus', noScope);

    const bad = await z.api('PUT', statusPath(nonprofitPeople.member.email), {
      token: owner,
      body: { action: 'pause' },
    });
    expect([bad.status, codeOf(bad)]).toEqual([400, 300]);
    conforms('userStatus', bad);
    expect((await statusOf(nonprofitPeople.member.email)).status).toBe('active');
  });

  it('brings a Licensed user back as Basic when every licence is taken', async () => {
    const email = nonprofitPeople.member.email;
    await z.api('PUT', statusPath(email), { token: owner, body: { action: 'deactivate' } });
    // Fill the freed licence (and any others) with Licensed invitations.
    for (let i = 0; i < 12; i += 1) {
      const invited = await z.api('POST', '/users', {
        token: owner,
        body: { action: 'create', user_info: { email: `filler${i}@example.org`, type: 2 } },
      });
      if (invited.status !== 201) break;
    }
    const on = await z.api('PUT', statusPath(email), {
      token: owner,
      body: { action: 'activate' },
    });
    expect(on.status).toBe(204);
    expect(await statusOf(email)).toMatchObject({ status: 'active', type: 1 });
  });
});
