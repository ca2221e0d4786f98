/** Where ReadyRoom talks to Zoom: real Zoom, or the local sandbox in demo mode. */
export interface ZoomEnvironment {
  /** Origin of the OAuth pages and endpoints, e.g. https://zoom.us (no trailing slash). */
  readonly oauthBase: string;
  /** REST base, e.g. https://api.zoom.us/v2 (no trailing slash). */
  readonly apiBase: string;
  /** Public client id of the Zoom Marketplace app (no secret goes with it). */
  readonly clientId: string;
  /**
   * The demo Zoom this copy of ReadyRoom started itself (with its own app, or an app built on its
   * Marketplace pages): every screen then says it is the demo. Absent: a real Zoom account (or,
   * in tests, a sandbox playing one).
   */
  readonly demo?: true;
}

/** The client id the sandbox knows in demo mode. */
export const demoClientId = 'readyroom-demo';

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

/** Real Zoom, with the admin's public client id. */
export function realZoomEnvironment(clientId: string): ZoomEnvironment {
  return { oauthBase: 'https://zoom.us', apiBase: 'https://api.zoom.us/v2', clientId };
}

/** The local Zoom sandbox at `sandboxUrl` (e.g. http://127.0.0.1:41234). */
export function demoZoomEnvironment(sandboxUrl: string): ZoomEnvironment {
  const base = trimSlash(sandboxUrl);
  return { oauthBase: base, apiBase: `${base}/v2`, clientId: demoClientId, demo: true };
}

/**
 * A short, stable name for an environment, used to keep its stored tokens apart from another
 * environment's (a demo token must never be offered to real Zoom).
 */
export function environmentKey(env: ZoomEnvironment): string {
  return `${env.clientId}@${new URL(env.oauthBase).host}`;
}
