import { edgePeople, nonprofitPeople } from '../../electron/sandbox/constants';
import { codeOf, conformsTo, startTestSandbox, type TestSandbox } from './sandbox-http';
import { loadZoomSpec } from './sandbox-spec';

const conforms = conformsTo(loadZoomSpec());

interface UserList {
  users: Array<{ id?: string; email: string; status: string; host_key?: string }>;
  next_page_token: string;
  total_records: number;
  page_size: number;
}

describe("Zoom sandbox users, against Zoom's OpenAPI file", () => {
  let z: TestSandbox;
  let owner: string;
  let member: string;

  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
    owner = await z.token();
    member = await z.token({ email: nonprofitPeople.member.email });
  });
  afterEach(() => z.close());

  it('lists active and pending users; pending ones have no id', async () => {
    const active = await z.api('GET', '/users', { token: owner });
    conforms('users', active);
    const activeEmails = (active.json as UserList).users.map((u) => u.email);
    expect(activeEmails).toContain(nonprofitPeople.owner.email);
    expect(activeEmails).toContain(nonprofitPeople.coAdmin.email);

    const pending = await z.api('GET', '/users?status=pending', { token: owner });
    conforms('users', pending);
    const list = (pending.json as UserList).users;
    expect(list.map((u) => u.email).sort()).toEqual(
      [
        nonprofitPeople.pendingNineDays.email,
        nonprofitPeople.pendingTwoDays.email,
        nonprofitPeople.pendingToday.email,
      ].sort(),
    );
    expect(list.every((u) => u.id === undefined && u.status === 'pending')).toBe(true);
  });

  it('pages with next_page_token, which dies after 15 minutes of sandbox time', async () => {
    await z.control('reset', { scenario: 'large', users: 120 });
    const token = await z.token();
    const first = await z.api('GET', '/users?page_size=50', { token });
    conforms('users', first);
    const page = first.json as UserList;
    expect(page.users).toHaveLength(50);
    expect(page.next_page_token).not.toBe('');

    const second = await z.api(
      'GET',
      `/users?page_size=50&next_page_token=${page.next_page_token}`,
      { token },
    );
    conforms('users', second);
    const emails = new Set([...page.users, ...(second.json as UserList).users].map((u) => u.email));
    expect(emails.size).toBe(100);

    z.clock.advance(15 * 60 + 1);
    const expired = await z.api(
      'GET',
      `/users?page_size=50&next_page_token=${page.next_page_token}`,
      { token },
    );
    expect(expired.status).toBe(400);
    expect(codeOf(expired)).toBe(300);
    conforms('users', expired);
  });

  it('returns host keys only when asked with include_fields=host_key', async () => {
    const plain = await z.api('GET', '/users', { token: owner });
    expect((plain.json as UserList).users.some((u) => u.host_key !== undefined)).toBe(false);
    const withKeys = await z.api('GET', '/users?include_fields=host_key', { token: owner });
    conforms('users', withKeys);
    expect(
      (withKeys.json as UserList).users.find((u) => u.email === nonprofitPeople.owner.email)
        ?.host_key,
    ).toMatch(/^\d{6,10}$/);
  });

  it('answers at most 300 a page (the 2023 file), saying so in page_size when asked for more', async () => {
    await z.control('reset', { scenario: 'large', users: 400 });
    const answer = await z.api('GET', '/users?page_size=301', { token: await z.token() });
    conforms('users', answer);
    expect((answer.json as UserList).page_size).toBe(300);
    expect((answer.json as UserList).users).toHaveLength(300);
  });

  it('rejects what Zoom rejects: status=bogus, page_size=0, no token, token in the query, missing scope', async () => {
    for (const query of ['status=bogus', 'page_size=0']) {
      const answer = await z.api('GET', `/users?${query}`, { token: owner });
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe(300);
      conforms('users', answer);
    }
    const noToken = await z.api('GET', '/users');
    expect([noToken.status, codeOf(noToken)]).toEqual([401, 124]);
    conforms('users', noToken);

    const inQuery = await fetch(`${z.url}/v2/users?access_token=${owner}`);
    expect(inQuery.status).toBe(401);
    expect(((await inQuery.json()) as { code: number }).code).toBe(124);

    const memberList = await z.api('GET', '/users', { token: member });
    expect([memberList.status, codeOf(memberList)]).toEqual([400, 4700]);
    conforms('users', memberList);
  });

  it('gets a user by me, id and email; a pending user by email only, with no id', async () => {
    const me = await z.api('GET', '/users/me', { token: owner });
    conforms('user', me);
    const id = (me.json as { id: string }).id;
    const byId = await z.api('GET', `/users/${id}`, { token: owner });
    conforms('user', byId);
    expect((byId.json as { email: string }).email).toBe(nonprofitPeople.owner.email);

    const pending = await z.api('GET', `/users/${nonprofitPeople.pendingNineDays.email}`, {
      token: owner,
    });
    conforms('user', pending);
    expect(pending.json).toMatchObject({
      status: 'pending',
      email: nonprofitPeople.pendingNineDays.email,
    });
    expect((pending.json as { id?: string }).id).toBeUndefined();

    const missing = await z.api('GET', '/users/nobody@example.com', { token: owner });
    expect([missing.status, codeOf(missing)]).toEqual([404, 1001]);
    conforms('user', missing);
  });

  it('answers 1120 for a pending user whose invitation expired (edge scenario)', async () => {
    await z.control('reset', { scenario: 'edge' });
    const token = await z.token();
    const expired = await z.api('GET', `/users/${edgePeople.expiredInvitation.email}`, { token });
    expect([expired.status, codeOf(expired)]).toEqual([400, 1120]);
    conforms('user', expired);
    const settings = await z.api('GET', `/users/${edgePeople.expiredInvitation.email}/settings`, {
      token,
    });
    expect(codeOf(settings)).toBe(1120);
    conforms('userSettings', settings);
  });

  it('lets a member read themselves but not others', async () => {
    const self = await z.api('GET', '/users/me', { token: member });
    conforms('user', self);
    const other = await z.api('GET', `/users/${nonprofitPeople.owner.email}`, { token: member });
    expect([other.status, codeOf(other)]).toEqual([400, 4700]);
    conforms('user', other);
  });

  it('lets a person set their own host key, as on their Profile page; only an admin reads it', async () => {
    const set = await z.api('PATCH', '/users/me', { token: member, body: { host_key: '482913' } });
    expect(set.status).toBe(204);
    conforms('userUpdate', set);
    // GET /users/me has no host_key in Zoom's spec; the admin list gives it with include_fields.
    const self = await z.api('GET', '/users/me', { token: member });
    expect((self.json as { host_key?: string }).host_key).toBeUndefined();
    const list = await z.api('GET', '/users?include_fields=host_key', { token: owner });
    const robert = (list.json as UserList).users.find(
      (u) => u.email === nonprofitPeople.member.email,
    );
    expect(robert?.host_key).toBe('482913');

    const short = await z.api('PATCH', '/users/me', { token: member, body: { host_key: '123' } });
    expect([short.status, codeOf(short)]).toEqual([400, 300]);
    conforms('userUpdate', short);
  });

  it('serves user settings', async () => {
    const settings = await z.api('GET', '/users/me/settings', { token: owner });
    conforms('userSettings', settings);
    const missing = await z.api('GET', '/users/nobody@example.com/settings', { token: owner });
    expect(codeOf(missing)).toBe(1001);
    conforms('userSettings', missing);
  });

  it('updates a profile; type changes need an admin', async () => {
    const ok = await z.api('PATCH', `/users/${nonprofitPeople.member.email}`, {
      token: owner,
      body: { dept: 'Kitchen', type: 1 },
    });
    expect(ok.status).toBe(204);
    conforms('userUpdate', ok);
    const after = await z.api('GET', `/users/${nonprofitPeople.member.email}`, { token: owner });
    expect(after.json).toMatchObject({ dept: 'Kitchen', type: 1 });

    const bad = await z.api('PATCH', '/users/me', { token: owner, body: { first_name: 42 } });
    expect([bad.status, codeOf(bad)]).toEqual([400, 300]);
    conforms('userUpdate', bad);

    const memberType = await z.api('PATCH', '/users/me', { token: member, body: { type: 2 } });
    expect([memberType.status, codeOf(memberType)]).toEqual([400, 1108]);
    conforms('userUpdate', memberType);

    const missing = await z.api('PATCH', '/users/nobody@example.com', {
      token: owner,
      body: { dept: 'x' },
    });
    expect([missing.status, codeOf(missing)]).toEqual([404, 1001]);
    conforms('userUpdate', missing);
  });
});
