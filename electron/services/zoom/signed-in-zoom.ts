import type { Session } from './session';
import type { ZoomClient } from './zoom-client';
import { ZoomError } from './zoom-errors';

/**
 * The narrow view of the Zoom sign-in that the live checks and the team code get: who is signed
 * in, and the client that acts for them. (The Zoom service provides it; tests may fake it.)
 */
export interface SignedInZoom {
  /** Who is signed in now, or null. */
  signedIn(): Session | null;
  /** The REST client for the Zoom ReadyRoom talks to now. */
  client(): ZoomClient;
}

/** Who is signed in and their client; fails with 'not-signed-in' when nobody is. */
export function requireSignedIn(zoom: SignedInZoom): {
  readonly session: Session;
  readonly client: ZoomClient;
} {
  const session = zoom.signedIn();
  if (!session) throw new ZoomError('not-signed-in');
  return { session, client: zoom.client() };
}
