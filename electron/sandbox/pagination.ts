import { lifetimes } from './constants';
import { secretToken } from './random';
import { validationFailed, ZoomApiError } from './http';

interface PageTokenRecord {
  readonly listKey: string;
  readonly offset: number;
  readonly expiresAt: number;
}

/** next_page_token values: each remembers its list and position, and lasts 15 sandbox minutes. */
export class PageTokenStore {
  private readonly tokens = new Map<string, PageTokenRecord>();

  constructor(private readonly now: () => number) {}

  create(listKey: string, offset: number): string {
    if (this.tokens.size > 10_000) this.prune();
    const token = secretToken(24);
    this.tokens.set(token, {
      listKey,
      offset,
      expiresAt: this.now() + lifetimes.nextPageToken * 1000,
    });
    return token;
  }

  /** The offset a token points at, if it is live and belongs to this list. */
  offsetFor(token: string, listKey: string): number | undefined {
    const record = this.tokens.get(token);
    if (!record || record.listKey !== listKey || this.now() >= record.expiresAt) return undefined;
    return record.offset;
  }

  private prune(): void {
    const now = this.now();
    for (const [token, record] of this.tokens)
      if (now >= record.expiresAt) this.tokens.delete(token);
  }
}

export interface Page<T> {
  readonly items: ReadonlyArray<T>;
  readonly page_count: number;
  readonly page_number: number;
  readonly page_size: number;
  readonly total_records: number;
  /** Zoom sends an empty string on the last page. */
  readonly next_page_token: string;
}

function positiveInteger(value: string | null, field: string): number | undefined {
  if (value === null || value === '') return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw validationFailed(field);
  return Number(value);
}

/**
 * Which of Zoom's published API descriptions the sandbox answers by: the 2023 "Zoom Meeting API"
 * file or the 2025 "Zoom User API" file (both in tests/fixtures/zoom/). They differ for
 * `GET /users` in its largest page (300 or 2000) and its user types (3 On-prem in 2023, 4
 * "Unassigned without Meetings Basic" in 2025); see docs/zoom-app-setup.md §11.
 */
export const zoomApiVersions = ['2023', '2025'] as const;
export type ZoomApiVersion = (typeof zoomApiVersions)[number];

/** `page_size` maximum of `GET /users` in each file (2023: 300; 2025: 2000). */
export const usersPageSizeLimit: Readonly<Record<ZoomApiVersion, number>> = {
  '2023': 300,
  '2025': 2000,
};

/**
 * Zoom's pagination: page_size (default 30), next_page_token, or the old page_number. Above
 * `maxPageSize` the sandbox answers the largest page it allows and says so in `page_size`: Zoom's
 * documentation gives the maximum but not what it does with a larger ask (not confirmed), so the
 * sandbox takes the kinder reading and the client reads the size back either way.
 */
export function paginate<T>(
  items: ReadonlyArray<T>,
  query: URLSearchParams,
  store: PageTokenStore,
  listKey: string,
  maxPageSize = 300,
): Page<T> {
  const pageSize = Math.min(
    positiveInteger(query.get('page_size'), 'page_size') ?? 30,
    maxPageSize,
  );
  const token = query.get('next_page_token');
  let offset = 0;
  if (token) {
    const found = store.offsetFor(token, listKey);
    if (found === undefined)
      throw new ZoomApiError(400, 300, 'The next page token is invalid or expired.');
    offset = found;
  } else {
    const pageNumber = positiveInteger(query.get('page_number'), 'page_number') ?? 1;
    offset = (pageNumber - 1) * pageSize;
  }
  const page = items.slice(offset, offset + pageSize);
  const end = offset + page.length;
  return {
    items: page,
    page_count: Math.ceil(items.length / pageSize),
    page_number: Math.floor(offset / pageSize) + 1,
    page_size: pageSize,
    total_records: items.length,
    next_page_token: end < items.length ? store.create(listKey, end) : '',
  };
}
