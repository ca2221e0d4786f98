import { dayMs } from './clock';
import { defaultClientVersion, nonprofitPeople, sandboxOrganisation } from './constants';
import type {
  MeetingSettings,
  PlanKind,
  SandboxAccount,
  SandboxMeeting,
  SandboxUser,
} from './model';
import { meetingIdFrom, type SeededRandom } from './random';
import type { NewUser, SandboxState } from './state';

const hourMs = 3600 * 1000;

/** Rounds a time to the hour, so scheduled meetings start at plausible times. */
export function onTheHour(ms: number): number {
  return Math.floor(ms / hourMs) * hourMs;
}

/** Adds an account and its owner in one step. */
export function addAccountWithOwner(
  state: SandboxState,
  account: Omit<SandboxAccount, 'ownerKey' | 'inviteDay' | 'invitesToday'>,
  owner: Omit<NewUser, 'accountId' | 'roleId'>,
): { account: SandboxAccount; owner: SandboxUser } {
  const created = state.addAccount({ ...account, ownerKey: '', inviteDay: '', invitesToday: 0 });
  const user = state.addUser({ ...owner, accountId: created.id, roleId: '0' });
  created.ownerKey = user.key;
  return { account: created, owner: user };
}

/** A personal free account (Basic, the person is its owner), e.g. one made with Google. */
export function addPersonalAccount(
  state: SandboxState,
  person: { firstName: string; lastName: string; email: string },
  options: { createdAt: number; loginTypes: number[]; lastClientVersion?: string; now: number },
): SandboxUser {
  const id = `personal${state.accounts.size + 1}${person.lastName.slice(0, 4)}`;
  return addAccountWithOwner(
    state,
    {
      id,
      number: 90_000_000 + state.accounts.size,
      name: `${person.firstName} ${person.lastName}`,
      planName: 'Basic',
      plan: 'free' satisfies PlanKind,
      licences: 0,
    },
    {
      ...person,
      type: 1,
      createdAt: options.createdAt,
      loginTypes: options.loginTypes,
      lastClientVersion: options.lastClientVersion,
      lastLoginTime: options.lastClientVersion ? options.now - 3 * dayMs : undefined,
    },
  ).owner;
}

/** A plan someone pays for alone (Pro, one licence): Licensed, and its owner. */
export function addPaidPersonalAccount(
  state: SandboxState,
  person: { firstName: string; lastName: string; email: string },
  options: { createdAt: number; lastClientVersion: string; now: number },
): SandboxUser {
  const id = `ownPro${state.accounts.size + 1}${person.lastName.slice(0, 4)}`;
  return addAccountWithOwner(
    state,
    {
      id,
      number: 91_000_000 + state.accounts.size,
      name: `${person.firstName} ${person.lastName}`,
      planName: 'Pro',
      plan: 'pro' satisfies PlanKind,
      licences: 1,
    },
    {
      ...person,
      type: 2,
      createdAt: options.createdAt,
      loginTypes: [100],
      lastClientVersion: options.lastClientVersion,
      lastLoginTime: options.now - 1 * dayMs,
    },
  ).owner;
}

/** Adds a pending user and "sends" their invitation at `invitedAt`. */
export function addInvitee(
  state: SandboxState,
  account: SandboxAccount,
  inviter: SandboxUser,
  person: { firstName: string; lastName: string; email: string },
  invitedAt: number,
  type: 1 | 2 = 2,
): SandboxUser {
  const user = state.addUser({
    ...person,
    accountId: account.id,
    type,
    status: 'pending',
    createdAt: invitedAt,
  });
  state.attachInvitation(user, inviter, invitedAt);
  return user;
}

function randomText(random: SeededRandom, length: number, alphabet: string): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += alphabet[random.int(0, alphabet.length - 1)];
  return text;
}

/** Zoom's default settings for a newly scheduled meeting. */
export function defaultMeetingSettings(): MeetingSettings {
  return {
    host_video: true,
    participant_video: true,
    join_before_host: false,
    jbh_time: 0,
    mute_upon_entry: true,
    waiting_room: true,
    watermark: false,
    use_pmi: false,
    approval_type: 2,
    audio: 'both',
    auto_recording: 'none',
    alternative_hosts: '',
    alternative_hosts_email_notification: true,
    meeting_authentication: false,
    private_meeting: false,
    show_share_button: false,
    allow_multiple_devices: true,
    encryption_type: 'enhanced_encryption',
  };
}

/** Schedules a meeting for a host. */
export function addMeeting(
  state: SandboxState,
  host: SandboxUser,
  input: {
    topic: string;
    startTime: number;
    duration: number;
    createdAt: number;
    agenda?: string;
    type?: 2 | 8;
    alternativeHosts?: ReadonlyArray<SandboxUser>;
  },
): SandboxMeeting {
  const random = state.random;
  return state.addMeeting({
    id: meetingIdFrom(random),
    uuid: `${randomText(random, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}==`,
    hostKey: host.key,
    topic: input.topic,
    agenda: input.agenda ?? '',
    type: input.type ?? 2,
    startTime: input.startTime,
    duration: input.duration,
    timezone: host.timezone,
    createdAt: input.createdAt,
    password: randomText(random, 6, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
    settings: {
      ...defaultMeetingSettings(),
      alternative_hosts: (input.alternativeHosts ?? []).map((u) => u.email).join(';'),
    },
  });
}

/** The organisation account and its owner, Maria, as every scenario starts. */
export function addOrganisation(
  state: SandboxState,
  now: number,
  overrides: Partial<Pick<SandboxAccount, 'plan' | 'planName' | 'licences'>> = {},
): { account: SandboxAccount; owner: SandboxUser } {
  return addAccountWithOwner(
    state,
    {
      id: sandboxOrganisation.accountId,
      number: 81_234_567,
      name: sandboxOrganisation.name,
      planName: sandboxOrganisation.plan,
      plan: 'pro',
      licences: sandboxOrganisation.licences,
      ...overrides,
    },
    {
      ...nonprofitPeople.owner,
      type: 2,
      createdAt: now - 420 * dayMs,
      lastLoginTime: now - 2 * hourMs,
      lastClientVersion: defaultClientVersion,
      dept: 'Operations',
    },
  );
}
