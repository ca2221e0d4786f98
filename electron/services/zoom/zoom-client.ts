import type { z } from 'zod';
import {
  ZoomAssistantList,
  ZoomMeeting,
  ZoomMeetingList,
  ZoomSchedulerList,
  ZoomUser,
  ZoomUserList,
  type ZoomUserStatus,
  type ZoomUserType,
} from '../../../shared/zoom';
import { ZoomError } from './zoom-errors';
import type { SendWatch, ZoomHttp, ZoomRequest } from './zoom-http';
import { ZoomAssistantsAdded, ZoomCreatedUser, ZoomUserSettings } from './zoom-schemas';

export type MeetingListType =
  'scheduled' | 'live' | 'upcoming' | 'upcoming_meetings' | 'previous_meetings';

export interface ListUsersQuery {
  readonly status?: ZoomUserStatus;
  /**
   * Up to 2000 (Zoom's 2025 User API; its 2023 file said 300). Zoom may answer a smaller page:
   * the answer's `page_size` says how many it gave, and that is what the next page asks for.
   */
  readonly pageSize?: number;
  readonly nextPageToken?: string;
  /** e.g. 'host_key' (admin only) or 'custom_attributes'. */
  readonly includeFields?: ReadonlyArray<string>;
}

export interface ListMeetingsQuery {
  readonly type?: MeetingListType;
  readonly pageSize?: number;
  readonly nextPageToken?: string;
}

export interface NewUser {
  readonly email: string;
  /** 2 Licensed (the usual), 1 Basic. */
  readonly type: ZoomUserType;
  readonly firstName?: string;
  readonly lastName?: string;
}

/** Fields ReadyRoom may change on a user (`PATCH /users/{userId}`). */
export interface UserPatch {
  readonly first_name?: string;
  readonly last_name?: string;
  readonly type?: ZoomUserType;
  readonly timezone?: string;
  readonly language?: string;
  readonly dept?: string;
  /** 6 to 10 digits; Zoom refuses it for non-admins where the account keeps it for admins. */
  readonly host_key?: string;
}

/** `PATCH /meetings/{meetingId}`: the complete list of alternative hosts replaces the old one. */
export interface MeetingPatch {
  readonly alternativeHosts: ReadonlyArray<string>;
  /** Zoom emails the alternative hosts (Zoom's default: true). */
  readonly notifyAlternativeHosts?: boolean;
}

/**
 * `GET /users` page sizes: 2000 at most by Zoom's 2025 User API file, 300 by its 2023 Meeting
 * API file (both in tests/fixtures/zoom/; docs/zoom-app-setup.md §11). ReadyRoom asks for 2000
 * and reads back what Zoom gave; an account that refuses 2000 is asked again for 300.
 */
export const maxUsersPageSize = 2000;
export const classicUsersPageSize = 300;
/** `GET /users/{userId}/meetings`: 300 at most (2023 file; the 2025 User API has no meetings). */
export const maxMeetingsPageSize = 300;
export const maxAssistantsPerCall = 30;

/** A user id, an email (pending users have no id) or `me`, made safe for a URL path. */
const userPath = (idOrEmail: string): string => `/users/${encodeURIComponent(idOrEmail)}`;

/** Zoom's REST v2 operations ReadyRoom uses, each answer checked against its schema. */
export class ZoomClient {
  readonly #http: ZoomHttp;

  constructor(http: ZoomHttp) {
    this.#http = http;
  }

  /** The signed-in user (Light). */
  async getMe(): Promise<ZoomUser> {
    return this.getUser('me');
  }

  /** One user by id or email (Light). */
  async getUser(idOrEmail: string): Promise<ZoomUser> {
    return this.#read(ZoomUser, { path: userPath(idOrEmail), category: 'light' });
  }

  /**
   * One page of the account's users (Medium). Its `page_size` is the size Zoom used, which may be
   * less than asked. If Zoom refuses a page size above 300 (an account that follows the 2023
   * file), it asks once more for 300.
   */
  async listUsers(query: ListUsersQuery = {}): Promise<ZoomUserList> {
    return parse(ZoomUserList, await this.#usersPage(query));
  }

  /**
   * Every page of one `GET /users` list, in order. Each next page is asked for as soon as the
   * answer before it names it (its `next_page_token` and `page_size`), and that answer is then
   * checked in full against the schema while the next one is on its way: a list's pages must
   * follow one another, so this keeps ReadyRoom's own work out of the chain. A page that fails
   * the check ends the list there (the request already sent is a read, and its answer is unused).
   */
  async *listUserPages(
    query: Omit<ListUsersQuery, 'nextPageToken'> = {},
    signal?: AbortSignal,
  ): AsyncGenerator<ZoomUserList> {
    /** One page asked for; `following` is the next, asked as soon as this answer named it. */
    interface Ask {
      page: Promise<unknown>;
      readonly sent: Promise<void>;
      following: {
        readonly token: string;
        readonly size: number | undefined;
        readonly ask: Ask;
      } | null;
    }
    const ask = (size: number | undefined, nextPageToken?: string): Ask => {
      let markSent: () => void = noop;
      const sent = new Promise<void>((resolve) => (markSent = resolve));
      const asked: Ask = { sent, following: null, page: Promise.resolve(undefined) };
      const page = this.#usersPage(
        { ...query, pageSize: size, ...(nextPageToken ? { nextPageToken } : {}) },
        {
          sent: () => markSent(),
          // The token is in the answer's first bytes: the next page is asked for while the rest
          // of this one is still arriving. It is used only if the parsed page names the same
          // token and size.
          head: (text) => {
            const early = peekPageHints(text);
            if (!early.token || signal?.aborted || asked.following) return;
            const following = ask(early.size ?? size, early.token);
            asked.following = { token: early.token, size: early.size, ask: following };
          },
          // This page is parsed once that request is out (or has failed): not before it.
          answered: () => {
            const following = asked.following?.ask;
            return following && Promise.race([following.sent, following.page.then(noop, noop)]);
          },
        },
      );
      // Nobody may be waiting on it when an earlier page fails its check: it must not go unhandled.
      page.catch(noop);
      asked.page = page;
      return asked;
    };
    let pageSize = query.pageSize;
    let current: Ask | null = ask(pageSize);
    while (current) {
      const raw = await current.page;
      const { token, size } = pageHints(raw);
      if (size !== undefined) pageSize = size;
      const early: Ask['following'] = current.following;
      // A cancelled list asks for nothing more.
      current = null;
      if (token && !signal?.aborted) {
        const next: Ask =
          early && early.token === token && (early.size ?? pageSize) === pageSize
            ? early.ask
            : ask(pageSize, token);
        current = next;
        // The page is checked (and handed on) once the next request is on its way, not before.
        await Promise.race([next.sent, next.page.then(noop, noop)]);
      }
      yield parse(ZoomUserList, raw);
    }
  }

  /** One page of users as Zoom sent it (JSON, not yet checked). */
  async #usersPage(query: ListUsersQuery, watch?: SendWatch): Promise<unknown> {
    const pageSize = Math.min(Math.max(query.pageSize ?? maxUsersPageSize, 1), maxUsersPageSize);
    const read = (size: number) =>
      this.#http.send(
        {
          method: 'GET',
          retrySafe: true,
          path: '/users',
          category: 'medium',
          query: {
            status: query.status,
            page_size: size,
            next_page_token: query.nextPageToken || undefined,
            include_fields: query.includeFields?.length ? query.includeFields.join(',') : undefined,
          },
        },
        watch,
      );
    try {
      return await read(pageSize);
    } catch (error) {
      if (pageSize <= classicUsersPageSize || !refusesPageSize(error)) throw error;
      return read(classicUsersPageSize);
    }
  }

  /** Sends Zoom's invitation email (`action: create`). Light; not retried (it sends an email). */
  async createUser(user: NewUser): Promise<ZoomCreatedUser> {
    const answer = await this.#http.send({
      method: 'POST',
      path: '/users',
      category: 'light',
      retrySafe: false,
      body: {
        action: 'create',
        user_info: {
          email: user.email,
          type: user.type,
          first_name: user.firstName,
          last_name: user.lastName,
        },
      },
    });
    return parse(ZoomCreatedUser, answer);
  }

  /**
   * Removes a user from the account: `disassociate` (the default, and the only way for a pending
   * invitation) leaves their Zoom login intact. Light; not retried, since a repeat that follows
   * a lost success would answer "not found".
   */
  async deleteUser(
    idOrEmail: string,
    action: 'disassociate' | 'delete' = 'disassociate',
  ): Promise<void> {
    await this.#write('DELETE', userPath(idOrEmail), undefined, 'light', { action });
  }

  /** Changes a user's fields (Light). Retried: setting the same values twice is harmless. */
  async patchUser(idOrEmail: string, patch: UserPatch): Promise<void> {
    await this.#write('PATCH', userPath(idOrEmail), patch, 'light', undefined, true);
  }

  /**
   * Turns a user's account on again (`activate`) or off (`deactivate`); owner or admin only.
   * Light; retried: asking for the state the account is already in does no harm.
   */
  async setUserStatus(idOrEmail: string, action: 'activate' | 'deactivate'): Promise<void> {
    await this.#write('PUT', `${userPath(idOrEmail)}/status`, { action }, 'light', undefined, true);
  }

  /** The user's settings, loosely typed (Medium). */
  async getUserSettings(idOrEmail: string): Promise<ZoomUserSettings> {
    return this.#read(ZoomUserSettings, {
      path: `${userPath(idOrEmail)}/settings`,
      category: 'medium',
    });
  }

  /** One page of a user's meetings (Medium). */
  async listMeetings(userId: string, query: ListMeetingsQuery = {}): Promise<ZoomMeetingList> {
    return this.#read(ZoomMeetingList, {
      path: `${userPath(userId)}/meetings`,
      category: 'medium',
      query: {
        type: query.type ?? 'scheduled',
        page_size: Math.min(
          Math.max(query.pageSize ?? maxMeetingsPageSize, 1),
          maxMeetingsPageSize,
        ),
        next_page_token: query.nextPageToken || undefined,
      },
    });
  }

  /** One meeting; the id stays exact even beyond 2^53 (Light). */
  async getMeeting(meetingId: string): Promise<ZoomMeeting> {
    return this.#read(ZoomMeeting, {
      path: `/meetings/${meetingIdPath(meetingId)}`,
      category: 'light',
    });
  }

  /**
   * Changes a meeting (whole series): today its alternative hosts. Light; retried, because the
   * request carries the complete list, so sending it twice leaves the same result.
   */
  async patchMeeting(meetingId: string, patch: MeetingPatch): Promise<void> {
    const settings = {
      alternative_hosts: patch.alternativeHosts.join(';'),
      alternative_hosts_email_notification: patch.notifyAlternativeHosts ?? true,
    };
    const path = `/meetings/${meetingIdPath(meetingId)}`;
    await this.#write('PATCH', path, { settings }, 'light', undefined, true);
  }

  /** People who may schedule for this user (Medium). */
  async listAssistants(userId: string): Promise<ZoomAssistantList> {
    return this.#read(ZoomAssistantList, {
      path: `${userPath(userId)}/assistants`,
      category: 'medium',
    });
  }

  /** Gives up to 30 people scheduling privilege for this user (Medium; not retried). */
  async addAssistants(userId: string, emails: ReadonlyArray<string>): Promise<ZoomAssistantsAdded> {
    if (emails.length === 0 || emails.length > maxAssistantsPerCall) {
      throw new ZoomError('invalid-parameter', {
        zoomMessage: 'between 1 and 30 assistants per call',
      });
    }
    const answer = await this.#http.send({
      method: 'POST',
      path: `${userPath(userId)}/assistants`,
      category: 'medium',
      retrySafe: false,
      body: { assistants: emails.map((email) => ({ email })) },
    });
    return parse(ZoomAssistantsAdded, answer ?? {});
  }

  /** Takes scheduling privilege away from one assistant (Light; not retried). */
  async deleteAssistant(userId: string, assistantId: string): Promise<void> {
    await this.#write(
      'DELETE',
      `${userPath(userId)}/assistants/${encodeURIComponent(assistantId)}`,
      undefined,
      'light',
    );
  }

  /** Takes scheduling privilege away from every assistant of this user (Light; not retried). */
  async deleteAllAssistants(userId: string): Promise<void> {
    await this.#write('DELETE', `${userPath(userId)}/assistants`, undefined, 'light');
  }

  /** The people this user may schedule for (Medium). */
  async listSchedulers(userId: string): Promise<ZoomSchedulerList> {
    return this.#read(ZoomSchedulerList, {
      path: `${userPath(userId)}/schedulers`,
      category: 'medium',
    });
  }

  async #read<S extends z.ZodType>(
    schema: S,
    request: Pick<ZoomRequest, 'path' | 'category' | 'query'>,
  ): Promise<z.output<S>> {
    return parse(schema, await this.#http.send({ ...request, method: 'GET', retrySafe: true }));
  }

  async #write(
    method: 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    category: ZoomRequest['category'],
    query?: ZoomRequest['query'],
    retrySafe = false,
  ): Promise<void> {
    await this.#http.send({ method, path, body, category, query, retrySafe });
  }
}

/**
 * The next page's token and the page size, read from the first bytes of a users page as Zoom
 * writes it ({"page_count":…,"page_size":…,"next_page_token":"…","users":[…]}): only from the part
 * before the list and only when nothing nested comes first, else nothing (the parsed page decides).
 * Zoom's User API file (ZoomUserAPISpec, `GET /users` 200) lists next_page_token before users;
 * that live answers keep that order could not be confirmed here. When they do not, nothing is
 * peeked and the next page is asked for once this one is parsed, as before.
 */
export function peekPageHints(text: string): { token?: string; size?: number } {
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== '{') return {};
  const list = text.indexOf('[', start);
  const head = text.slice(start, list < 0 ? start + 2000 : Math.min(list, start + 2000));
  if (head.includes('{', 1)) return {};
  const token = /"next_page_token"\s*:\s*"([A-Za-z0-9._~+/=-]{1,500})"/.exec(head)?.[1];
  const size = /"page_size"\s*:\s*(\d{1,5})\s*[,}]/.exec(head)?.[1];
  return {
    ...(token ? { token } : {}),
    ...(size && Number(size) > 0 ? { size: Number(size) } : {}),
  };
}

function pageHints(raw: unknown): { token: string | undefined; size: number | undefined } {
  if (typeof raw !== 'object' || raw === null) return { token: undefined, size: undefined };
  const { next_page_token: token, page_size: size } = raw as Record<string, unknown>;
  return {
    token: typeof token === 'string' && token !== '' ? token : undefined,
    size: typeof size === 'number' && Number.isInteger(size) && size > 0 ? size : undefined,
  };
}

/**
 * Zoom's "invalid parameter" (code 300) to a users page asked above 300, other than an expired
 * page token: the page size is the one parameter that differs between the two files, so it is
 * asked again at 300 (if something else was wrong, that ask fails the same way and says so).
 */
function refusesPageSize(error: unknown): boolean {
  return (
    error instanceof ZoomError &&
    error.code === 'invalid-parameter' &&
    !/next.?page.?token/i.test(error.zoomMessage ?? '')
  );
}

function meetingIdPath(meetingId: string): string {
  if (!/^\d{1,20}$/.test(meetingId)) {
    throw new ZoomError('invalid-parameter', { zoomMessage: 'a meeting id is digits only' });
  }
  return meetingId;
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ZoomError('zoom-answer-invalid', { zoomMessage: parsed.error.issues[0]?.message });
  }
  return parsed.data;
}

function noop(): void {}
