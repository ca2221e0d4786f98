import type { MeetingDetails } from '../../../shared/api';
import type { InvitationPack } from '../../../shared/invitation-pack';
import { normaliseEmail } from '../../../shared/team-emails';
import { parseAlternativeHosts } from '../../../shared/zoom';
import type { ZoomClient } from '../zoom/zoom-client';
import { isZoomError } from '../zoom/zoom-errors';

const upcomingMeetingsLimit = 30;

/** The person's own meeting room, and the host's meetings they may start as alternative host. */
export async function getMeetingDetails(
  client: Pick<ZoomClient, 'getMe' | 'listMeetings' | 'getMeeting'>,
  pack: InvitationPack | null,
): Promise<MeetingDetails> {
  const me = await client.getMe();
  let alternativeHostMeetings: MeetingDetails['alternativeHostMeetings'] = null;
  const hostEmail = pack && pack.invitee.role !== 'member' ? pack.admin.email : null;
  if (hostEmail && normaliseEmail(hostEmail) !== normaliseEmail(me.email)) {
    try {
      const list = await client.listMeetings(hostEmail, {
        type: 'upcoming',
        pageSize: upcomingMeetingsLimit,
      });
      const meetings = await Promise.all(list.meetings.map((m) => client.getMeeting(m.id)));
      alternativeHostMeetings = meetings
        .filter((m) =>
          parseAlternativeHosts(m.settings?.alternative_hosts).includes(normaliseEmail(me.email)),
        )
        .map((m) => ({
          id: m.id,
          topic: m.topic ?? '',
          startTime: m.start_time ?? null,
          joinUrl: m.join_url ?? null,
          hostEmail,
        }));
    } catch (error) {
      // A member's token may not read the host's meetings: the step then explains instead.
      if (
        !isZoomError(error) ||
        !['no-privilege', 'missing-scopes', 'user-not-found'].includes(error.code)
      )
        throw error;
    }
  }
  return {
    pmi: me.pmi !== undefined ? String(me.pmi) : null,
    personalMeetingUrl: me.personal_meeting_url ?? null,
    alternativeHostMeetings,
  };
}
