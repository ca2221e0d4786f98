import { createHash } from 'node:crypto';
import { lifetimes } from './constants';
import { secretToken } from './random';

export interface Grant {
  readonly id: string;
  readonly clientId: string;
  readonly userKey: string;
  readonly accountId: string;
  readonly scopes: ReadonlyArray<string>;
  revoked: boolean;
}

export interface AuthorizationCode {
  readonly clientId: string;
  readonly userKey: string;
  readonly accountId: string;
  readonly scopes: ReadonlyArray<string>;
  readonly redirectUri: string;
  readonly codeChallenge: string | undefined;
  readonly codeChallengeMethod: 'S256' | 'plain';
  readonly expiresAt: number;
  used: boolean;
}

/** A sign-in in progress: the authorize request, kept while the person picks and consents. */
export interface SignInRequest {
  readonly id: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string | undefined;
  readonly codeChallenge: string | undefined;
  readonly codeChallengeMethod: 'S256' | 'plain';
  readonly expiresAt: number;
}

interface AccessRecord {
  readonly grantId: string;
  expiresAt: number;
}

interface RefreshRecord {
  readonly grantId: string;
  readonly expiresAt: number;
  state: 'live' | 'rotated' | 'revoked';
}

export type AccessCheck =
  | { readonly ok: true; readonly grant: Grant }
  | { readonly ok: false; readonly reason: 'unknown' | 'expired' | 'revoked' };

/** Every credential the sandbox has handed out, aged by the sandbox clock. */
export class OAuthStore {
  private readonly grants = new Map<string, Grant>();
  private readonly access = new Map<string, AccessRecord>();
  private readonly refresh = new Map<string, RefreshRecord>();
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly requests = new Map<string, SignInRequest>();

  constructor(private readonly now: () => number) {}

  /** Creates a grant (one person's authorisation of one client). */
  createGrant(input: Omit<Grant, 'id' | 'revoked'>): Grant {
    const grant: Grant = { ...input, id: secretToken(12), revoked: false };
    this.grants.set(grant.id, grant);
    return grant;
  }

  /** Issues an access token for a grant, valid `expiresIn` seconds (Zoom: 3600). */
  issueAccessToken(grant: Grant, expiresIn: number = lifetimes.accessToken): string {
    const token = `sbx_at_${secretToken(32)}`;
    this.access.set(token, { grantId: grant.id, expiresAt: this.now() + expiresIn * 1000 });
    return token;
  }

  /** Issues a refresh token (90 days). */
  issueRefreshToken(grant: Grant): string {
    const token = `sbx_rt_${secretToken(32)}`;
    this.refresh.set(token, {
      grantId: grant.id,
      expiresAt: this.now() + lifetimes.refreshToken * 1000,
      state: 'live',
    });
    return token;
  }

  /** Looks up a bearer token. */
  checkAccessToken(token: string): AccessCheck {
    const record = this.access.get(token);
    const grant = record ? this.grants.get(record.grantId) : undefined;
    if (!record || !grant) return { ok: false, reason: 'unknown' };
    if (grant.revoked) return { ok: false, reason: 'revoked' };
    if (this.now() >= record.expiresAt) return { ok: false, reason: 'expired' };
    return { ok: true, grant };
  }

  /** Uses a refresh token once: the grant if it was live (it is then rotated out). */
  useRefreshToken(token: string): Grant | undefined {
    const record = this.refresh.get(token);
    const grant = record ? this.grants.get(record.grantId) : undefined;
    if (!record || !grant || grant.revoked) return undefined;
    if (record.state !== 'live' || this.now() >= record.expiresAt) return undefined;
    record.state = 'rotated';
    return grant;
  }

  /** Revokes the grant behind an access or refresh token; false if the token is unknown. */
  revoke(token: string): boolean {
    const grantId = this.access.get(token)?.grantId ?? this.refresh.get(token)?.grantId;
    const grant = grantId === undefined ? undefined : this.grants.get(grantId);
    if (!grant) return false;
    grant.revoked = true;
    return true;
  }

  /** Revokes every grant of a user (they left the account or were deleted). */
  revokeUser(userKey: string): void {
    for (const grant of this.grants.values()) if (grant.userKey === userKey) grant.revoked = true;
  }

  /** Fault: every access token already handed out is now expired (refresh still works). */
  expireAllAccessTokens(): void {
    const past = this.now() - 1;
    for (const record of this.access.values()) record.expiresAt = Math.min(record.expiresAt, past);
  }

  /** Fault: every refresh token already handed out stops working. */
  revokeAllRefreshTokens(): void {
    for (const record of this.refresh.values()) record.state = 'revoked';
  }

  /** Remembers an authorize request while the person signs in. */
  saveSignInRequest(input: Omit<SignInRequest, 'id' | 'expiresAt'>): SignInRequest {
    const request: SignInRequest = {
      ...input,
      id: secretToken(16),
      expiresAt: this.now() + lifetimes.signInRequest * 1000,
    };
    this.requests.set(request.id, request);
    return request;
  }

  signInRequest(id: string): SignInRequest | undefined {
    const request = this.requests.get(id);
    return request && this.now() < request.expiresAt ? request : undefined;
  }

  /** Ends a sign-in request (after Allow or Deny). */
  finishSignInRequest(id: string): void {
    this.requests.delete(id);
  }

  /** Issues a single-use authorization code, valid five minutes. */
  issueCode(input: Omit<AuthorizationCode, 'expiresAt' | 'used'>): string {
    const code = secretToken(24);
    this.codes.set(code, {
      ...input,
      expiresAt: this.now() + lifetimes.authorizationCode * 1000,
      used: false,
    });
    return code;
  }

  /** Looks up a code that is neither used nor expired; the caller marks it used. */
  code(code: string): AuthorizationCode | undefined {
    const record = this.codes.get(code);
    return record && !record.used && this.now() < record.expiresAt ? record : undefined;
  }

  /** How many grants are still usable (for the state summary). */
  liveGrants(): number {
    return [...this.grants.values()].filter((g) => !g.revoked).length;
  }
}

/** RFC 7636: does the verifier match the challenge sent to authorize? */
export function pkceMatches(
  verifier: string | undefined,
  challenge: string,
  method: 'S256' | 'plain',
): boolean {
  if (verifier === undefined || !/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return false;
  const derived =
    method === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
  return derived === challenge;
}
