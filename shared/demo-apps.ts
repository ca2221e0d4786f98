/**
 * Client IDs of apps built on the demo sandbox's own Marketplace pages start with this, so demo
 * mode can tell them from a real Zoom app's ID (Zoom makes its IDs as random strings; that one of
 * them begins with this word is not ruled out by Zoom's docs, only very unlikely) and
 * sign in with them on the demo Zoom instead of zoom.us.
 */
export const demoAppClientIdPrefix = 'sandbox_';

export function isDemoAppClientId(clientId: string): boolean {
  return clientId.startsWith(demoAppClientIdPrefix);
}
