import { edgePeople, nonprofitPeople } from '../../electron/sandbox/constants';
import { conformsTo, startTestSandbox, type TestSandbox } from './sandbox-http';
import { loadZoomSpec } from './sandbox-spec';

const conforms = conformsTo(loadZoomSpec());

interface MailboxEmail {
  to: string;
  subject: string;
  bounced: boolean;
  delivery: string;
  existing_account: boolean;
  invitation_status: string;
  activation_url: string;
}

describe("the invitee's side: mailbox and activation", () => {
  let z: TestSandbox;
  let owner: string;

  beforeEach(async () => {
    z = await startTestSandbox({ scenario: 'nonprofit' });
    owner = await z.token();
  });
  afterEach(() => z.close());

  async function emailsTo(address: string): Promise<MailboxEmail[]> {
    const answer = await z.control(`mailbox.json?to=${encodeURIComponent(address)}`);
    return (answer.json as { emails: MailboxEmail[] }).emails;
  }

  async function post(
    url: string,
    fields: Record<string, string>,
  ): Promise<{ status: number; html: string }> {
    const answer = await fetch(url, { method: 'POST', body: new URLSearchParams(fields) });
    return { status: answer.status, html: await answer.text() };
  }

  it('walks a new person from the invitation email to an active, Licensed account', async () => {
    const email = 'new.person@example.com';
    const invited = await z.api('POST', '/users', {
      token: owner,
      body: { action: 'create', user_info: { email, type: 2, first_name: 'Nell' } },
    });
    expect(invited.status).toBe(201);

    const [mail] = await emailsTo(email);
    expect(mail).toMatchObject({
      subject: 'Zoom account invitation',
      bounced: false,
      existing_account: false,
      invitation_status: 'open',
    });
    const mailbox = await (await fetch(`${z.url}/_sandbox/mailbox`)).text();
    expect(mailbox).toContain('Activate Zoom Account');
    expect(mailbox).toContain(mail?.activation_url ?? 'missing');

    const link = mail?.activation_url ?? '';
    const form = await (await fetch(link)).text();
    expect(form).toContain('name="password"');

    const weak = await post(link, {
      step: 'activate',
      first_name: 'Nell',
      last_name: 'Park',
      password: 'password',
      confirm_password: 'password',
    });
    expect(weak.status).toBe(400);
    expect(weak.html).toContain('Use at least one letter and at least one number.');
    expect(weak.html).toContain('Use both upper case and lower case letters.');
    const run = await post(link, {
      step: 'activate',
      first_name: 'Nell',
      last_name: 'Park',
      password: 'Abc123456x',
      confirm_password: 'Abc123456x',
    });
    expect(run.html).toContain('characters in a row');
    const mismatch = await post(link, {
      step: 'activate',
      first_name: 'Nell',
      last_name: 'Park',
      password: 'Riverside42',
      confirm_password: 'Riverside43',
    });
    expect(mismatch.html).toContain('The two passwords are not the same.');

    const done = await post(link, {
      step: 'activate',
      first_name: 'Nell',
      last_name: 'Park',
      password: 'Riverside42',
      confirm_password: 'Riverside42',
    });
    expect(done.status).toBe(200);
    expect(done.html).toContain('Your Zoom account is ready');

    const user = await z.api('GET', `/users/${email}`, { token: owner });
    conforms('user', user);
    expect(user.json).toMatchObject({
      status: 'active',
      type: 2,
      first_name: 'Nell',
      verified: 1,
      login_types: [100],
    });
    expect(typeof (user.json as { id?: string }).id).toBe('string');

    const reused = await fetch(link);
    expect(reused.status).toBe(410);
    expect(await reused.text()).toContain('already used');
    expect((await emailsTo(email))[0]?.invitation_status).toBe('used');
  });

  it('walks a person who already has a personal Google account through "Approve request" and "Confirm and switch"', async () => {
    const email = nonprofitPeople.pendingTwoDays.email;
    const personalToken = await z.token({ email });
    const before = await z.api('GET', '/users/me', { token: personalToken });
    const personalId = (before.json as { id: string }).id;

    const [mail] = await emailsTo(email);
    expect(mail?.existing_account).toBe(true);
    const link = mail?.activation_url ?? '';
    const approve = await (await fetch(link)).text();
    expect(approve).toContain('Approve request');
    expect(approve).toContain('Sign in with Google');
    const confirm = await post(link, { step: 'approve' });
    expect(confirm.html).toContain('Confirm and switch');
    const switched = await post(link, { step: 'confirm' });
    expect(switched.status).toBe(200);
    expect(switched.html).toContain('You are now part of Riverside Food Bank');

    const user = await z.api('GET', `/users/${email}`, { token: owner });
    conforms('user', user);
    expect(user.json).toMatchObject({
      status: 'active',
      type: 2,
      login_types: [1],
      id: personalId,
    });
    // The personal account is gone, so a token issued for it no longer works.
    const stale = await z.api('GET', '/users/me', { token: personalToken });
    expect(stale.status).toBe(401);
  });

  it('walks someone who pays for her own plan through the extra "Join the Account" page (edge scenario)', async () => {
    await z.control('reset', { scenario: 'edge' });
    const email = edgePeople.paysOwnPlan.email;
    const own = await z.api('GET', '/users/me', { token: await z.token({ email }) });
    conforms('user', own);
    // What the wizard's paid-plan rule reads: Licensed, the owner, on an account of her own.
    expect(own.json).toMatchObject({ email, type: 2, role_name: 'Owner', role_id: '0' });
    expect((own.json as { account_id: string }).account_id).not.toBe('rvsdFoodBank01Acct');

    const [mail] = await emailsTo(email);
    expect(mail?.existing_account).toBe(true);
    const link = mail?.activation_url ?? '';
    await post(link, { step: 'approve' });
    const join = await post(link, { step: 'confirm' });
    expect(join.html).toContain('Join the Account');
    expect(join.html).toContain('your own plan ends');
    expect(join.html).toContain('Refund to me');
    const switched = await post(link, { step: 'join', refund: 'refund' });
    expect(switched.html).toContain('You are now part of Riverside Food Bank');
    expect(switched.html).toContain('Zoom will pay back the time left to you.');

    const token = await z.token();
    const after = await z.api('GET', `/users/${email}`, { token });
    conforms('user', after);
    expect(after.json).toMatchObject({
      status: 'active',
      type: 2,
      account_id: 'rvsdFoodBank01Acct',
    });
  });

  it('shows a clear page for expired, withdrawn and unknown links', async () => {
    const email = nonprofitPeople.pendingNineDays.email;
    const [first] = await emailsTo(email);
    const oldLink = first?.activation_url ?? '';

    const resend = await z.api('DELETE', `/users/${email}?action=disassociate`, { token: owner });
    expect(resend.status).toBe(204);
    await z.api('POST', '/users', {
      token: owner,
      body: { action: 'create', user_info: { email, type: 2 } },
    });
    const withdrawn = await fetch(oldLink);
    expect(withdrawn.status).toBe(410);
    expect(await withdrawn.text()).toContain('no longer valid');

    const [newest] = await emailsTo(email);
    expect(newest?.activation_url).not.toBe(oldLink);
    z.clock.advance(30 * 24 * 3600 + 1);
    const expired = await fetch(newest?.activation_url ?? '');
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('has expired');
    const token = await z.token();
    const lookup = await z.api('GET', `/users/${email}`, { token });
    expect((lookup.json as { code: number }).code).toBe(1120);

    const unknown = await fetch(`${z.url}/activate/not-a-real-link`);
    expect(unknown.status).toBe(404);
  });

  it('marks a bounced address in mailbox.json and on the mailbox page (edge scenario)', async () => {
    await z.control('reset', { scenario: 'edge' });
    const [bounced] = await emailsTo(edgePeople.bouncedAddress.email);
    expect(bounced).toMatchObject({ bounced: true, delivery: 'bounced' });
    const [fine] = await emailsTo(edgePeople.personalAccount.email);
    expect(fine).toMatchObject({ bounced: false, existing_account: true });
    const [expired] = await emailsTo(edgePeople.expiredInvitation.email);
    expect(expired?.invitation_status).toBe('expired');
    const html = await (await fetch(`${z.url}/_sandbox/mailbox`)).text();
    expect(html).toContain('Bounced');
  });
});
