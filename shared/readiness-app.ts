import type { Blocker } from './readiness-codes';

/** What step 5 found on this computer, as far as step 6 needs it. */
export interface LocalZoomApp {
  readonly status: 'installed' | 'too-old' | 'missing' | 'version-unknown';
  readonly version: string | null;
  readonly minimumVersion: string;
}

/** What Zoom said about the person's Zoom app (from the account check). */
export interface ZoomSeenApp {
  /** `last_client_version`, or null when no Zoom app has signed in yet. */
  readonly lastClientVersion: string | null;
  readonly blockers: ReadonlyArray<Blocker>;
}

/**
 * Step 6's one message, so its parts never disagree (an old app is never also "not signed in"):
 * - update-first: the app here, or the one Zoom last saw, is older than the minimum. Zoom says
 *   people below the minimum "must update … before they are able to sign-in or join a meeting"
 *   (KB0061900, docs/zoom-facts-wizard.md §6), so updating comes before signing in.
 * - sign-in-again: this computer's app is new enough now, but Zoom still holds the old version
 *   from the last sign-in; signing in with the new app records the new one.
 * - not-seen: no Zoom app has signed in with this account yet.
 * - passed: Zoom saw a new-enough app sign in.
 */
export type AppSignInState =
  | {
      readonly kind: 'update-first';
      readonly version: string;
      readonly minimum: string;
      /** computer: ReadyRoom read it here; zoom: the version Zoom last saw. */
      readonly seenBy: 'computer' | 'zoom';
    }
  | { readonly kind: 'sign-in-again'; readonly version: string }
  | { readonly kind: 'not-seen' }
  | { readonly kind: 'passed'; readonly version: string };

/** Step 6's state from Zoom's answer and, when step 5 ran, what this computer has. */
export function appSignInState(seen: ZoomSeenApp, local: LocalZoomApp | null): AppSignInState {
  if (local?.status === 'too-old' && local.version) {
    return {
      kind: 'update-first',
      version: local.version,
      minimum: local.minimumVersion,
      seenBy: 'computer',
    };
  }
  const tooOld = seen.blockers.find((b) => b.code === 'app-too-old');
  if (tooOld) {
    if (local?.status === 'installed' && local.version)
      return { kind: 'sign-in-again', version: local.version };
    return {
      kind: 'update-first',
      version: String(tooOld.params.version ?? seen.lastClientVersion ?? ''),
      minimum: String(tooOld.params.minimum ?? local?.minimumVersion ?? ''),
      seenBy: 'zoom',
    };
  }
  const blocking = seen.blockers.some(
    (b) => b.severity === 'blocking' && b.code === 'never-signed-in-to-app',
  );
  if (seen.lastClientVersion === null || blocking) return { kind: 'not-seen' };
  return { kind: 'passed', version: seen.lastClientVersion };
}
