import { needsYouToday, nudgedOn, reasonFor, sameLocalDay } from '../../shared/needs-you';
import { assessReadiness } from '../../shared/readiness';
import type { Nudge, TeamPerson } from '../../shared/team-schemas';
import type { ZoomUserSummary } from '../../shared/zoom';

// Noon on this computer's calendar, so "today" and "yesterday" do not depend on the time zone.
const now = new Date(2026, 2, 10, 12, 0, 0);
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

function person(
  user: ZoomUserSummary,
  extra: { bounced?: boolean; lastNudge?: Nudge } = {},
): TeamPerson {
  return {
    user,
    readiness: assessReadiness(
      { user, ...(extra.bounced ? { emailBounced: true } : {}) },
      { now, minimumAppVersion: '6.0.0', viewer: 'admin' },
    ),
    history: [],
    bounced: extra.bounced ?? false,
    stale: false,
    ...(extra.lastNudge ? { lastNudge: extra.lastNudge } : {}),
  };
}

const pending = (first: string, days: number, extra = {}) =>
  person(
    {
      email: `${first.toLowerCase()}@example.org`,
      first_name: first,
      type: 2,
      status: 'pending',
      created_at: daysAgo(days),
    },
    extra,
  );
const active = (first: string, user: Partial<ZoomUserSummary>, extra = {}) =>
  person(
    {
      id: first,
      email: `${first.toLowerCase()}@example.org`,
      first_name: first,
      type: 2,
      status: 'active',
      verified: 1,
      last_client_version: '6.2.0.1(mac)',
      ...user,
    },
    extra,
  );

const names = (items: ReturnType<typeof needsYouToday>) =>
  items.map((i) => `${i.person.user.first_name}:${i.reason}:${i.fix}`);

describe('who needs the admin today', () => {
  it('lists only people whose next step is hers, most urgent first, each with its fix', () => {
    const people = [
      active('Ready', {}),
      active('Basic', { type: 1 }),
      active('NoApp', { last_client_version: '' }),
      pending('Fresh', 2),
      pending('Waiting', 9),
      pending('Older', 15),
      pending('Ending', 26),
      pending('Ended', 40),
      pending('Bounced', 3, { bounced: true }),
      person({
        id: 'x',
        email: 'gone@example.org',
        first_name: 'Gone',
        type: 2,
        status: 'inactive',
      }),
    ];
    expect(names(needsYouToday(people, now))).toEqual([
      'Ending:invitation-expiring:resend',
      'Bounced:email-bounced:fixEmail',
      'Ended:invitation-expired:resend',
      'Older:invitation-waiting:resend',
      'Waiting:invitation-waiting:resend',
      'Basic:not-licensed:licence',
      'NoApp:never-signed-in-to-app:message',
    ]);
  });

  it('puts the invitation closest to its end first, and says how many days are left', () => {
    const items = needsYouToday([pending('Later', 24), pending('Sooner', 28)], now);
    expect(items.map((i) => [i.person.user.first_name, i.days])).toEqual([
      ['Sooner', 2],
      ['Later', 6],
    ]);
  });

  it('does not count a week exactly as "more than a week"', () => {
    expect(reasonFor(pending('Seven', 7))).toBeNull();
    expect(reasonFor(pending('Eight', 8))).toBe('invitation-waiting');
  });

  it('moves someone nudged today to the end and marks them, but not someone nudged yesterday', () => {
    const today: Nudge = { at: new Date(2026, 2, 10, 10, 42).toISOString(), how: 'invitation' };
    const yesterday: Nudge = { at: new Date(2026, 2, 9, 18, 0).toISOString(), how: 'message' };
    const items = needsYouToday(
      [
        pending('Ending', 27, { lastNudge: today }),
        pending('Waiting', 10, { lastNudge: yesterday }),
        active('NoApp', { last_client_version: '' }),
      ],
      now,
    );
    expect(items.map((i) => [i.person.user.first_name, i.nudgedToday])).toEqual([
      ['Waiting', false],
      ['NoApp', false],
      ['Ending', true],
    ]);
    expect(items[0]?.lastNudge).toEqual(yesterday);
  });

  it('never holds back a fix that does not reach the person (a licence) because of a nudge', () => {
    const today: Nudge = { at: new Date(2026, 2, 10, 9, 0).toISOString(), how: 'message' };
    const [item] = needsYouToday([active('Basic', { type: 1 }, { lastNudge: today })], now);
    expect(item).toMatchObject({ fix: 'licence', nudgedToday: false, lastNudge: today });
  });

  it('tells days apart by the calendar here, not by 24 hours', () => {
    expect(sameLocalDay(new Date(2026, 2, 10, 0, 1), new Date(2026, 2, 10, 23, 59))).toBe(true);
    expect(sameLocalDay(new Date(2026, 2, 9, 23, 59), new Date(2026, 2, 10, 0, 1))).toBe(false);
    expect(nudgedOn({ at: 'not a time', how: 'message' }, now)).toBe(false);
    expect(nudgedOn(null, now)).toBe(false);
  });

  it('lists an alternative host the meeting-access doctor last found unable to start meetings', () => {
    const note = {
      checkedAt: daysAgo(1),
      role: 'alternative-host' as const,
      host: { email: 'maria@example.org', name: 'Maria Lopez' },
      meetings: 3,
      cannotStart: 2,
      schedulingPrivilege: false,
      blocked: true,
      findings: [],
    };
    const blocked = { ...active('Jo', {}), meetingAccess: note };
    const fine = {
      ...active('Sam', {}),
      meetingAccess: { ...note, cannotStart: 0, blocked: false },
    };
    expect(names(needsYouToday([fine, blocked, active('Basic', { type: 1 })], now))).toEqual([
      'Basic:not-licensed:licence',
      'Jo:cannot-start-meetings:doctor',
    ]);
    // A licence comes first: they cannot host at all until then.
    expect(reasonFor({ ...active('Both', { type: 1 }), meetingAccess: note })).toBe('not-licensed');
  });
});
