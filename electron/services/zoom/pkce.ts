import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Where random bytes come from (tests may pass a fixed source). */
export type RandomBytes = (size: number) => Buffer;

export interface Pkce {
  /** 43–128 characters of base64url, kept secret until the token request. */
  readonly verifier: string;
  /** base64url(SHA-256(verifier)), sent with the authorize request. */
  readonly challenge: string;
  readonly method: 'S256';
}

/** The S256 code challenge for a verifier (RFC 7636 §4.2). */
export function codeChallenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** A fresh PKCE pair: 32 random bytes give a 43-character verifier. */
export function createPkce(random: RandomBytes = randomBytes, bytes = 32): Pkce {
  const verifier = random(bytes).toString('base64url');
  if (verifier.length < 43 || verifier.length > 128) {
    throw new RangeError('A PKCE verifier must be 43 to 128 characters');
  }
  return { verifier, challenge: codeChallenge(verifier), method: 'S256' };
}

/** A fresh, unguessable `state` for one sign-in attempt. */
export function createState(random: RandomBytes = randomBytes): string {
  return random(24).toString('base64url');
}

/** Compares a received state with the expected one without leaking where they differ. */
export function stateMatches(expected: string, received: string | null | undefined): boolean {
  if (typeof received !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  return a.length === b.length && timingSafeEqual(a, b);
}
