import { parseAlternativeHosts } from '../../shared/zoom';
import type { SandboxContext } from './context';
import { validationFailed, ZoomApiError } from './http';
import type { MeetingSettings, SandboxMeeting } from './model';

type SettingKind = 'boolean' | 'integer' | readonly string[];

/** The settings the sandbox keeps, with the values Zoom accepts for each. */
const settingKinds: Readonly<
  Record<Exclude<keyof MeetingSettings, 'alternative_hosts'>, SettingKind>
> = {
  host_video: 'boolean',
  participant_video: 'boolean',
  join_before_host: 'boolean',
  jbh_time: [0, 5, 10, 15].map(String),
  mute_upon_entry: 'boolean',
  waiting_room: 'boolean',
  watermark: 'boolean',
  use_pmi: 'boolean',
  approval_type: 'integer',
  audio: ['both', 'telephony', 'voip', 'thirdParty'],
  auto_recording: ['local', 'cloud', 'none'],
  alternative_hosts_email_notification: 'boolean',
  meeting_authentication: 'boolean',
  private_meeting: 'boolean',
  show_share_button: 'boolean',
  allow_multiple_devices: 'boolean',
  encryption_type: ['enhanced_encryption', 'e2ee'],
};

function checkSetting(name: string, kind: SettingKind, value: unknown): void {
  const ok =
    kind === 'boolean'
      ? typeof value === 'boolean'
      : kind === 'integer'
        ? typeof value === 'number' && Number.isInteger(value)
        : (typeof value === 'string' || typeof value === 'number') && kind.includes(String(value));
  if (!ok) throw validationFailed(`settings.${name}`);
}

/**
 * Alternative hosts must be users of the host's account (1010) and Licensed. Zoom's 2023 file
 * lists no code for the Licensed rule; the sandbox answers 1114 (see the sandbox report).
 */
function checkAlternativeHosts(
  sandbox: SandboxContext,
  meeting: SandboxMeeting,
  value: string,
): string {
  const host = sandbox.state.user(meeting.hostKey);
  if (!host)
    throw new ZoomApiError(404, 3001, `Meeting ${meeting.id} is not found or has expired.`);
  const emails = parseAlternativeHosts(value).filter((email) => email !== host.email);
  for (const email of emails) {
    const user = sandbox.state.findByEmail(host.accountId, email);
    if (!user || user.status !== 'active')
      throw new ZoomApiError(400, 1010, `User not found on this account: ${host.accountId}.`);
    if (user.type !== 2)
      throw new ZoomApiError(
        400,
        1114,
        `Alternative host ${email} must be a Licensed user on this account.`,
      );
  }
  return [...new Set(emails)].join(';');
}

/** Validates a PATCH body completely, then applies it (all or nothing, as Zoom does). */
export function applyMeetingPatch(
  sandbox: SandboxContext,
  meeting: SandboxMeeting,
  body: Record<string, unknown>,
): void {
  const { topic, agenda, duration, start_time: startTime, timezone, settings } = body;
  if (topic !== undefined && (typeof topic !== 'string' || topic.length > 200))
    throw validationFailed('topic');
  if (agenda !== undefined && (typeof agenda !== 'string' || agenda.length > 2000))
    throw validationFailed('agenda');
  if (
    duration !== undefined &&
    (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 0)
  )
    throw validationFailed('duration');
  if (timezone !== undefined && typeof timezone !== 'string') throw validationFailed('timezone');
  let start: number | undefined;
  if (startTime !== undefined) {
    start = typeof startTime === 'string' ? Date.parse(startTime) : Number.NaN;
    if (Number.isNaN(start)) throw validationFailed('start_time');
  }
  const changes: Partial<MeetingSettings> = {};
  if (settings !== undefined) {
    if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
      throw validationFailed('settings');
    for (const [name, value] of Object.entries(settings as Record<string, unknown>)) {
      if (name === 'alternative_hosts') {
        if (typeof value !== 'string') throw validationFailed('settings.alternative_hosts');
        changes.alternative_hosts = checkAlternativeHosts(sandbox, meeting, value);
        continue;
      }
      const kind = (settingKinds as Readonly<Record<string, SettingKind>>)[name];
      if (kind === undefined) continue;
      checkSetting(name, kind, value);
      Object.assign(changes, { [name]: name === 'jbh_time' ? Number(value) : value });
    }
  }
  if (typeof topic === 'string') meeting.topic = topic;
  if (typeof agenda === 'string') meeting.agenda = agenda;
  if (typeof duration === 'number') meeting.duration = duration;
  if (typeof timezone === 'string') meeting.timezone = timezone;
  // Zoom ignores a start_time in the past rather than failing.
  if (start !== undefined && start > sandbox.now()) meeting.startTime = start;
  meeting.settings = { ...meeting.settings, ...changes };
}
