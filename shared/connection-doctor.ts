import { z } from 'zod';

/**
 * The connection doctor's answer (issue 13): what ReadyRoom checked about the Zoom app and the
 * signed-in person, each check with where its answer came from, and every problem named with its
 * fix. The in-app guide ("Connect ReadyRoom to your Zoom account") shows the same checks live, so
 * the guide and the doctor use the same words (locale namespace `connect`).
 * Zoom facts behind each code: docs/zoom-app-setup.md.
 */

/** Who the connection is for: the admin's dashboard, or an invitee checking themselves. */
export const ConnectionPurpose = z.enum(['admin', 'invitee']);
export type ConnectionPurpose = z.infer<typeof ConnectionPurpose>;

/** The things the doctor checks, in the order the guide walks them. */
export const connectionCheckIds = [
  /** Zoom knows the client ID (its sign-in page opened for it, or it answered a token request). */
  'client-id',
  /** Signing in worked and a token came back. */
  'sign-in',
  /** The token's `scope` holds every scope ReadyRoom's calls need for this purpose. */
  'scopes',
  /** For the admin: the person is the account's owner or an admin. */
  'role',
  /** For the admin: the account has paid licences to give. */
  'licences',
] as const;
export const ConnectionCheckId = z.enum(connectionCheckIds);
export type ConnectionCheckId = z.infer<typeof ConnectionCheckId>;

/** Every problem the doctor can name; each has its fix in the `connect` locale namespace. */
export const connectionProblemCodes = [
  /** No client ID set, or Zoom does not know it. */
  'client-id-missing',
  'client-id-unknown',
  /** Zoom refused the sign-in: the redirect URL is not on the app's allow list. */
  'redirect-not-allowed',
  /** The app is turned off (or a Server-to-Server app was never activated). */
  'app-not-activated',
  /** "Use Public Client OAuth" is off, so the token request without a secret is refused. */
  'public-client-off',
  /** A user-managed app used for the dashboard (it can only hold user-level scopes), or the reverse. */
  'wrong-app-type',
  /** One or more needed scopes were not granted (listed in `scopes`). */
  'scopes-missing',
  /** The person is a member, not the owner or an admin. */
  'not-admin',
  /** The account has no paid licences to give. */
  'no-paid-licences',
  /** Zoom could not be reached, so nothing could be checked now. */
  'zoom-unreachable',
] as const;
export const ConnectionProblemCode = z.enum(connectionProblemCodes);
export type ConnectionProblemCode = z.infer<typeof ConnectionProblemCode>;

/** The page of the app's settings in the Marketplace where a fix is made. */
export const MarketplacePage = z.enum([
  'basic-info',
  'scopes',
  'activation',
  'user-management',
  'plans-billing',
]);
export type MarketplacePage = z.infer<typeof MarketplacePage>;

export const ConnectionProblem = z.object({
  code: ConnectionProblemCode,
  /** For scopes-missing: the scopes to add (granular names, or classic where the app uses those). */
  scopes: z.array(z.string()).readonly(),
  /** Where the fix is made; null when the fix is not in the Marketplace (e.g. "ask the owner"). */
  page: MarketplacePage.nullable(),
});
export type ConnectionProblem = z.infer<typeof ConnectionProblem>;

export const ConnectionCheck = z.object({
  id: ConnectionCheckId,
  /** passed / failed: Zoom answered; not-checked: an earlier check failed or Zoom was not reached. */
  state: z.enum(['passed', 'failed', 'not-checked']),
  /** Where the answer came from (the truth rule): Zoom's answer, or this computer's settings. */
  source: z.enum(['zoom', 'this-computer']),
});
export type ConnectionCheck = z.infer<typeof ConnectionCheck>;

export const ConnectionDiagnosis = z.object({
  purpose: ConnectionPurpose,
  checkedAt: z.string(),
  checks: z.array(ConnectionCheck).readonly(),
  problems: z.array(ConnectionProblem).readonly(),
  /** The scopes Zoom's token says were granted (from the token answer's `scope`); empty if none. */
  grantedScopes: z.array(z.string()).readonly(),
});
export type ConnectionDiagnosis = z.infer<typeof ConnectionDiagnosis>;
