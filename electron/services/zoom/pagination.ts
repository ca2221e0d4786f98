import type { ZoomMeetingSummary, ZoomUserSummary } from '../../../shared/zoom';
import type { ListMeetingsQuery, ListUsersQuery, ZoomClient } from './zoom-client';
import { isZoomError } from './zoom-errors';

/** How far a long listing has come, for a progress bar. */
export interface ListProgress {
  readonly fetched: number;
  /** Zoom's total_records, when it gave one. */
  readonly total: number | undefined;
  /** True on the first report after starting over (Zoom forgot the page token). */
  readonly restarted: boolean;
}

interface Page<T> {
  readonly items: ReadonlyArray<T>;
  readonly next: string | undefined;
  readonly total: number | undefined;
  /** The page size Zoom answered with: the next page asks for the same. */
  readonly size?: number | undefined;
}

/** Zoom's answer when a next_page_token is older than its 15 minutes (code 300). */
function isExpiredPageToken(error: unknown): boolean {
  return (
    isZoomError(error) &&
    (error.code === 'invalid-parameter' || error.code === 'zoom-error') &&
    /next.?page.?token/i.test(error.zoomMessage ?? '')
  );
}

/**
 * Follows next_page_token to the end. If Zoom says the token expired, starts over once or twice
 * from the first page, throwing away what it had, so nothing is counted twice or missed.
 */
export async function collectPages<T>(
  fetchPage: (nextPageToken: string | undefined, pageSize: number | undefined) => Promise<Page<T>>,
  onProgress?: (progress: ListProgress) => void,
  maxRestarts = 2,
): Promise<T[]> {
  for (let restarts = 0; ; restarts += 1) {
    const items: T[] = [];
    let token: string | undefined;
    let size: number | undefined;
    try {
      do {
        const page = await fetchPage(token, size);
        size = page.size ?? size;
        items.push(...page.items);
        onProgress?.({
          fetched: items.length,
          total: page.total,
          restarted: restarts > 0 && !token,
        });
        token = page.next || undefined;
      } while (token);
      return items;
    } catch (error) {
      if (!token || !isExpiredPageToken(error) || restarts >= maxRestarts) throw error;
    }
  }
}

/** Every user with a status, page by page (Medium each), at the page size Zoom answers with. */
export function listAllUsers(
  client: ZoomClient,
  query: Omit<ListUsersQuery, 'nextPageToken'> = {},
  onProgress?: (progress: ListProgress) => void,
): Promise<ZoomUserSummary[]> {
  return collectPages(async (nextPageToken, pageSize) => {
    const page = await client.listUsers({
      ...query,
      ...(pageSize ? { pageSize } : {}),
      nextPageToken,
    });
    return {
      items: page.users,
      next: page.next_page_token,
      total: page.total_records,
      size: page.page_size,
    };
  }, onProgress);
}

/** Every meeting of a user, page by page (Medium each). */
export function listAllMeetings(
  client: ZoomClient,
  userId: string,
  query: Omit<ListMeetingsQuery, 'nextPageToken'> = {},
  onProgress?: (progress: ListProgress) => void,
): Promise<ZoomMeetingSummary[]> {
  return collectPages(async (nextPageToken) => {
    const page = await client.listMeetings(userId, { ...query, nextPageToken });
    return { items: page.meetings, next: page.next_page_token, total: page.total_records };
  }, onProgress);
}
