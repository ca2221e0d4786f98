import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryLogger } from '../../electron/services/log';
import { systemClock } from '../../electron/services/zoom/clock';
import type { FetchPort } from '../../electron/services/zoom/oauth-endpoints';
import { RateLimiter, zoomPlanRateLimits } from '../../electron/services/zoom/rate-limiter';
import { peekPageHints, ZoomClient } from '../../electron/services/zoom/zoom-client';
import { ZoomHttp } from '../../electron/services/zoom/zoom-http';
import { scriptedClient } from '../support/scripted-client';
import {
  parseJsonKeepingLongIntegers,
  quoteLongIntegers,
} from '../../electron/services/zoom/long-integers';
import {
  listAllMeetings,
  listAllUsers,
  type ListProgress,
} from '../../electron/services/zoom/pagination';
import { zoomAnswer, type ScriptedAnswer, type ScriptedCall } from '../support/fake-zoom';
import { assessReadiness } from '../../shared/readiness';
import { licenceOf } from '../../shared/team-table';

const client = scriptedClient;

const people = Array.from({ length: 650 }, (_, i) => ({
  id: `u${i}`,
  email: `p${i}@example.org`,
  type: 2,
}));

/**
 * Zoom's users listing over `people`, with tokens like "t300"; `expired` tokens are refused once.
 * The account allows `limit` a page (300 by Zoom's 2023 file, 2000 by 2025): above it, it answers
 * `limit` and says so, or with `refuse` answers Zoom's "Validation Failed." (code 300).
 */
function usersPages(expired = new Set<string>(), limit = 300, refuse = false) {
  return (call: ScriptedCall): ScriptedAnswer => {
    const asked = Number(call.url.searchParams.get('page_size'));
    if (refuse && asked > limit)
      return zoomAnswer(400, {
        code: 300,
        message: 'Validation Failed.',
        errors: [{ field: 'page_size', message: 'Invalid field.' }],
      });
    const size = Math.min(asked, limit);
    const tokenParam = call.url.searchParams.get('next_page_token');
    if (tokenParam && expired.delete(tokenParam)) {
      return zoomAnswer(400, { code: 300, message: 'The next page token is invalid or expired.' });
    }
    const start = tokenParam ? Number(tokenParam.slice(1)) : 0;
    const end = start + size;
    return zoomAnswer(200, {
      page_size: size,
      total_records: people.length,
      next_page_token: end < people.length ? `t${end}` : '',
      users: people.slice(start, end),
    });
  };
}

describe('listing everyone, page by page', () => {
  const pageSizes = (calls: ReadonlyArray<ScriptedCall>) =>
    calls.map((c) => c.url.searchParams.get('page_size'));

  it('follows next_page_token to the end at the page size Zoom answers, and reports progress', async () => {
    // An account by the 2023 file: asked for 2000, it gives 300 and says so.
    const { zoom, run, calls } = client(usersPages());
    const progress: ListProgress[] = [];
    const users = await run(listAllUsers(zoom, { status: 'active' }, (p) => progress.push(p)));
    expect(users.map((u) => u.id)).toEqual(people.map((p) => p.id));
    expect(pageSizes(calls)).toEqual(['2000', '300', '300']);
    expect(progress.map((p) => p.fetched)).toEqual([300, 600, 650]);
    expect(progress.every((p) => p.total === 650 && !p.restarted)).toBe(true);
  });

  it('takes the whole list in one page where Zoom allows 2000 (the 2025 User API)', async () => {
    const { zoom, run, calls } = client(usersPages(new Set(), 2000));
    const users = await run(listAllUsers(zoom, { status: 'active' }));
    expect(users).toHaveLength(650);
    expect(pageSizes(calls)).toEqual(['2000']);
  });

  it('asks again for 300 when the account refuses a page of 2000', async () => {
    const { zoom, run, calls } = client(usersPages(new Set(), 300, true));
    const users = await run(listAllUsers(zoom, { status: 'active' }));
    expect(users.map((u) => u.id)).toEqual(people.map((p) => p.id));
    expect(pageSizes(calls)).toEqual(['2000', '300', '300', '300']);
  });

  it('starts over cleanly when Zoom says the page token expired', async () => {
    const { zoom, run } = client(usersPages(new Set(['t600'])));
    const progress: ListProgress[] = [];
    const users = await run(listAllUsers(zoom, {}, (p) => progress.push(p)));
    expect(users).toHaveLength(650);
    expect(new Set(users.map((u) => u.id)).size).toBe(650);
    expect(progress.map((p) => [p.fetched, p.restarted])).toEqual([
      [300, false],
      [600, false],
      [300, true],
      [600, false],
      [650, false],
    ]);
  });

  it('does not start over for other errors', async () => {
    const { zoom, run } = client((_c, i) =>
      i === 0 ? usersPages()(_c) : zoomAnswer(400, { code: 200, message: 'No privilege.' }),
    );
    await expect(run(listAllUsers(zoom))).rejects.toMatchObject({ code: 'no-privilege' });
  });

  it('caps the page size at 2000 and asks for extra fields', async () => {
    const { zoom, run, calls } = client(usersPages(new Set(), 2000));
    const page = await run(
      zoom.listUsers({ pageSize: 5000, includeFields: ['host_key'], status: 'pending' }),
    );
    expect(page.page_size).toBe(2000);
    const q = calls[0]?.url.searchParams;
    expect(q?.get('page_size')).toBe('2000');
    expect(q?.get('include_fields')).toBe('host_key');
    expect(q?.get('status')).toBe('pending');
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer token-1');
    expect(calls[0]?.url.search).not.toContain('token-1');
  });
});

describe("one list's pages, each asked for as soon as the page before names it", () => {
  it('asks for the next page before the one it has is checked and handed on', async () => {
    const { zoom, run, calls } = client(usersPages());
    const pages = zoom.listUserPages({ status: 'active', pageSize: 300 });
    const first = await run(pages.next());
    expect(first.value?.users).toHaveLength(300);
    // The second page is already on its way (sent, not just planned) when the first is handed
    // on; this Zoom answers at once, and the third is asked for as soon as that answer names it.
    expect(calls.map((c) => c.url.searchParams.get('next_page_token'))).toEqual([
      null,
      't300',
      't600',
    ]);
    const rest: number[] = [];
    for (;;) {
      const page = await run(pages.next());
      if (page.done) break;
      rest.push(page.value.users.length);
    }
    expect(rest).toEqual([300, 50]);
    expect(calls).toHaveLength(3);
  });

  it('hands a page on only once the next request has gone out, even when the token takes a moment', async () => {
    const seen: string[] = [];
    const answer = usersPages();
    const fetch: FetchPort = async (url, init) => {
      const call = { at: 0, method: 'GET', url: new URL(url), headers: new Headers(), body: init };
      seen.push(`sent ${call.url.searchParams.get('next_page_token') ?? 'first'}`);
      return answer(call) as Response;
    };
    const zoom = new ZoomClient(
      new ZoomHttp({
        apiBase: 'https://api.zoom.test/v2',
        fetch,
        clock: systemClock,
        // A token that is not at hand at once (it is being renewed, say).
        tokens: {
          getAccessToken: () => new Promise((resolve) => setTimeout(() => resolve('t'), 5)),
          handleUnauthorized: async () => undefined,
        },
        limiter: new RateLimiter(systemClock, zoomPlanRateLimits.pro),
        log: createMemoryLogger(),
      }),
    );
    for await (const page of zoom.listUserPages({ status: 'active', pageSize: 300 }))
      seen.push(`page of ${page.users.length}`);
    expect(seen).toEqual([
      'sent first',
      'sent t300',
      'page of 300',
      'sent t600',
      'page of 300',
      'page of 50',
    ]);
  });

  it("reads a page's text only once the next page's request has gone out", async () => {
    const seen: string[] = [];
    const answer = usersPages();
    const fetch: FetchPort = async (url, init) => {
      const call = { at: 0, method: 'GET', url: new URL(url), headers: new Headers(), body: init };
      seen.push(`sent ${call.url.searchParams.get('next_page_token') ?? 'first'}`);
      return answer(call) as Response;
    };
    const jsonParse = JSON.parse;
    const parse = vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver) => {
      const value: unknown = jsonParse(text, reviver);
      if (typeof value === 'object' && value !== null && 'users' in value)
        seen.push(
          `read page ${String((value as Record<string, unknown>).next_page_token) || 'last'}`,
        );
      return value;
    });
    try {
      const zoom = new ZoomClient(
        new ZoomHttp({
          apiBase: 'https://api.zoom.test/v2',
          fetch,
          clock: systemClock,
          // A token that takes a moment: the read of the page before waits for the request.
          tokens: {
            getAccessToken: () => new Promise((resolve) => setTimeout(() => resolve('t'), 5)),
            handleUnauthorized: async () => undefined,
          },
          limiter: new RateLimiter(systemClock, zoomPlanRateLimits.pro),
          log: createMemoryLogger(),
        }),
      );
      for await (const page of zoom.listUserPages({ status: 'active', pageSize: 300 }))
        seen.push(`page of ${page.users.length}`);
    } finally {
      parse.mockRestore();
    }
    // Each page is read after the next one's request went out, and handed on after it is read;
    // the pages come in order. (The last page may be read before the one before it is handed
    // on: its request went out as soon as that page's first bytes named it.)
    const at = (entry: string) => seen.indexOf(entry);
    expect(seen.filter((s) => s.startsWith('page of'))).toEqual([
      'page of 300',
      'page of 300',
      'page of 50',
    ]);
    expect(at('sent t300')).toBeLessThan(at('read page t300'));
    expect(at('read page t300')).toBeLessThan(at('page of 300'));
    expect(at('sent t600')).toBeLessThan(at('read page t600'));
    expect(at('read page t600')).toBeLessThan(seen.lastIndexOf('page of 300'));
    expect(at('read page last')).toBeLessThan(at('page of 50'));
    expect(seen).toHaveLength(9);
  });

  it("asks for the next page from an answer's first bytes, before the rest has arrived", async () => {
    // A first page that arrives in two parts, the second only when the test lets it.
    let finish: () => void = () => undefined;
    const rest = new Promise<void>((resolve) => (finish = resolve));
    const encoder = new TextEncoder();
    const asked: Array<string | null> = [];
    const fetch: FetchPort = async (url) => {
      const token = new URL(url).searchParams.get('next_page_token');
      asked.push(token);
      if (token !== null)
        return zoomAnswer(200, {
          page_size: 300,
          total_records: 2,
          next_page_token: '',
          users: [{ id: 'b', email: 'b@example.org', type: 1 }],
        });
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(
            encoder.encode('{"page_size":300,"total_records":2,"next_page_token":"t1","users":['),
          );
          await rest;
          controller.enqueue(encoder.encode('{"id":"a","email":"a@example.org","type":1}]}'));
          controller.close();
        },
      });
      return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const zoom = new ZoomClient(
      new ZoomHttp({
        apiBase: 'https://api.zoom.test/v2',
        fetch,
        clock: systemClock,
        tokens: { getAccessToken: async () => 't', handleUnauthorized: async () => undefined },
        limiter: new RateLimiter(systemClock, zoomPlanRateLimits.pro),
        log: createMemoryLogger(),
      }),
    );
    const pages = zoom.listUserPages({ status: 'active', pageSize: 300 });
    const first = pages.next();
    await vi.waitFor(() => expect(asked).toEqual([null, 't1']));
    finish();
    const emails = (page: IteratorResult<{ users: ReadonlyArray<{ email: string }> }>) =>
      page.done ? [] : page.value.users.map((u) => u.email);
    expect(emails(await first)).toEqual(['a@example.org']);
    expect(emails(await pages.next())).toEqual(['b@example.org']);
    expect((await pages.next()).done).toBe(true);
    expect(asked).toEqual([null, 't1']);
  });

  it('asks again for a page that stopped midway, and takes each person once', async () => {
    // A real local server: the first page's first answer sends its first bytes, then nothing.
    let firstAsks = 0;
    const tokens: Array<string | null> = [];
    const server = http.createServer((req, res) => {
      const token = new URL(req.url ?? '/', 'http://x').searchParams.get('next_page_token');
      tokens.push(token);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const head = '{"page_size":300,"total_records":2,"next_page_token":"t1","users":[';
      if (token === null && (firstAsks += 1) === 1) {
        res.write(head);
        return; // never ends
      }
      if (token === null) res.end(`${head}{"id":"a","email":"a@example.org","type":1}]}`);
      else
        res.end(
          '{"page_size":300,"total_records":2,"next_page_token":"","users":[{"id":"b","email":"b@example.org","type":1}]}',
        );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const zoom = new ZoomClient(
        new ZoomHttp({
          apiBase: `http://127.0.0.1:${port}/v2`,
          fetch: (url, init) => fetch(url, init),
          clock: systemClock,
          tokens: { getAccessToken: async () => 't', handleUnauthorized: async () => undefined },
          limiter: new RateLimiter(systemClock, zoomPlanRateLimits.pro),
          log: createMemoryLogger(),
          timeoutMs: 300,
          backoffBaseMs: 1,
        }),
      );
      const emails: string[] = [];
      for await (const page of zoom.listUserPages({ status: 'active', pageSize: 300 }))
        emails.push(...page.users.map((u) => u.email));
      expect(emails).toEqual(['a@example.org', 'b@example.org']);
      // The first page twice (the stalled answer timed out); the second page once, although
      // both answers' first bytes named it.
      expect(tokens.filter((t) => t === null)).toHaveLength(2);
      expect(tokens.filter((t) => t === 't1')).toHaveLength(1);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("reads the next token from a page's first bytes, but follows the parsed page when they differ", async () => {
    expect(
      peekPageHints('{"page_size":2000,"total_records":9,"next_page_token":"Ab-1_z","users":[]}'),
    ).toEqual({ token: 'Ab-1_z', size: 2000 });
    // Nothing nested, nothing inside a string, nothing after the list starts.
    expect(peekPageHints('{"x":{"next_page_token":"evil"},"users":[]}')).toEqual({});
    expect(peekPageHints('{"m":"\\"next_page_token\\":\\"evil\\"","users":[]}')).toEqual({});
    expect(peekPageHints('{"users":[{"next_page_token":"evil"}]}')).toEqual({});
    expect(peekPageHints('[1]')).toEqual({});

    // A page whose text names one token first and another last: JSON keeps the last.
    const { zoom, run, calls } = client((call) => {
      const token = call.url.searchParams.get('next_page_token');
      if (token === null)
        return new Response(
          '{"next_page_token":"early","page_size":300,"total_records":2,"users":[{"id":"a","email":"a@example.org","type":1}],"next_page_token":"real"}',
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        );
      return zoomAnswer(200, {
        page_size: 300,
        total_records: 2,
        next_page_token: '',
        users: [{ id: token, email: `${token}@example.org`, type: 1 }],
      });
    });
    const pages = zoom.listUserPages({ status: 'active' });
    const emails: string[] = [];
    for (;;) {
      const page = await run(pages.next());
      if (page.done) break;
      emails.push(...page.value.users.map((u) => u.email));
    }
    expect(emails).toEqual(['a@example.org', 'real@example.org']);
    // The early ask was a read whose answer went unused.
    expect(calls.map((c) => c.url.searchParams.get('next_page_token'))).toEqual([
      null,
      'early',
      'real',
    ]);
  });

  it('ends the list at a page that fails its check, and a cancelled list asks for nothing more', async () => {
    const broken = client((call, i) =>
      i === 0
        ? zoomAnswer(200, {
            page_size: 300,
            total_records: 650,
            next_page_token: 't300',
            users: 'x',
          })
        : usersPages()(call),
    );
    const pages = broken.zoom.listUserPages({ status: 'active' });
    await expect(broken.run(pages.next())).rejects.toMatchObject({ code: 'zoom-answer-invalid' });

    const stopped = client(usersPages());
    const controller = new AbortController();
    const list = stopped.zoom.listUserPages({ status: 'active', pageSize: 300 }, controller.signal);
    controller.abort();
    const only = await stopped.run(list.next());
    expect(only.value?.users).toHaveLength(300);
    expect((await stopped.run(list.next())).done).toBe(true);
    expect(stopped.calls).toHaveLength(1);
  });
});

describe("a users page as Zoom's 2025 User API writes it", () => {
  it('takes type 4 (unassigned, no Meetings Basic) and user_created_at, and reads type 4 as no licence', async () => {
    const page = {
      page_size: 2000,
      total_records: 1,
      next_page_token: '',
      users: [
        {
          id: 'u4',
          email: 'new@example.org',
          type: 4,
          status: 'active',
          user_created_at: '2025-06-01T07:58:03Z',
        },
      ],
    };
    const { zoom, run } = client(() => zoomAnswer(200, page));
    const answer = await run(zoom.listUsers({ status: 'active' }));
    const user = answer.users[0]!;
    expect(user).toMatchObject({ type: 4, user_created_at: '2025-06-01T07:58:03Z' });
    expect(licenceOf(user.type)).toBe('unassigned');
    const readiness = assessReadiness(
      { user },
      { now: Date.parse('2025-07-01T00:00:00Z'), minimumAppVersion: '6.0.0' },
    );
    expect(readiness.blockers.map((b) => b.code)).toContain('no-license');
  });
});

describe('64-bit meeting ids', () => {
  const bigId = '85746065432109876';

  it('keeps every digit of a meeting id beyond 2^53', async () => {
    const raw = `{"id":${bigId},"uuid":"abc==","topic":"Board 123456789012345678","type":2,"duration":60,"settings":{"alternative_hosts":"a@x.org;b@x.org"}}`;
    const { zoom, run, calls } = client(() => zoomAnswer(200, raw));
    const meeting = await run(zoom.getMeeting(bigId));
    expect(meeting.id).toBe(bigId);
    expect(meeting.topic).toBe('Board 123456789012345678');
    expect(meeting.duration).toBe(60);
    expect(calls[0]?.url.pathname).toBe(`/v2/meetings/${bigId}`);
  });

  it('keeps them exact in a meeting list too', async () => {
    const raw = `{"page_size":30,"total_records":2,"next_page_token":"","meetings":[{"id":${bigId},"type":8},{"id":92345678901,"type":2}]}`;
    const { zoom, run } = client(() => zoomAnswer(200, raw));
    const meetings = await run(listAllMeetings(zoom, 'me'));
    expect(meetings.map((m) => m.id)).toEqual([bigId, '92345678901']);
  });

  it('quotes only long integers outside strings', () => {
    const text =
      '{"a":9007199254740993,"b":-9007199254740993,"c":"9007199254740993","d":1.5e300,"e":42,"f":"x\\"9999999999999999999"}';
    expect(parseJsonKeepingLongIntegers(text)).toEqual({
      a: '9007199254740993',
      b: '-9007199254740993',
      c: '9007199254740993',
      d: 1.5e300,
      e: 42,
      f: 'x"9999999999999999999',
    });
    expect(quoteLongIntegers('{"e":9007199254740991}')).toBe('{"e":9007199254740991}');
  });

  it('refuses a meeting id that is not digits before sending anything', async () => {
    const { zoom, run, calls } = client(() => zoomAnswer(200, {}));
    await expect(run(zoom.getMeeting('../users/me'))).rejects.toMatchObject({
      code: 'invalid-parameter',
    });
    expect(calls).toHaveLength(0);
  });
});

describe('what each operation sends', () => {
  it('invites with action "create" and removes a pending invitee by email', async () => {
    const { zoom, run, calls } = client((call) =>
      call.method === 'POST'
        ? zoomAnswer(201, { id: 'n1', email: 'ana@example.org', type: 2 })
        : zoomAnswer(204),
    );
    await run(zoom.createUser({ email: 'ana@example.org', type: 2, firstName: 'Ana' }));
    await run(zoom.deleteUser('ana@example.org'));
    expect(calls[0]?.body).toEqual({
      action: 'create',
      user_info: { email: 'ana@example.org', type: 2, first_name: 'Ana' },
    });
    expect(calls[1]?.method).toBe('DELETE');
    expect(calls[1]?.url.pathname).toBe('/v2/users/ana%40example.org');
    expect(calls[1]?.url.searchParams.get('action')).toBe('disassociate');
  });

  it('sets alternative hosts as one semicolon-separated list', async () => {
    const { zoom, run, calls } = client(() => zoomAnswer(204));
    await run(
      zoom.patchMeeting('123', {
        alternativeHosts: ['a@x.org', 'b@x.org'],
        notifyAlternativeHosts: false,
      }),
    );
    expect(calls[0]?.method).toBe('PATCH');
    expect(calls[0]?.body).toEqual({
      settings: {
        alternative_hosts: 'a@x.org;b@x.org',
        alternative_hosts_email_notification: false,
      },
    });
  });

  it('adds assistants, lists assistants and schedulers, reads settings', async () => {
    const { zoom, run, calls } = client((call) => {
      const path = call.url.pathname;
      if (call.method === 'POST')
        return zoomAnswer(201, { ids: 'a1', add_at: '2025-01-06T09:00:00Z' });
      if (path.endsWith('/assistants'))
        return zoomAnswer(200, { assistants: [{ id: 'a1', email: 'a@x.org' }] });
      if (path.endsWith('/schedulers'))
        return zoomAnswer(200, { schedulers: [{ email: 'h@x.org' }] });
      return zoomAnswer(200, { schedule_meeting: { host_video: true } });
    });
    expect(await run(zoom.addAssistants('host', ['a@x.org']))).toMatchObject({ ids: 'a1' });
    expect(calls[0]?.body).toEqual({ assistants: [{ email: 'a@x.org' }] });
    expect((await run(zoom.listAssistants('host'))).assistants[0]?.email).toBe('a@x.org');
    expect((await run(zoom.listSchedulers('a1'))).schedulers[0]?.email).toBe('h@x.org');
    expect(await run(zoom.getUserSettings('me'))).toEqual({
      schedule_meeting: { host_video: true },
    });
  });

  it('refuses more than 30 assistants in one call', async () => {
    const { zoom, run, calls } = client(() => zoomAnswer(201, {}));
    const emails = Array.from({ length: 31 }, (_, i) => `a${i}@x.org`);
    await expect(run(zoom.addAssistants('host', emails))).rejects.toMatchObject({
      code: 'invalid-parameter',
    });
    expect(calls).toHaveLength(0);
  });

  it('reports an answer of the wrong shape instead of passing it on', async () => {
    const { zoom, run } = client(() => zoomAnswer(200, { email: 'no-type@example.org' }));
    await expect(run(zoom.getMe())).rejects.toMatchObject({ code: 'zoom-answer-invalid' });
  });
});
