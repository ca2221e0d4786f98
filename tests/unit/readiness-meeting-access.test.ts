import { hostMeetingsFromZoom, withHostingFindings } from '../../shared/readiness';
import {
  CO_ADMIN_EMAIL,
  OWNER,
  assess,
  codes,
  ownerMeetings,
  pendingUser,
  readyUser,
} from '../support/readiness-fixtures';

describe('meeting access for co-admins and alternative hosts', () => {
  const coAdmin = readyUser({ email: CO_ADMIN_EMAIL });
  const allThree = ownerMeetings(
    [CO_ADMIN_EMAIL],
    [CO_ADMIN_EMAIL, 'x@y.example'],
    [CO_ADMIN_EMAIL],
  );

  it("explains why the co-admin cannot see the owner's meetings, and what to grant (scenario 4)", () => {
    const result = assess({
      user: coAdmin,
      role: 'co-admin',
      hosting: { host: OWNER, upcomingMeetings: allThree, assistants: [] },
      schedulers: [],
    });
    expect(result.stage).toBe('app-signed-in');
    expect(result.blockers).toEqual([
      {
        code: 'no-scheduling-privilege',
        severity: 'blocking',
        params: { host: 'Maria' },
        fix: 'grant-scheduling-privilege',
      },
      {
        code: 'alt-host-cannot-see-meetings',
        severity: 'warning',
        params: { meetings: 3, host: 'Maria' },
        fix: 'explain-alt-host',
      },
    ]);
  });

  it('passes once the owner grants scheduling privilege, from either side (scenario 4)', () => {
    const viaAssistants = assess({
      user: coAdmin,
      role: 'co-admin',
      hosting: {
        host: OWNER,
        upcomingMeetings: allThree,
        assistants: [{ email: 'Joe@Riverside.example' }],
      },
    });
    expect(viaAssistants).toEqual({ stage: 'ready', blockers: [] });
    const viaSchedulers = assess({
      user: coAdmin,
      role: 'co-admin',
      hosting: { host: OWNER, upcomingMeetings: ownerMeetings([], []) },
      schedulers: [{ id: 'owner', email: OWNER.email }],
    });
    expect(viaSchedulers).toEqual({ stage: 'ready', blockers: [] });
  });

  it('asks to add an alternative host to the meetings they are missing from', () => {
    const result = assess({
      user: coAdmin,
      role: 'alternative-host',
      hosting: {
        host: { email: OWNER.email },
        upcomingMeetings: ownerMeetings([CO_ADMIN_EMAIL], [], []),
      },
    });
    expect(result.stage).toBe('app-signed-in');
    expect(result.blockers).toEqual([
      {
        code: 'not-alternative-host',
        severity: 'blocking',
        params: { missing: 2, total: 3, host: OWNER.email },
        fix: 'add-as-alternative-host',
      },
      {
        code: 'alt-host-cannot-see-meetings',
        severity: 'warning',
        params: { meetings: 1, host: OWNER.email },
        fix: 'explain-alt-host',
      },
    ]);
  });

  it('matches emails whatever their case', () => {
    const result = assess({
      user: readyUser({ email: 'Joe@Riverside.Example' }),
      role: 'alternative-host',
      hosting: { host: OWNER, upcomingMeetings: ownerMeetings([CO_ADMIN_EMAIL]) },
    });
    expect(codes(result)).toEqual(['alt-host-cannot-see-meetings']);
    expect(result.stage).toBe('ready');
  });

  it('tells a member who is an alternative host why the meeting is not in their list, without blocking', () => {
    const result = assess({
      user: coAdmin,
      role: 'member',
      hosting: {
        host: OWNER,
        upcomingMeetings: ownerMeetings([CO_ADMIN_EMAIL], []),
        assistants: [],
      },
    });
    expect(result.stage).toBe('ready');
    expect(codes(result)).toEqual(['alt-host-cannot-see-meetings']);
  });

  it('raises nothing it cannot know: no host data, no lists, or the host themself', () => {
    expect(assess({ user: coAdmin, role: 'co-admin' }).stage).toBe('ready');
    expect(
      assess({ user: coAdmin, role: 'co-admin', hosting: { host: OWNER, upcomingMeetings: [] } })
        .stage,
    ).toBe('ready');
    const owner = readyUser({ email: OWNER.email });
    expect(
      assess({
        user: owner,
        role: 'co-admin',
        hosting: { host: OWNER, upcomingMeetings: ownerMeetings([]), assistants: [] },
      }),
    ).toEqual({ stage: 'ready', blockers: [] });
  });

  it('does not check meeting access before the person is active', () => {
    const result = assess({
      user: pendingUser(2, { email: CO_ADMIN_EMAIL }),
      role: 'co-admin',
      hosting: { host: OWNER, upcomingMeetings: ownerMeetings([]), assistants: [] },
    });
    expect(codes(result)).toEqual(['invitation-pending']);
  });

  it("splits Zoom's alternative-host lists once for many people", () => {
    const meetings = hostMeetingsFromZoom([
      {
        id: '81234567890123',
        topic: 'Board',
        settings: { alternative_hosts: 'Joe@Riverside.example; a@b.example' },
      },
      { id: '81234567890124', start_time: '2025-03-12T17:00:00Z' },
    ]);
    expect(meetings).toEqual([
      {
        id: '81234567890123',
        topic: 'Board',
        alternativeHosts: ['joe@riverside.example', 'a@b.example'],
      },
      { id: '81234567890124', startTime: '2025-03-12T17:00:00Z', alternativeHosts: [] },
    ]);
  });

  it('gives a later check the same say as when the hosting facts come with the record', () => {
    const input = {
      user: coAdmin,
      role: 'co-admin' as const,
      hosting: { host: OWNER, upcomingMeetings: allThree, assistants: [] },
      schedulers: [],
    };
    const together = assess(input);
    const later = withHostingFindings(assess({ user: coAdmin }), together.blockers);
    expect(later).toEqual(together);
    // A warning alone leaves "ready" as it is; the same finding twice is said once.
    const warning = together.blockers.filter((b) => b.severity === 'warning');
    const ready = assess({ user: coAdmin });
    expect(withHostingFindings(ready, warning).stage).toBe('ready');
    expect(withHostingFindings(later, together.blockers)).toEqual(later);
  });
});
