import type { CustomScheme } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The renderer's own origin in the desktop app. The page is served by `protocol.handle` on this
 * privileged standard scheme, never from `file://`, so CSP `'self'`, the trusted-sender check and
 * the permission handler all mean this one origin (Electron's security checklist, item 18).
 */
export const appScheme = 'app';
export const appHost = 'readyroom';
export const rendererOrigin = `${appScheme}://${appHost}`;
export const rendererEntryUrl = `${rendererOrigin}/index.html`;

/**
 * Standard and secure (a real origin, like https), fetch and CORS for the module scripts Vite
 * emits (`<script type="module" crossorigin>`), and V8's code cache. No service workers.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
    codeCache: true,
  },
};

/**
 * A URL's origin as `scheme://host[:port]`. (WHATWG `URL.origin` is "null" for schemes it does
 * not know, such as ours, so it cannot be compared.) Null when the text is not a URL.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** Whether a URL is one of our own pages: exactly our origin, nothing that merely starts alike. */
export function isRendererUrl(url: string | null | undefined): boolean {
  return typeof url === 'string' && originOf(url) === rendererOrigin;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.txt': 'text/plain; charset=utf-8',
};

export type ReadFile = (file: string) => Promise<Uint8Array>;

/**
 * Answers the renderer's requests on our scheme from the built renderer folder: GET and HEAD on
 * our host only, no path outside the folder, every answer with the CSP and `nosniff`.
 */
export function createRendererHandler(
  rendererDir: string,
  contentSecurityPolicy: string,
  readFile: ReadFile = (file) => fs.readFile(file),
): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDir);
  const headers = (type: string): Record<string, string> => ({
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  const refuse = (status: number) =>
    new Response(null, { status, headers: headers('text/plain; charset=utf-8') });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    let pathname: string;
    try {
      const url = new URL(request.url);
      if (url.protocol !== `${appScheme}:` || url.host !== appHost) return refuse(404);
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return refuse(400);
    }
    const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep) || relative.includes('\0')) return refuse(404);
    const type = contentTypes[path.extname(file).toLowerCase()];
    if (!type) return refuse(404);
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return refuse(404);
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: headers(type),
    });
  };
}
