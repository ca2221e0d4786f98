import { bodyObject, hasScope, resolveUser } from './access';
import type { ApiHandler, ApiRequest } from './api-types';
import { zoomTime } from './clock';
import { validationFailed, ZoomApiError } from './http';
import type { SandboxMeeting } from './model';
import { applyMeetingPatch } from './meeting-patch';
import { paginate } from './pagination';

const listTypes = ['scheduled', 'live', 'upcoming', 'upcoming_meetings', 'previous_meetings'];

function links(meeting: SandboxMeeting, baseUrl: string): { join_url: string; start_url: string } {
  const id = meeting.id.toString();
  return {
    join_url: `${baseUrl}/j/${id}?pwd=${encodeURIComponent(meeting.password)}`,
    start_url: `${baseUrl}/s/${id}?zak=sandbox-${meeting.uuid.slice(0, 8)}`,
  };
}

/** A meeting as `GET /users/{userId}/meetings` lists it. */
function meetingListItem(meeting: SandboxMeeting, hostId: string, baseUrl: string) {
  return {
    uuid: meeting.uuid,
    id: meeting.id,
    host_id: hostId,
    topic: meeting.topic,
    type: meeting.type,
    start_time: zoomTime(meeting.startTime),
    duration: meeting.duration,
    timezone: meeting.timezone,
    agenda: meeting.agenda,
    created_at: zoomTime(meeting.createdAt),
    join_url: links(meeting, baseUrl).join_url,
  };
}

function isLive(meeting: SandboxMeeting, now: number): boolean {
  return meeting.startTime <= now && now < meeting.startTime + meeting.duration * 60_000;
}

function hasEnded(meeting: SandboxMeeting, now: number): boolean {
  return now >= meeting.startTime + meeting.duration * 60_000;
}

/**
 * GET /users/{userId}/meetings — only the meetings the user hosts: an alternative host does not
 * see the host's meetings here (which is why co-admins "cannot see" them).
 */
export const listMeetings: ApiHandler = (request) => {
  const { sandbox, query } = request;
  const type = query.get('type') ?? 'scheduled';
  if (!listTypes.includes(type)) throw validationFailed('type');
  const user = resolveUser(request, 'meeting:read:admin', { allowAssistant: true });
  const now = sandbox.now();
  const meetings = sandbox.state.meetingsHostedBy(user.key).filter((m) => {
    if (type === 'live') return isLive(m, now);
    if (type === 'upcoming' || type === 'upcoming_meetings') return !hasEnded(m, now);
    if (type === 'previous_meetings') return hasEnded(m, now);
    return true;
  });
  const page = paginate(meetings, query, sandbox.pageTokens, `meetings:${user.key}:${type}`);
  return {
    status: 200,
    body: {
      page_count: page.page_count,
      page_number: page.page_number,
      page_size: page.page_size,
      total_records: page.total_records,
      next_page_token: page.next_page_token,
      meetings: page.items.map((m) => meetingListItem(m, user.id ?? '', sandbox.baseUrl)),
    },
  };
};

function meetingNotFound(meetingId: string): ZoomApiError {
  return new ZoomApiError(404, 3001, `Meeting ${meetingId} is not found or has expired.`);
}

/**
 * Finds `{meetingId}` for the caller. Admins reach every meeting of their account; others only
 * meetings they host or schedule for (scheduling privilege); anyone else gets `denied`.
 */
function findMeeting(
  request: ApiRequest,
  adminScope: string,
  denied: ZoomApiError,
): SandboxMeeting {
  const { sandbox, caller } = request;
  const meetingId = request.params.meetingId ?? '';
  if (!/^\d{1,20}$/.test(meetingId)) throw meetingNotFound(meetingId);
  const meeting = sandbox.state.meeting(BigInt(meetingId));
  const host = meeting ? sandbox.state.user(meeting.hostKey) : undefined;
  if (!meeting || !host || host.accountId !== caller.account.id) throw meetingNotFound(meetingId);
  const allowed =
    hasScope(request, adminScope) ||
    host.key === caller.user.key ||
    host.assistantKeys.includes(caller.user.key);
  if (!allowed) throw denied;
  return meeting;
}

/** GET /meetings/{meetingId} — the meeting with its settings, 64-bit id intact. */
export const getMeeting: ApiHandler = (request) => {
  const { sandbox } = request;
  const meeting = findMeeting(
    request,
    'meeting:read:admin',
    new ZoomApiError(400, 3000, 'Cannot access meeting information.'),
  );
  const host = sandbox.state.user(meeting.hostKey);
  return {
    status: 200,
    body: {
      uuid: meeting.uuid,
      id: meeting.id,
      host_id: host?.id ?? '',
      host_email: host?.email ?? '',
      topic: meeting.topic,
      type: meeting.type,
      status: isLive(meeting, sandbox.now()) ? 'started' : 'waiting',
      start_time: zoomTime(meeting.startTime),
      duration: meeting.duration,
      timezone: meeting.timezone,
      agenda: meeting.agenda,
      created_at: zoomTime(meeting.createdAt),
      ...links(meeting, sandbox.baseUrl),
      password: meeting.password,
      h323_password: String(meeting.id % 1_000_000n).padStart(6, '0'),
      encrypted_password: meeting.password,
      pre_schedule: false,
      settings: { ...meeting.settings },
    },
  };
};

/** PATCH /meetings/{meetingId} — topic, time and settings, including alternative hosts. */
export const updateMeeting: ApiHandler = (request) => {
  const body = bodyObject(request);
  const meeting = findMeeting(
    request,
    'meeting:write:admin',
    new ZoomApiError(400, 3003, 'You are not the meeting host.'),
  );
  applyMeetingPatch(request.sandbox, meeting, body);
  return { status: 204 };
};
