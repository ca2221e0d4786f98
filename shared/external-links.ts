/** Hosts whose https pages ReadyRoom may open in the person's browser (subdomains included). */
export const allowedLinkHosts: ReadonlyArray<string> = ['zoom.us', 'zoom.com', 'readyroom.app'];

/** Where ReadyRoom's own help pages live. */
export const helpBaseUrl = 'https://readyroom.app/help/';

const maxUrlLength = 2048;

function hostIsAllowed(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return allowedLinkHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/**
 * The address ReadyRoom may hand to the system browser, normalised by the same parser that checked
 * it (`new URL(raw).href`), or null: https on an allowed host, or a mailto: link (the "write to
 * your admin" button). `extraOrigins` adds exact origins, such as the local Zoom sandbox in demo
 * mode. Only the returned string may be opened, never `raw`.
 */
export function externalUrlToOpen(
  raw: string,
  extraOrigins: ReadonlyArray<string> = [],
): string | null {
  if (raw.length > maxUrlLength) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (url.href.length > maxUrlLength) return null;
  if (url.protocol === 'mailto:') return url.host === '' ? url.href : null;
  if (extraOrigins.includes(url.origin)) return url.href;
  if (url.protocol !== 'https:') return null;
  if (url.port !== '') return null;
  return hostIsAllowed(url.hostname) ? url.href : null;
}

/** Whether ReadyRoom may hand this URL to the system browser (see {@link externalUrlToOpen}). */
export function isAllowedExternalUrl(
  raw: string,
  extraOrigins: ReadonlyArray<string> = [],
): boolean {
  return externalUrlToOpen(raw, extraOrigins) !== null;
}
