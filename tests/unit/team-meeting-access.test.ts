import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nonprofitPeople } from '../../electron/sandbox/constants';
import { needsYouToday } from '../../shared/needs-you';
import { teamFixture, type TeamFixture } from './team-kit';

let fixture: TeamFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const owner = nonprofitPeople.owner.email;
const coAdmin = nonprofitPeople.coAdmin.email;
const member = nonprofitPeople.member.email;

describe("the meeting-access doctor's findings on the team", () => {
  it('puts an alternative host who cannot start the meetings on "who needs you", until fixed', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-access-'));
    fixture = await teamFixture({ dataDir });
    // Robert uses the Zoom app, so only his meetings are left.
    await fixture.control('/_sandbox/app-signin', { email: member });
    await fixture.handlers.refreshTeam({});
    const args = { hostEmail: owner, personEmail: member, role: 'alternative-host' } as const;

    const before = await fixture.handlers.getTeam({});
    expect(before.people.find((p) => p.user.email === member)?.readiness.stage).toBe('ready');
    const report = await fixture.handlers.checkMeetingAccess(args);
    expect(report.ok).toBe(false);
    const view = await fixture.handlers.getTeam({});
    const person = view.people.find((p) => p.user.email === member)!;
    // What Zoom said, when, and about whose meetings.
    expect(person.meetingAccess).toMatchObject({
      checkedAt: report.checkedAt,
      role: 'alternative-host',
      host: { email: owner },
      meetings: 3,
      cannotStart: 3,
      blocked: true,
    });
    // "Ready" means checked: the table, the counts and "everyone is ready" take it in.
    expect(person.readiness.stage).toBe('app-signed-in');
    expect(person.readiness.blockers.map((b) => b.code)).toContain('not-alternative-host');
    expect(view.counts.ready).toBe(before.counts.ready - 1);
    const items = needsYouToday(view.people, new Date());
    expect(items.find((i) => i.person.user.email === member)).toMatchObject({
      reason: 'cannot-start-meetings',
      fix: 'doctor',
    });

    // Kept on this computer: a new start of ReadyRoom still knows.
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'team-snapshot.json'), 'utf8'));
    expect(saved.meetingAccess[member]).toHaveLength(1);

    // The one-click fix, checked again by the doctor, takes them off the list.
    const { report: after } = await fixture.handlers.addAlternativeHost(args);
    expect(after.meetings.every((m) => m.isAlternativeHost)).toBe(true);
    const fixed = await fixture.handlers.getTeam({});
    const again = fixed.people.find((p) => p.user.email === member)!;
    expect(again.meetingAccess).toMatchObject({ cannotStart: 0, blocked: false });
    expect(again.readiness.stage).toBe('ready');
    expect(
      needsYouToday(fixed.people, new Date()).some((i) => i.person.user.email === member),
    ).toBe(false);
  });

  it('keeps a problem with one host when a check with another host finds none', async () => {
    fixture = await teamFixture();
    await fixture.handlers.refreshTeam({});
    await fixture.handlers.checkMeetingAccess({
      hostEmail: owner,
      personEmail: coAdmin,
      role: 'co-admin',
    });
    const other = await fixture.handlers.grantSchedulingPrivilege({
      hostEmail: member,
      personEmail: coAdmin,
      role: 'co-admin',
    });
    expect(other.ok).toBe(true);
    const view = await fixture.handlers.getTeam({});
    const person = view.people.find((p) => p.user.email === coAdmin)!;
    expect(person.meetingAccess).toMatchObject({ host: { email: owner }, blocked: true });
  });

  it('keeps nothing when Zoom does not know the person', async () => {
    fixture = await teamFixture();
    await fixture.handlers.refreshTeam({});
    await fixture.handlers.checkMeetingAccess({
      hostEmail: owner,
      personEmail: 'nobody@example.org',
      role: 'alternative-host',
    });
    const view = await fixture.handlers.getTeam({});
    expect(view.people.every((p) => p.meetingAccess === undefined)).toBe(true);
  });
});
