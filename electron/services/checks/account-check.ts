import type { AccountCheck } from '../../../shared/api';
import type { InvitationPack } from '../../../shared/invitation-pack';
import { assessReadiness } from '../../../shared/readiness';
import type { ZoomClient } from '../zoom/zoom-client';

/** Zoom's login_types numbers, as the wizard names them. */
const loginTypeNames: Readonly<Record<number, string>> = {
  0: 'facebook',
  1: 'google',
  24: 'apple',
  27: 'microsoft',
  100: 'email',
  101: 'sso',
};

export interface AccountCheckContext {
  /** The invitation the person opened: names the organisation's account and their role. */
  readonly pack: InvitationPack | null;
  readonly minimumVersion: string;
  readonly now: Date;
}

/** The live check of the signed-in person's own account (`GET /users/me`), through the readiness model. */
export async function checkMyAccount(
  client: Pick<ZoomClient, 'getMe'>,
  { pack, minimumVersion, now }: AccountCheckContext,
): Promise<AccountCheck> {
  const user = await client.getMe();
  const orgAccount = pack?.organisation.zoomAccountId ?? null;
  const readiness = assessReadiness(
    { user, ...(pack ? { role: pack.invitee.role, invitedEmail: pack.invitee.email } : {}) },
    {
      now,
      minimumAppVersion: minimumVersion,
      viewer: 'invitee',
      ...(orgAccount ? { accountId: orgAccount } : {}),
    },
  );
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ') || user.email;
  return {
    checkedAt: now.toISOString(),
    email: user.email,
    name: user.display_name || name,
    accountId: user.account_id ?? null,
    onOrganisationAccount: orgAccount && user.account_id ? user.account_id === orgAccount : null,
    userType: user.type,
    lastClientVersion: user.last_client_version || null,
    signInMethods: (user.login_types ?? [])
      .map((n) => loginTypeNames[n])
      .filter((n): n is string => n !== undefined),
    readiness,
  };
}
