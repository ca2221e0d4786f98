import type { Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '../services/csp';
import type { Logger } from '../services/log';
import { isRendererUrl, originOf, rendererOrigin } from './app-protocol';

/** Stops a web page from navigating away, opening windows or attaching webviews. */
export function hardenWebContents(contents: WebContents, log: Logger): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    log.warn('Blocked a navigation', { origin: shortOrigin(url) });
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    log.warn('Blocked a redirect', { origin: shortOrigin(url) });
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('Blocked a webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('Blocked a new window', { origin: shortOrigin(url) });
    return { action: 'deny' };
  });
}

/** The permissions our page may have: camera and microphone (sound step), copy buttons. */
export const allowedPermissions: ReadonlySet<string> = new Set([
  'media',
  'clipboard-sanitized-write',
]);

/**
 * Sends the CSP with every response that is not our scheme's (which sets it itself), and grants
 * the allowed permissions to our own origin only — compared exactly, never by prefix.
 */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowedPermissions.has(permission) && isRendererUrl(details.requestingUrl)),
  );
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      allowedPermissions.has(permission) && originOf(requestingOrigin) === rendererOrigin,
  );
}

/** Where a refused address pointed, without its path or query (which may hold anything). */
function shortOrigin(url: string): string {
  return originOf(url)?.slice(0, 100) ?? 'not a URL';
}
