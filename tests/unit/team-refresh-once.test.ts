import { vi } from 'vitest';
import { apiCalls } from '../../shared/api';
import * as readiness from '../../shared/readiness';
import { createApiClient } from '../../renderer/bridge/api-client';
import { dispatchCall } from '../../electron/services/dispatch';
import { createMemoryLogger } from '../../electron/services/log';
import type { ReadyRoomTransport } from '../../shared/api';
import { teamFixture, type TeamFixture } from './team-kit';

// Counts every assessment the team store makes, keeping the real model.
vi.mock('../../shared/readiness', async (importOriginal) => {
  const real = await importOriginal<typeof readiness>();
  return { ...real, assessReadiness: vi.fn(real.assessReadiness) };
});
const assessed = vi.mocked(readiness.assessReadiness);

let fixture: TeamFixture;
afterEach(async () => {
  await fixture?.close();
  vi.restoreAllMocks();
});

describe('a refresh does each piece of work once', () => {
  it('assesses each person once per refresh: for the history, "everyone is ready" and the view', async () => {
    fixture = await teamFixture({ scenario: 'large', users: 250, rateLimits: 'off' });
    assessed.mockClear();

    const result = await fixture.handlers.refreshTeam({});

    expect(result.view.people).toHaveLength(250);
    expect(assessed).toHaveBeenCalledTimes(250);
    // The dashboard reads the team right after: the same assessments answer it.
    const view = await fixture.handlers.getTeam({});
    expect(view.people.map((p) => p.readiness)).toEqual(result.view.people.map((p) => p.readiness));
    expect(assessed).toHaveBeenCalledTimes(250);
  });

  it('assesses again what changed: a new refresh, or one bounce note', async () => {
    fixture = await teamFixture({ scenario: 'nonprofit', rateLimits: 'off' });
    const first = await fixture.handlers.refreshTeam({});
    const people = first.view.people.length;
    const pending = first.view.people.find((p) => p.user.status === 'pending')!;
    assessed.mockClear();

    await fixture.handlers.setEmailBounced({ email: pending.user.email, bounced: true });
    const view = await fixture.handlers.getTeam({});
    // Only the bounced person is worked out again, and the note shows.
    expect(assessed).toHaveBeenCalledTimes(1);
    const bounced = view.people.find((p) => p.user.email === pending.user.email)!;
    expect(bounced.readiness.blockers.map((b) => b.code)).toContain('email-bounced');

    assessed.mockClear();
    await fixture.handlers.refreshTeam({});
    expect(assessed).toHaveBeenCalledTimes(people);
  });

  it('parses the team view once on its way from the backend to the screen', async () => {
    fixture = await teamFixture({ scenario: 'large', users: 120, rateLimits: 'off' });
    await fixture.handlers.refreshTeam({});
    const schema = apiCalls.getTeam.result;
    const parse = vi.spyOn(schema, 'parse');
    const safeParse = vi.spyOn(schema, 'safeParse');
    const handlers = { getTeam: fixture.handlers.getTeam } as never;
    // The transport as the browser host and Electron's IPC both are: dispatch, then JSON.
    const transport = {
      getTeam: async (args: unknown) =>
        JSON.parse(
          JSON.stringify(await dispatchCall(handlers, 'getTeam', args, createMemoryLogger())),
        ) as unknown,
      on: () => () => undefined,
    } as unknown as ReadyRoomTransport;
    const api = createApiClient(transport);

    const view = await api.getTeam({});

    expect(view.people).toHaveLength(120);
    expect(parse.mock.calls.length + safeParse.mock.calls.length).toBe(1);
  });

  it('still refuses an answer the backend never sent', async () => {
    const transport = {
      getTeam: async () => ({ ok: 'yes' }),
      on: () => () => undefined,
    } as unknown as ReadyRoomTransport;
    await expect(createApiClient(transport).getTeam({})).rejects.toMatchObject({
      code: 'internal',
    });
  });
});
