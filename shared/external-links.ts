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
 * Whether ReadyRoom may hand this URL to the system browser: https on an allowed host, or a
 * mailto: link (the "write to your admin" button). `extraOrigins` adds exact origins, such as the
 * local Zoom sandbox in demo mode.
 */
export function isAllowedExternalUrl(
  raw: string,
  extraOrigins: ReadonlyArray<string> = [],
): boolean {
  if (raw.length > maxUrlLength) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'mailto:') return url.host === '';
  if (extraOrigins.includes(url.origin)) return true;
  if (url.protocol !== 'https:') return false;
  if (url.port !== '') return false;
  return hostIsAllowed(url.hostname);
}
