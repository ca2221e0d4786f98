import { zoomTime } from './clock';
import { roleNames, type SandboxAccount, type SandboxUser } from './model';

function displayName(user: SandboxUser): string {
  return `${user.firstName} ${user.lastName}`.trim();
}

function loginTime(user: SandboxUser): string | undefined {
  return user.lastLoginTime === undefined ? undefined : zoomTime(user.lastLoginTime);
}

function optional<T>(key: string, value: T | undefined): Record<string, T> {
  return value === undefined ? {} : { [key]: value };
}

/** A user as `GET /users` lists them (pending users have no id, pmi or login times). */
export function userListItem(
  user: SandboxUser,
  options: { includeHostKey: boolean },
): Record<string, unknown> {
  const common = {
    email: user.email,
    first_name: user.firstName,
    last_name: user.lastName,
    display_name: displayName(user),
    type: user.type,
    status: user.status,
    role_id: user.roleId,
    timezone: user.timezone,
    dept: user.dept,
    created_at: zoomTime(user.createdAt),
    user_created_at: zoomTime(user.userCreatedAt),
  };
  if (user.status === 'pending') return { ...common, verified: 0 };
  return {
    id: user.id,
    ...common,
    verified: user.verified,
    pmi: user.pmi,
    group_ids: [],
    ...optional('last_login_time', loginTime(user)),
    ...optional('last_client_version', user.lastClientVersion),
    ...optional('host_key', options.includeHostKey ? user.hostKey : undefined),
  };
}

/**
 * A user as `GET /users/{userId}` returns them. For pending users Zoom reports `created_at` as
 * the time of the API call, not of the invitation (its spec says so), and there is no id.
 */
export function userDetail(
  user: SandboxUser,
  account: SandboxAccount,
  baseUrl: string,
  now: number,
): Record<string, unknown> {
  const common = {
    email: user.email,
    first_name: user.firstName,
    last_name: user.lastName,
    display_name: displayName(user),
    type: user.type,
    status: user.status,
    role_id: user.roleId,
    role_name: roleNames[user.roleId],
    account_id: account.id,
    account_number: account.number,
    timezone: user.timezone,
    language: user.language,
    dept: user.dept,
  };
  if (user.status === 'pending') {
    return {
      ...common,
      verified: 0,
      created_at: zoomTime(now),
      user_created_at: zoomTime(now),
      login_types: [],
    };
  }
  return {
    id: user.id,
    ...common,
    verified: user.verified,
    pmi: user.pmi,
    use_pmi: false,
    personal_meeting_url: `${baseUrl}/j/${user.pmi}`,
    created_at: zoomTime(user.createdAt),
    user_created_at: zoomTime(user.userCreatedAt),
    ...optional('last_login_time', loginTime(user)),
    ...optional('last_client_version', user.lastClientVersion),
    login_types: [...user.loginTypes],
    cluster: 'us05',
    jid: `${(user.id ?? '').toLowerCase()}@xmpp.zoom.us`,
    group_ids: [],
    im_group_ids: [],
    job_title: '',
    location: '',
    phone_numbers: [],
    pic_url: '',
  };
}

/** A plausible subset of `GET /users/{userId}/settings`, shaped by the user's licence. */
export function userSettings(user: SandboxUser): Record<string, unknown> {
  const licensed = user.type === 2;
  return {
    schedule_meeting: {
      host_video: true,
      participants_video: true,
      join_before_host: false,
      audio_type: 'both',
      require_password_for_scheduled_meetings: true,
      embed_password_in_join_link: true,
      use_pmi_for_scheduled_meetings: false,
      use_pmi_for_instant_meetings: false,
      personal_meeting: true,
    },
    in_meeting: {
      chat: true,
      co_host: licensed,
      screen_sharing: true,
      waiting_room: true,
      breakout_room: licensed,
      closed_caption: true,
      polling: licensed,
      virtual_background: true,
      show_a_join_from_your_browser_link: true,
      join_from_desktop: true,
      join_from_mobile: true,
      remote_control: true,
      non_verbal_feedback: true,
    },
    email_notification: {
      jbh_reminder: true,
      cancel_meeting_reminder: true,
      alternative_host_reminder: true,
      schedule_for_reminder: true,
    },
    recording: {
      local_recording: licensed,
      cloud_recording: licensed,
      auto_recording: 'none',
      host_pause_stop_recording: true,
    },
    telephony: {
      third_party_audio: false,
      show_international_numbers_link: true,
    },
    feature: {
      meeting_capacity: 100,
      large_meeting: false,
      webinar: false,
      zoom_phone: false,
      concurrent_meeting: licensed ? 'Basic' : 'None',
    },
  };
}
