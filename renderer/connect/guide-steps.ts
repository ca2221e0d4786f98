import type { ConnectionDiagnosis } from '../../shared/connection-doctor';
import { scopesToAdd } from '../../shared/zoom-scopes';

/**
 * The guide "Connect ReadyRoom to your Zoom account" (issue 13 part 2): which screens each way
 * has, the values the admin enters, and when the live check may say "set up right".
 * Zoom facts: docs/zoom-app-setup.md (§3 the Marketplace screens, §4 public client, §5 redirect).
 */

/**
 * The redirect URL the admin registers. ReadyRoom's loopback listener answers on
 * `http://127.0.0.1:<port>/callback` (electron/services/zoom/loopback-listener.ts, `callbackPath`);
 * Zoom "ignores the port when it matches loopback redirect URIs" (docs §5, Zoom's PKCE loopback
 * changelog), so the URL is registered without a port. tests/unit/connect-guide.test.ts keeps the
 * two in step. Whether Zoom wants the port left out, or also takes one, is not confirmed (docs §9.4).
 */
export const registeredRedirectUrl = 'http://127.0.0.1/callback';

/** Zoom's Marketplace (docs §3.1: "marketplace.zoom.us → Develop → Build App"). */
export const zoomMarketplaceUrl = 'https://marketplace.zoom.us/';

/** The ways to connect: the copy's own app, an app the admin makes, or Server-to-Server. */
export const guideWays = ['built-in', 'own', 's2s'] as const;
export type GuideWay = (typeof guideWays)[number];

export const guideStepIds = [
  'choose',
  'marketplace',
  'build',
  'basic-info',
  'scopes',
  'activation',
  'client-id',
  's2s-form',
  'check',
] as const;
export type GuideStepId = (typeof guideStepIds)[number];

/** The screens of one way, in order (a Server-to-Server app has no redirect and no client ID). */
export function guideSteps(way: GuideWay | null): ReadonlyArray<GuideStepId> {
  switch (way) {
    case 'built-in':
      return ['choose', 'check'];
    case 'own':
      return [
        'choose',
        'marketplace',
        'build',
        'basic-info',
        'scopes',
        'activation',
        'client-id',
        'check',
      ];
    case 's2s':
      return ['choose', 'marketplace', 'build', 'scopes', 'activation', 's2s-form', 'check'];
    default:
      return ['choose'];
  }
}

/**
 * The scopes to paste on the Scopes page: the admin's (both the admin-managed app and a
 * Server-to-Server app act on the whole team, docs §1 "Scope sets"), as Zoom's scope field takes
 * them, separated by spaces.
 */
export function scopeListToPaste(): string {
  return scopesToAdd('admin').join(' ');
}

/** The Marketplace page to open: the demo's practice one, or Zoom's. */
export function marketplaceUrl(demoMailboxUrl: string | null): string {
  return demoMailboxUrl ? `${new URL(demoMailboxUrl).origin}/marketplace` : zoomMarketplaceUrl;
}

/**
 * "Set up right" only when Zoom said so: no problem named, and the client ID, the sign-in, the
 * scopes and the role all passed. Licences stay "not checked" until the first assign (docs §10.1),
 * so they cannot hold the guide back.
 */
export function connectionIsGreen(diagnosis: ConnectionDiagnosis | null): boolean {
  if (!diagnosis || diagnosis.problems.length > 0) return false;
  const passed = (id: string) =>
    diagnosis.checks.some((check) => check.id === id && check.state === 'passed');
  return ['client-id', 'sign-in', 'scopes', 'role'].every(passed);
}
