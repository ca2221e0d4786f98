import { normaliseEmail } from '../../shared/team-emails';
import { lifetimes, type SandboxScenarioName } from './constants';
import type {
  Invitation,
  SandboxAccount,
  SandboxMeeting,
  SandboxUser,
  SentEmail,
  UserType,
} from './model';
import { secretToken, seededRandom, userIdFrom, type SeededRandom } from './random';

export interface NewUser {
  readonly accountId: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly type: UserType;
  readonly createdAt: number;
  readonly status?: SandboxUser['status'];
  readonly roleId?: SandboxUser['roleId'];
  readonly verified?: 0 | 1;
  readonly userCreatedAt?: number;
  readonly lastLoginTime?: number;
  readonly lastClientVersion?: string;
  readonly loginTypes?: number[];
  readonly timezone?: string;
  readonly dept?: string;
  readonly withHostKey?: boolean;
}

export type InvitationView =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'cancelled'; readonly email: string }
  | { readonly kind: 'used' | 'expired'; readonly user: SandboxUser }
  | { readonly kind: 'open'; readonly user: SandboxUser; readonly invitation: Invitation };

/**
 * Everything the sandbox knows: accounts, users, meetings and the emails it "sent", with the
 * indexes Zoom's lookups need (by id, by email within an account). Time comes from the caller.
 */
export class SandboxState {
  readonly accounts = new Map<string, SandboxAccount>();
  readonly meetings = new Map<string, SandboxMeeting>();
  readonly emails: SentEmail[] = [];
  readonly bouncedAddresses = new Set<string>();
  readonly random: SeededRandom;
  private readonly users = new Map<string, SandboxUser>();
  private readonly accountUsers = new Map<string, SandboxUser[]>();
  private readonly byEmail = new Map<string, string[]>();
  private readonly byId = new Map<string, string>();
  private readonly byInvitation = new Map<string, string>();
  /** Links of invitations withdrawn (disassociate, resend), so their page can say so. */
  private readonly cancelledInvitations = new Map<string, string>();
  private nextKey = 1;

  constructor(
    readonly scenario: SandboxScenarioName,
    seed: number,
  ) {
    this.random = seededRandom(seed);
  }

  /** Registers an account (its owner is added with addUser afterwards). */
  addAccount(account: SandboxAccount): SandboxAccount {
    this.accounts.set(account.id, account);
    this.accountUsers.set(account.id, []);
    return account;
  }

  /** Creates a user; active users get an id, pending ones do not. */
  addUser(input: NewUser): SandboxUser {
    const status = input.status ?? 'active';
    const user: SandboxUser = {
      key: `u${this.nextKey++}`,
      id: status === 'pending' ? undefined : userIdFrom(this.random),
      accountId: input.accountId,
      email: normaliseEmail(input.email),
      firstName: input.firstName,
      lastName: input.lastName,
      type: input.type,
      status,
      roleId: input.roleId ?? '2',
      verified: input.verified ?? (status === 'pending' ? 0 : 1),
      pmi: this.random.int(2_000_000_000, 9_999_999_999),
      hostKey:
        (input.withHostKey ?? input.type === 2)
          ? String(this.random.int(100_000, 999_999))
          : undefined,
      timezone: input.timezone ?? 'America/Chicago',
      language: 'en-US',
      dept: input.dept ?? '',
      createdAt: input.createdAt,
      userCreatedAt: input.userCreatedAt ?? input.createdAt,
      lastLoginTime: input.lastLoginTime,
      lastClientVersion: input.lastClientVersion,
      loginTypes: input.loginTypes ?? (status === 'pending' ? [] : [100]),
      passwordHash: undefined,
      invitation: undefined,
      assistantKeys: [],
    };
    this.users.set(user.key, user);
    this.accountUsers.get(user.accountId)?.push(user);
    this.indexEmail(user);
    if (user.id) this.byId.set(user.id, user.key);
    return user;
  }

  /** Sends (records) an invitation for a pending user; the link lasts 30 days of sandbox time. */
  attachInvitation(user: SandboxUser, inviter: SandboxUser, sentAt: number): SentEmail {
    const account = this.accountOf(user);
    const invitation: Invitation = {
      token: secretToken(24),
      sentAt,
      expiresAt: sentAt + lifetimes.invitation * 1000,
      state: 'open',
      inviterKey: inviter.key,
    };
    user.invitation = invitation;
    this.byInvitation.set(invitation.token, user.key);
    const email: SentEmail = {
      id: `m${this.emails.length + 1}`,
      to: user.email,
      from: 'no-reply@zoom.us',
      subject: 'Zoom account invitation',
      sentAt,
      kind: 'invitation',
      accountName: account.name,
      inviterName: `${inviter.firstName} ${inviter.lastName}`.trim(),
      activationToken: invitation.token,
      existingAccount: this.activeElsewhere(user) !== undefined,
      bounced: this.bouncedAddresses.has(user.email),
    };
    this.emails.push(email);
    return email;
  }

  /** What an activation link points at right now. */
  invitationByToken(token: string, now: number): InvitationView {
    const cancelledFor = this.cancelledInvitations.get(token);
    if (cancelledFor !== undefined) return { kind: 'cancelled', email: cancelledFor };
    const key = this.byInvitation.get(token);
    const user = key === undefined ? undefined : this.users.get(key);
    const invitation = user?.invitation;
    if (!user || !invitation || invitation.token !== token) return { kind: 'unknown' };
    if (invitation.state === 'used') return { kind: 'used', user };
    if (invitation.state === 'cancelled') return { kind: 'cancelled', email: user.email };
    if (now >= invitation.expiresAt) return { kind: 'expired', user };
    return { kind: 'open', user, invitation };
  }

  /** Whether a pending user's invitation has run out (Zoom then answers 1120). */
  isExpired(user: SandboxUser, now: number): boolean {
    return (
      user.status === 'pending' && user.invitation !== undefined && now >= user.invitation.expiresAt
    );
  }

  /** The active record of the same person on another account (e.g. a personal free account). */
  activeElsewhere(user: SandboxUser): SandboxUser | undefined {
    return this.recordsWithEmail(user.email).find(
      (u) => u.key !== user.key && u.status === 'active' && u.accountId !== user.accountId,
    );
  }

  /** Gives a user their Zoom id (on activation). */
  assignId(user: SandboxUser, id: string): void {
    if (user.id) this.byId.delete(user.id);
    user.id = id;
    this.byId.set(id, user.key);
  }

  /** A fresh Zoom-style id. */
  newId(): string {
    return userIdFrom(this.random);
  }

  /** Moves a user to another account (disassociate, confirm and switch). */
  moveUser(user: SandboxUser, accountId: string): void {
    this.detach(user);
    user.accountId = accountId;
    this.accountUsers.get(accountId)?.push(user);
  }

  /** Removes a user everywhere: account list, indexes, assistants, and their meetings. */
  removeUser(user: SandboxUser): void {
    this.detach(user);
    this.users.delete(user.key);
    if (user.id && this.byId.get(user.id) === user.key) this.byId.delete(user.id);
    const keys = (this.byEmail.get(user.email) ?? []).filter((k) => k !== user.key);
    if (keys.length > 0) this.byEmail.set(user.email, keys);
    else this.byEmail.delete(user.email);
    if (user.invitation) {
      this.byInvitation.delete(user.invitation.token);
      if (user.invitation.state === 'open')
        this.cancelledInvitations.set(user.invitation.token, user.email);
    }
    for (const other of this.users.values()) {
      if (other.assistantKeys.includes(user.key))
        other.assistantKeys = other.assistantKeys.filter((k) => k !== user.key);
    }
    for (const [id, meeting] of this.meetings) {
      if (meeting.hostKey === user.key) this.meetings.delete(id);
    }
  }

  /** Removes an account that no longer has users (a personal account after "Confirm and switch"). */
  removeAccount(accountId: string): void {
    this.accounts.delete(accountId);
    this.accountUsers.delete(accountId);
  }

  user(key: string): SandboxUser | undefined {
    return this.users.get(key);
  }

  /** Users of an account in the order they were added (Zoom lists them in a stable order). */
  usersOf(accountId: string): ReadonlyArray<SandboxUser> {
    return this.accountUsers.get(accountId) ?? [];
  }

  /** Every user on every account. */
  allUsers(): IterableIterator<SandboxUser> {
    return this.users.values();
  }

  accountOf(user: SandboxUser): SandboxAccount {
    const account = this.accounts.get(user.accountId);
    if (!account) throw new Error(`The sandbox lost account ${user.accountId}.`);
    return account;
  }

  ownerOf(account: SandboxAccount): SandboxUser {
    const owner = this.users.get(account.ownerKey);
    if (!owner) throw new Error(`The sandbox lost the owner of ${account.id}.`);
    return owner;
  }

  findByEmail(accountId: string, email: string): SandboxUser | undefined {
    return this.recordsWithEmail(email).find((u) => u.accountId === accountId);
  }

  findById(accountId: string, id: string): SandboxUser | undefined {
    const key = this.byId.get(id);
    const user = key === undefined ? undefined : this.users.get(key);
    return user && user.accountId === accountId ? user : undefined;
  }

  /** Every record (any account) for an email. */
  recordsWithEmail(email: string): SandboxUser[] {
    return (this.byEmail.get(normaliseEmail(email)) ?? [])
      .map((k) => this.users.get(k))
      .filter((u): u is SandboxUser => u !== undefined);
  }

  /** The person's active record, whichever account it is on (what signing in reaches). */
  activeRecord(email: string): SandboxUser | undefined {
    return this.recordsWithEmail(email).find((u) => u.status === 'active');
  }

  /** Licensed seats taken, pending Licensed invitations included. */
  licencesUsed(accountId: string): number {
    return this.usersOf(accountId).filter((u) => u.type === 2 && u.status !== 'inactive').length;
  }

  addMeeting(meeting: SandboxMeeting): SandboxMeeting {
    this.meetings.set(meeting.id.toString(), meeting);
    return meeting;
  }

  meeting(id: bigint): SandboxMeeting | undefined {
    return this.meetings.get(id.toString());
  }

  meetingsHostedBy(userKey: string): SandboxMeeting[] {
    return [...this.meetings.values()]
      .filter((m) => m.hostKey === userKey)
      .sort((a, b) => a.startTime - b.startTime);
  }

  /** The users who gave `user` scheduling privilege (whom `user` can schedule for). */
  schedulersOf(user: SandboxUser): SandboxUser[] {
    return this.usersOf(user.accountId).filter((u) => u.assistantKeys.includes(user.key));
  }

  private indexEmail(user: SandboxUser): void {
    const keys = this.byEmail.get(user.email) ?? [];
    keys.push(user.key);
    this.byEmail.set(user.email, keys);
  }

  private detach(user: SandboxUser): void {
    const list = this.accountUsers.get(user.accountId);
    if (!list) return;
    const index = list.indexOf(user);
    if (index >= 0) list.splice(index, 1);
  }
}
