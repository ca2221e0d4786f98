import type { BlockerCode, Readiness } from './readiness-codes';
import type { MeetingAccessNote, MeetingAccessReport } from './team-schemas';

/** The hosting checks' own blockers (the readiness model's `addHostingBlockers`). */
const hostingCodes: ReadonlySet<BlockerCode> = new Set<BlockerCode>([
  'no-scheduling-privilege',
  'not-alternative-host',
  'alt-host-cannot-see-meetings',
]);

/** The readiness checks that say a person cannot start (or schedule) a host's meetings. */
export const meetingAccessCodes: ReadonlySet<BlockerCode> = new Set<BlockerCode>([
  'no-scheduling-privilege',
  'not-alternative-host',
]);

/** Whether the readiness model found something that keeps them from the host's meetings. */
export function accessBlocked(readiness: Readiness | null): boolean {
  return (
    readiness?.blockers.some((b) => b.severity === 'blocking' && meetingAccessCodes.has(b.code)) ??
    false
  );
}

/**
 * What the dashboard keeps of a meeting-access report, for "who needs you today": only when Zoom
 * knew both people (a report about someone Zoom could not find says nothing about meetings).
 */
export function meetingAccessNoteOf(report: MeetingAccessReport): MeetingAccessNote | null {
  if (!report.host.found || !report.person.found || report.host.email === report.person.email)
    return null;
  return {
    checkedAt: report.checkedAt,
    role: report.role,
    host: { email: report.host.email, name: report.host.name },
    meetings: report.meetings.length,
    cannotStart: report.meetings.filter((m) => !m.isAlternativeHost).length,
    schedulingPrivilege: report.schedulingPrivilege,
    blocked: accessBlocked(report.readiness),
    findings: (report.readiness?.blockers ?? []).filter((b) => hostingCodes.has(b.code)),
  };
}
