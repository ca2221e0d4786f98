import type { ZoomUser, ZoomUserType } from '../../../shared/zoom';

/** Who is signed in, as the UI may know it: never a token. */
export interface Session {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly accountId: string;
  readonly role: 'owner' | 'admin' | 'member';
  /** Zoom's own role name (custom roles keep theirs), for display. */
  readonly roleName: string | undefined;
  readonly userType: ZoomUserType;
  /** user: the person signed in (OAuth); account: an admin's Server-to-Server app. */
  readonly kind: 'user' | 'account';
}

export type SessionListener = (session: Session | null) => void;

/** Zoom's built-in role ids; custom roles get other ids and are treated as members. */
const roleById: Readonly<Record<string, Session['role']>> = {
  '0': 'owner',
  '1': 'admin',
  '2': 'member',
};

/** Owner / admin / member from Zoom's role_name and role_id. */
export function sessionRole(user: Pick<ZoomUser, 'role_name' | 'role_id'>): Session['role'] {
  const name = user.role_name?.trim().toLowerCase();
  if (name === 'owner' || name === 'admin' || name === 'member') return name;
  return (user.role_id !== undefined ? roleById[user.role_id] : undefined) ?? 'member';
}

/** The session for the user `GET /users/me` returned. */
export function sessionFromUser(user: ZoomUser, kind: Session['kind']): Session {
  const fullName = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return {
    userId: user.id ?? '',
    name: user.display_name?.trim() || fullName || user.email,
    email: user.email,
    accountId: user.account_id ?? '',
    role: sessionRole(user),
    roleName: user.role_name,
    userType: user.type,
    kind,
  };
}
