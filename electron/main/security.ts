import type { Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '../services/csp';
import type { Logger } from '../services/log';

/** Stops a web page from navigating away, opening windows or attaching webviews. */
export function hardenWebContents(contents: WebContents, log: Logger): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    log.warn('Blocked a navigation', { origin: originOf(url) });
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    log.warn('Blocked a redirect', { origin: originOf(url) });
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('Blocked a webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('Blocked a new window', { origin: originOf(url) });
    return { action: 'deny' };
  });
}

/**
 * Sends the CSP with every response, and grants only the permissions the app needs (camera and
 * microphone for the sound step, clipboard writes for the copy buttons) to our own page.
 */
export function hardenSession(session: Session, rendererUrl: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
  const allowed = new Set(['media', 'clipboard-sanitized-write']);
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed.has(permission) && details.requestingUrl.startsWith(rendererUrl)),
  );
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      allowed.has(permission) && rendererUrl.startsWith(requestingOrigin),
  );
}

/** Where a refused address pointed, without its path or query (which may hold anything). */
function originOf(url: string): string {
  try {
    return new URL(url).origin.slice(0, 100);
  } catch {
    return 'not a URL';
  }
}
