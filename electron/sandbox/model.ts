/** The records the sandbox keeps, in Zoom's terms (see ../shared/zoom/README.md). */

/** 1 Basic, 2 Licensed, 3 On-prem, 99 None. */
export type UserType = 1 | 2 | 3 | 99;
export type UserStatus = 'active' | 'inactive' | 'pending';
/** Zoom's built-in roles: 0 Owner, 1 Admin, 2 Member. */
export type RoleId = '0' | '1' | '2';

export const roleNames: Readonly<Record<RoleId, string>> = {
  '0': 'Owner',
  '1': 'Admin',
  '2': 'Member',
};

export type PlanKind = 'free' | 'pro' | 'business';

export interface SandboxAccount {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  /** What the account's billing page would call the plan, e.g. "Zoom One Pro". */
  readonly planName: string;
  readonly plan: PlanKind;
  /** Licensed seats bought; pending Licensed invitations count against them, as in Zoom. */
  licences: number;
  ownerKey: string;
  /**
   * Profile fields only an admin may change (Zoom's account setting
   * `security.user_modifiable_info_by_admin`); unset, people may change their own host key.
   */
  adminOnlyUserInfo?: ReadonlyArray<'name' | 'profile_picture' | 'sign_in_email' | 'host_key'>;
  /** Invitations created on `inviteDay` (UTC date), for the daily invite limit. */
  inviteDay: string;
  invitesToday: number;
}

export interface Invitation {
  readonly token: string;
  readonly sentAt: number;
  readonly expiresAt: number;
  state: 'open' | 'used' | 'cancelled';
  readonly inviterKey: string;
}

export interface SandboxUser {
  /** Internal handle; pending users have no Zoom id, so this is how the sandbox tracks them. */
  readonly key: string;
  /** Zoom's user id; undefined while the invitation is pending. */
  id: string | undefined;
  accountId: string;
  email: string;
  firstName: string;
  lastName: string;
  type: UserType;
  status: UserStatus;
  roleId: RoleId;
  verified: 0 | 1;
  pmi: number;
  hostKey: string | undefined;
  timezone: string;
  language: string;
  dept: string;
  /** When the user joined the account (for pending users: when they were invited). */
  createdAt: number;
  /** When the person's Zoom identity was first created. */
  userCreatedAt: number;
  lastLoginTime: number | undefined;
  lastClientVersion: string | undefined;
  loginTypes: number[];
  passwordHash: string | undefined;
  invitation: Invitation | undefined;
  /** Keys of the users this user gave scheduling privilege to, in the order added. */
  assistantKeys: string[];
}

export interface MeetingSettings {
  host_video: boolean;
  participant_video: boolean;
  join_before_host: boolean;
  jbh_time: number;
  mute_upon_entry: boolean;
  waiting_room: boolean;
  watermark: boolean;
  use_pmi: boolean;
  approval_type: number;
  audio: 'both' | 'telephony' | 'voip' | 'thirdParty';
  auto_recording: 'local' | 'cloud' | 'none';
  /** Semicolon-separated emails. */
  alternative_hosts: string;
  alternative_hosts_email_notification: boolean;
  meeting_authentication: boolean;
  private_meeting: boolean;
  show_share_button: boolean;
  allow_multiple_devices: boolean;
  encryption_type: 'enhanced_encryption' | 'e2ee';
}

export interface SandboxMeeting {
  /** 64-bit: kept as bigint and written to JSON with every digit. */
  readonly id: bigint;
  readonly uuid: string;
  hostKey: string;
  topic: string;
  agenda: string;
  /** 2 scheduled, 8 recurring with a fixed time. */
  type: 2 | 8;
  startTime: number;
  /** Minutes. */
  duration: number;
  timezone: string;
  readonly createdAt: number;
  password: string;
  settings: MeetingSettings;
}

export interface SentEmail {
  readonly id: string;
  readonly to: string;
  readonly from: string;
  readonly subject: string;
  readonly sentAt: number;
  readonly kind: 'invitation';
  readonly accountName: string;
  readonly inviterName: string;
  readonly activationToken: string;
  /** The address already had a Zoom account when the email was sent ("Confirm and switch"). */
  readonly existingAccount: boolean;
  readonly bounced: boolean;
}
