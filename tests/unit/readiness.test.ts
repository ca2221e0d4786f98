import { blockerMessage } from '../../shared/readiness';
import { NOW, assess, codes, daysAgo, pendingUser, readyUser } from '../support/readiness-fixtures';

describe('a person who has not used the invitation yet', () => {
  it('is Invited for 9 days with "resend" at hand (scenarios 1 and 7)', () => {
    const result = assess({ user: pendingUser(9) });
    expect(result.stage).toBe('invited');
    expect(result.blockers).toEqual([
      {
        code: 'invitation-pending',
        severity: 'blocking',
        params: { days: 9 },
        fix: 'resend-invitation',
      },
    ]);
    expect(result.invitation).toEqual({
      sentAt: Date.parse(daysAgo(9)),
      daysPending: 9,
      daysLeft: 21,
      expired: false,
    });
  });

  it('asks for the address to be fixed first when the invitation bounced (scenario 7)', () => {
    const result = assess({ user: pendingUser(9), emailBounced: true });
    expect(result.stage).toBe('invited');
    expect(codes(result)).toEqual(['email-bounced', 'invitation-pending']);
    expect(result.blockers[0]).toMatchObject({
      severity: 'blocking',
      params: { email: 'rosa@riverside.example' },
      fix: 'fix-email-address',
    });
  });

  it('warns a week before the invitation expires, and not earlier', () => {
    expect(codes(assess({ user: pendingUser(22) }))).toEqual(['invitation-pending']);
    const week = assess({ user: pendingUser(23) });
    expect(codes(week)).toEqual(['invitation-pending', 'invitation-expiring']);
    expect(week.blockers[1]).toMatchObject({ severity: 'warning', params: { daysLeft: 7 } });
    expect(assess({ user: pendingUser(29.5) }).blockers[1]?.params).toEqual({ daysLeft: 1 });
  });

  it('shows an expired invitation after 30 days, to be cancelled and sent again', () => {
    for (const days of [30, 31, 200]) {
      const result = assess({ user: pendingUser(days) });
      expect(result.stage).toBe('invited');
      expect(result.blockers).toEqual([
        {
          code: 'invitation-expired',
          severity: 'blocking',
          params: { days, expiryDays: 30 },
          fix: 'cancel-and-reinvite',
        },
      ]);
      expect(result.invitation).toMatchObject({ expired: true, daysLeft: 0 });
    }
  });

  it('takes the sending date from the caller, then created_at, then user_created_at', () => {
    const user = pendingUser(3, { user_created_at: daysAgo(12) });
    expect(assess({ user }).blockers[0]?.params).toEqual({ days: 3 });
    expect(
      assess({ user }, { invitationSentAt: NOW - 5 * 86_400_000 }).blockers[0]?.params,
    ).toEqual({
      days: 5,
    });
    const noCreatedAt = pendingUser(3, { created_at: undefined, user_created_at: daysAgo(12) });
    expect(assess({ user: noCreatedAt }).blockers[0]?.params).toEqual({ days: 12 });
  });

  it('still says "not used yet" when Zoom gave no date, with its own wording', () => {
    const result = assess({ user: pendingUser(0, { created_at: 'not a date' }) });
    expect(result.blockers).toEqual([
      { code: 'invitation-pending', severity: 'blocking', params: {}, fix: 'resend-invitation' },
    ]);
    expect(result.invitation).toBeUndefined();
    expect(blockerMessage(result.blockers[0]!).key).toBe(
      'blockers.invitation-pending.explanationUndated',
    );
  });

  it('never shows an invitation from the future when the clocks disagree', () => {
    const result = assess({ user: pendingUser(-2) });
    expect(result.blockers[0]?.params).toEqual({ days: 0 });
  });

  it('follows a different expiry when one is given', () => {
    expect(codes(assess({ user: pendingUser(10) }, { invitationExpiryDays: 7 }))).toEqual([
      'invitation-expired',
    ]);
  });

  it('treats a record with neither status nor id as an invitation', () => {
    expect(assess({ user: pendingUser(2, { status: undefined }) }).stage).toBe('invited');
    expect(assess({ user: readyUser({ status: undefined }) }).stage).toBe('ready');
  });
});

describe('a person with a Zoom account on the team', () => {
  it('is Ready when everything checks out, with nothing to fix', () => {
    expect(assess({ user: readyUser() })).toEqual({ stage: 'ready', blockers: [] });
  });

  it('is Activated, not signed in to the app, until Zoom reports an app version', () => {
    for (const version of [undefined, '', '   ']) {
      const result = assess({ user: readyUser({ last_client_version: version }) });
      expect(result.stage).toBe('activated');
      expect(result.blockers).toEqual([
        { code: 'never-signed-in-to-app', severity: 'blocking', params: {}, fix: 'sign-in-to-app' },
      ]);
    }
  });

  it('explains the 40-minute limit of a Basic user, with the fix for whoever reads it', () => {
    const user = readyUser({ type: 1 });
    const forAdmin = assess({ user });
    expect(forAdmin.stage).toBe('app-signed-in');
    expect(forAdmin.blockers).toEqual([
      {
        code: 'basic-not-licensed',
        severity: 'blocking',
        params: { minutes: 40 },
        fix: 'assign-license',
      },
    ]);
    expect(assess({ user }, { viewer: 'invitee' }).blockers[0]?.fix).toBe('ask-admin-for-license');
  });

  it('keeps a Basic user who never opened the app at Activated, with both problems', () => {
    const result = assess({ user: readyUser({ type: 1, last_client_version: '' }) });
    expect(result.stage).toBe('activated');
    expect(codes(result)).toEqual(['basic-not-licensed', 'never-signed-in-to-app']);
  });

  it.each([4, 99])('says a type %i user has no licence', (type) => {
    const result = assess({ user: readyUser({ type: type as 4 | 99 }) });
    expect(result.stage).toBe('app-signed-in');
    expect(result.blockers).toEqual([
      { code: 'no-license', severity: 'blocking', params: {}, fix: 'assign-license' },
    ]);
  });

  it('counts an On-prem (type 3) host as Licensed', () => {
    expect(assess({ user: readyUser({ type: 3 }) }).stage).toBe('ready');
  });

  it('asks to verify an unverified email, but does not guess when Zoom did not say', () => {
    const result = assess({ user: readyUser({ verified: 0 }) });
    expect(result.stage).toBe('app-signed-in');
    expect(result.blockers).toEqual([
      {
        code: 'email-unverified',
        severity: 'blocking',
        params: { email: 'ana@riverside.example' },
        fix: 'verify-email',
      },
    ]);
    expect(assess({ user: readyUser({ verified: undefined }) }).stage).toBe('ready');
  });

  it('asks to update a Zoom app older than the minimum, naming both versions', () => {
    const result = assess({ user: readyUser({ last_client_version: '5.12.0 (12345)' }) });
    expect(result.stage).toBe('app-signed-in');
    expect(result.blockers).toEqual([
      {
        code: 'app-too-old',
        severity: 'blocking',
        params: { version: '5.12.0', minimum: '5.17.0' },
        fix: 'update-app',
      },
    ]);
  });

  it.each(['5.17.0', '5.17.0.1000(win)', '5.17.11.34827(mac)', '6.0.3 (24601)', 'unknown'])(
    'accepts the app version %s against a minimum of 5.17.0',
    (version) => {
      expect(assess({ user: readyUser({ last_client_version: version }) }).stage).toBe('ready');
    },
  );

  it('sees a personal account as "not here yet" and asks only to switch (wrong account)', () => {
    const personal = readyUser({ account_id: 'personalAcct42', type: 1, verified: 0 });
    const result = assess({ user: personal });
    expect(result.stage).toBe('invited');
    expect(result.blockers).toEqual([
      {
        code: 'wrong-account',
        severity: 'blocking',
        params: { email: 'ana@riverside.example' },
        fix: 'sign-out-personal-account',
      },
    ]);
  });

  it('checks the account only when both ids are known', () => {
    expect(
      assess({ user: readyUser({ account_id: 'other' }) }, { accountId: undefined }).stage,
    ).toBe('ready');
    expect(assess({ user: readyUser({ account_id: undefined }) }).stage).toBe('ready');
  });

  it('shows a deactivated person as Turned off, whatever else is wrong', () => {
    const result = assess({
      user: readyUser({ status: 'inactive', type: 1, last_client_version: '' }),
    });
    expect(result).toEqual({
      stage: 'inactive',
      blockers: [{ code: 'deactivated', severity: 'blocking', params: {}, fix: 'reactivate' }],
    });
  });

  it('keeps a bounced address as a warning once the person is in', () => {
    const result = assess({ user: readyUser(), emailBounced: true });
    expect(result.stage).toBe('ready');
    expect(result.blockers).toEqual([
      {
        code: 'email-bounced',
        severity: 'warning',
        params: { email: 'ana@riverside.example' },
        fix: 'fix-email-address',
      },
    ]);
  });
});
