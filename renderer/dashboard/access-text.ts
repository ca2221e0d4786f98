import type { MeetingAccessNote } from '../../shared/team-schemas';
import { formatDate, type LooseT } from './texts';

/** What the meeting-access doctor found when she last ran it: Zoom's answer, and its date. */
export function accessText(access: MeetingAccessNote, d: LooseT, language: string): string {
  const facts = { date: formatDate(access.checkedAt, language), host: access.host.name };
  if (!access.blocked) return d('needsYou.access.canStart', facts);
  return access.cannotStart > 0
    ? d('needsYou.access.cannotStart', {
        ...facts,
        missing: access.cannotStart,
        total: access.meetings,
      })
    : d('needsYou.access.cannotSchedule', facts);
}
