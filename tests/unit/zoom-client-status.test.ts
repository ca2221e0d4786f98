import { scriptedClient } from '../support/scripted-client';
import { ZoomError } from '../../electron/services/zoom/zoom-errors';
import { zoomAnswer } from '../support/fake-zoom';

const client = scriptedClient;

describe('turning an account on or off (PUT /users/{userId}/status)', () => {
  it('sends the action to the user’s status path, the email made safe for a URL', async () => {
    const { zoom, run, calls } = client(() => zoomAnswer(204));
    await run(zoom.setUserStatus('ana+zoom@example.org', 'activate'));
    await run(zoom.setUserStatus('u123', 'deactivate'));
    expect(calls.map((c) => [c.method, c.url.pathname, c.body])).toEqual([
      ['PUT', '/v2/users/ana%2Bzoom%40example.org/status', { action: 'activate' }],
      ['PUT', '/v2/users/u123/status', { action: 'deactivate' }],
    ]);
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('tries again after a server error, since asking twice does no harm', async () => {
    const { zoom, run, calls } = client((_c, i) =>
      i === 0 ? zoomAnswer(502, {}) : zoomAnswer(204),
    );
    await run(zoom.setUserStatus('ana@example.org', 'activate'));
    expect(calls).toHaveLength(2);
  });

  it('reports Zoom’s refusals as ZoomErrors with Zoom’s code', async () => {
    const unknown = client(() =>
      zoomAnswer(404, { code: 1001, message: 'User does not exist: ana@example.org.' }),
    );
    const notFound = await unknown
      .run(unknown.zoom.setUserStatus('ana@example.org', 'activate'))
      .catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(ZoomError);
    expect((notFound as ZoomError).code).toBe('user-not-found');

    const full = client(() =>
      zoomAnswer(400, { code: 3412, message: 'maximum number of basic users' }),
    );
    const noRoom = await full
      .run(full.zoom.setUserStatus('ana@example.org', 'activate'))
      .catch((e: unknown) => e);
    expect((noRoom as ZoomError).code).toBe('no-licences-left');
    expect(full.calls).toHaveLength(1);
  });
});
