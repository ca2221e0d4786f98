import type { z } from 'zod';
import {
  ZoomAssistantList,
  ZoomMeeting,
  ZoomMeetingList,
  ZoomSchedulerList,
  ZoomUser,
  ZoomUserList,
} from '../../shared/zoom';
import { loadZoomSpec } from './sandbox-spec';

/**
 * The Zoom client reads Zoom's answers through the zod schemas in shared/zoom.ts. This checks
 * those schemas against Zoom's own OpenAPI file: an answer that uses every field the client knows
 * must be one Zoom documents (closed schema: no invented field names, the documented types).
 */
const spec = loadZoomSpec();

const user = {
  id: 'KDcuGIm1QgePTO8WbOqwIQ',
  email: 'jchill@example.com',
  first_name: 'Jill',
  last_name: 'Chill',
  type: 2,
  status: 'active',
  verified: 1,
  pmi: 3542471135,
  role_id: '0',
  timezone: 'Asia/Shanghai',
  dept: 'Developers',
  created_at: '2019-06-01T07:58:03Z',
  last_login_time: '2019-06-01T07:58:03Z',
  last_client_version: '5.17.11.34827(mac)',
};
const userDetail = {
  ...user,
  account_id: 'q6gBJVO5TzexKYTb_I2rpg',
  role_name: 'Owner',
  personal_meeting_url: 'https://zoom.us/j/3542471135',
  use_pmi: false,
  login_types: [1, 100],
  language: 'en-US',
};
const meetingSummary = {
  id: '85746065432109876',
  uuid: 'aDYlohsHRtCd4ii1uC2+hA==',
  host_id: 'KDcuGIm1QgePTO8WbOqwIQ',
  topic: 'Volunteer briefing',
  type: 2,
  start_time: '2026-12-01T17:00:00Z',
  duration: 60,
  timezone: 'America/Chicago',
  join_url: 'https://zoom.us/j/85746065432109876',
};

/** Fields of our schemas that only the 2025 User API file documents (checked there). */
const only2025 = {
  users: ['display_name', 'user_created_at', 'host_key'],
  user: ['display_name', 'user_created_at'],
} as const;

const cases: ReadonlyArray<{
  operation: string;
  schema: z.ZodType;
  sample: Record<string, unknown>;
  /** Every field the client's schema knows, at the place the sample holds them. */
  fields: ReadonlyArray<string>;
  fieldsOf: (sample: Record<string, unknown>) => Record<string, unknown>;
}> = [
  {
    operation: 'users',
    schema: ZoomUserList,
    sample: {
      next_page_token: 't',
      page_count: 1,
      page_number: 1,
      page_size: 300,
      total_records: 1,
      users: [user],
    },
    fields: Object.keys(ZoomUserList.shape.users.element.shape).filter(
      (f) => !(only2025.users as readonly string[]).includes(f),
    ),
    fieldsOf: (s) => (s.users as Array<Record<string, unknown>>)[0]!,
  },
  {
    operation: 'user',
    schema: ZoomUser,
    sample: userDetail,
    fields: Object.keys(ZoomUser.shape).filter(
      (f) => !(only2025.user as readonly string[]).includes(f) && f !== 'host_key',
    ),
    fieldsOf: (s) => s,
  },
  {
    operation: 'meetings',
    schema: ZoomMeetingList,
    sample: { next_page_token: '', page_size: 30, total_records: 1, meetings: [meetingSummary] },
    fields: Object.keys(ZoomMeetingList.shape.meetings.element.shape),
    fieldsOf: (s) => (s.meetings as Array<Record<string, unknown>>)[0]!,
  },
  {
    operation: 'meeting',
    schema: ZoomMeeting,
    sample: {
      ...meetingSummary,
      settings: {
        alternative_hosts: 'james@example.org;ana@example.org',
        alternative_hosts_email_notification: true,
      },
    },
    fields: Object.keys(ZoomMeeting.shape),
    fieldsOf: (s) => s,
  },
  {
    operation: 'userAssistants',
    schema: ZoomAssistantList,
    sample: { assistants: [{ id: 'a1', email: 'helper@example.org' }] },
    fields: ['assistants'],
    fieldsOf: (s) => s,
  },
  {
    operation: 'userSchedulers',
    schema: ZoomSchedulerList,
    sample: { schedulers: [{ id: 's1', email: 'boss@example.org' }] },
    fields: ['schedulers'],
    fieldsOf: (s) => s,
  },
];

describe("the Zoom client's answer schemas, against Zoom's OpenAPI file", () => {
  it.each(cases)(
    '$operation: every field the client reads is one Zoom documents',
    ({ operation, schema, sample, fields, fieldsOf }) => {
      // The sample uses every field the client's schema knows…
      for (const field of fields)
        expect(fieldsOf(sample), `${operation}.${field}`).toHaveProperty(field);
      // …the client accepts it…
      expect(schema.safeParse(sample).success).toBe(true);
      // …and Zoom's file says it is a valid answer (meeting ids go as 64-bit integers on the wire).
      const wire = JSON.parse(JSON.stringify(sample).replace(/"id":"(\d{12,})"/g, '"id":$1'));
      const validate = spec.successValidator(operation, 200);
      expect(validate, operation).toBeDefined();
      expect(validate!(wire), JSON.stringify(validate!.errors)).toBe(true);
    },
  );

  it('documents, in the 2025 User API file, the user fields the 2023 file lacks', () => {
    for (const field of only2025.users)
      expect(spec.in2025('users', { at: ['users', '[]'], field }), field).toBe(true);
    for (const field of only2025.user)
      expect(spec.in2025('user', { at: [], field }), field).toBe(true);
  });
});
