import { z } from 'zod';
import { normaliseEmail } from './team-emails';

/**
 * The parts of Zoom's REST v2 answers that ReadyRoom reads, as zod schemas. The sandbox produces
 * them, the Zoom client parses them, the readiness model reads them. Field names and meanings are
 * Zoom's (see ../shared/zoom/README.md); unknown fields are dropped.
 */

/** 1 Basic, 2 Licensed, 3 On-prem (old accounts), 4 Unassigned without Meetings Basic, 99 None. */
export const ZoomUserType = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(99),
]);
export type ZoomUserType = z.infer<typeof ZoomUserType>;

export const ZoomUserStatus = z.enum(['active', 'inactive', 'pending']);
export type ZoomUserStatus = z.infer<typeof ZoomUserStatus>;

/** A user as `GET /users` lists it (pending users have no id). */
export const ZoomUserSummary = z.object({
  id: z.string().optional(),
  email: z.string(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  display_name: z.string().optional(),
  type: ZoomUserType,
  status: ZoomUserStatus.optional(),
  verified: z.union([z.literal(0), z.literal(1)]).optional(),
  pmi: z.number().int().optional(),
  role_id: z.string().optional(),
  timezone: z.string().optional(),
  dept: z.string().optional(),
  created_at: z.string().optional(),
  user_created_at: z.string().optional(),
  last_login_time: z.string().optional(),
  last_client_version: z.string().optional(),
  host_key: z.string().optional(),
});
export type ZoomUserSummary = z.infer<typeof ZoomUserSummary>;

/** A user as `GET /users/{userId}` returns it. */
export const ZoomUser = ZoomUserSummary.extend({
  account_id: z.string().optional(),
  language: z.string().optional(),
  role_name: z.string().optional(),
  personal_meeting_url: z.string().optional(),
  use_pmi: z.boolean().optional(),
  login_types: z.array(z.number().int()).optional(),
});
export type ZoomUser = z.infer<typeof ZoomUser>;

export const ZoomUserList = z.object({
  next_page_token: z.string().optional(),
  page_count: z.number().int().optional(),
  page_number: z.number().int().optional(),
  page_size: z.number().int(),
  total_records: z.number().int(),
  users: z.array(ZoomUserSummary),
});
export type ZoomUserList = z.infer<typeof ZoomUserList>;

/**
 * Meeting ids are 64-bit: JSON numbers beyond 2^53 lose digits in JavaScript, so ReadyRoom keeps
 * them as strings (the client reads them from the raw text).
 */
export const MeetingId = z
  .union([z.string().regex(/^\d{1,20}$/), z.number().int()])
  .transform(String);

export const ZoomMeetingSummary = z.object({
  id: MeetingId,
  uuid: z.string().optional(),
  host_id: z.string().optional(),
  topic: z.string().optional(),
  type: z.number().int(),
  start_time: z.string().optional(),
  duration: z.number().int().optional(),
  timezone: z.string().optional(),
  join_url: z.string().optional(),
});
export type ZoomMeetingSummary = z.infer<typeof ZoomMeetingSummary>;

export const ZoomMeetingList = z.object({
  next_page_token: z.string().optional(),
  page_size: z.number().int().optional(),
  total_records: z.number().int().optional(),
  meetings: z.array(ZoomMeetingSummary),
});
export type ZoomMeetingList = z.infer<typeof ZoomMeetingList>;

export const ZoomMeeting = ZoomMeetingSummary.extend({
  settings: z
    .object({
      /** Semicolon-separated emails. */
      alternative_hosts: z.string().optional(),
      alternative_hosts_email_notification: z.boolean().optional(),
    })
    .optional(),
});
export type ZoomMeeting = z.infer<typeof ZoomMeeting>;

export const ZoomAssistantList = z.object({
  assistants: z.array(z.object({ id: z.string().optional(), email: z.string() })),
});
export type ZoomAssistantList = z.infer<typeof ZoomAssistantList>;

export const ZoomSchedulerList = z.object({
  schedulers: z.array(z.object({ id: z.string().optional(), email: z.string() })),
});
export type ZoomSchedulerList = z.infer<typeof ZoomSchedulerList>;

/** Zoom's error body. */
export const ZoomErrorBody = z.object({
  code: z.number().int(),
  message: z.string(),
  errors: z
    .array(z.object({ field: z.string().optional(), message: z.string().optional() }))
    .optional(),
});
export type ZoomErrorBody = z.infer<typeof ZoomErrorBody>;

/** Splits Zoom's "a@x.org;b@y.org" alternative-host list. */
export function parseAlternativeHosts(value: string | undefined): ReadonlyArray<string> {
  return (value ?? '')
    .split(/[;,]/)
    .map(normaliseEmail)
    .filter((s) => s.length > 0);
}
