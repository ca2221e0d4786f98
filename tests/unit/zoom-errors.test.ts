import { createMemoryLogger } from '../../electron/services/log';
import { ManualClock } from '../../electron/services/zoom/clock';
import en from '../../renderer/locales/en/translation.json' with { type: 'json' };
import es from '../../renderer/locales/es/translation.json' with { type: 'json' };
import { RateLimiter } from '../../electron/services/zoom/rate-limiter';
import { ZoomClient } from '../../electron/services/zoom/zoom-client';
import {
  isZoomError,
  zoomErrorCodes,
  zoomErrorFromResponse,
  zoomErrorMessageKeys,
} from '../../electron/services/zoom/zoom-errors';
import { ZoomHttp } from '../../electron/services/zoom/zoom-http';
import { scriptedFetch, zoomAnswer } from '../support/fake-zoom';

function failingClient(status: number, body: unknown) {
  const clock = new ManualClock();
  const scripted = scriptedFetch(
    () => clock.now(),
    () => zoomAnswer(status, body),
  );
  const zoom = new ZoomClient(
    new ZoomHttp({
      apiBase: 'https://api.zoom.test/v2',
      fetch: scripted.fetch,
      clock,
      tokens: { getAccessToken: async () => 't', handleUnauthorized: async () => undefined },
      limiter: new RateLimiter(clock),
      log: createMemoryLogger(),
    }),
  );
  return { zoom, clock };
}

describe("Zoom's error codes, in words the person can be told", () => {
  const cases = [
    [404, 1001, 'user-not-found'],
    [409, 1005, 'already-in-account'],
    [400, 1009, 'email-owns-another-account'],
    [400, 1010, 'not-on-account'],
    [400, 1120, 'invitation-expired'],
    [400, 200, 'no-privilege'],
    [400, 300, 'invalid-parameter'],
    [404, 3001, 'meeting-not-found'],
    [400, 3003, 'not-meeting-host'],
    [400, 2034, 'no-licences-left'],
    [400, 3412, 'no-licences-left'],
    [400, 4700, 'missing-scopes'],
    [400, 99999, 'zoom-error'],
  ] as const;

  it.each(cases)('HTTP %i with code %i becomes "%s"', async (status, zoomCode, expected) => {
    const { zoom, clock } = failingClient(status, { code: zoomCode, message: 'Zoom says no' });
    const error = await clock
      .settle(zoom.createUser({ email: 'a@x.org', type: 2 }))
      .catch((e: unknown) => e);
    expect(isZoomError(error)).toBe(true);
    expect(error).toMatchObject({
      code: expected,
      messageKey: `errors.${expected}`,
      status,
      zoomCode,
      zoomMessage: 'Zoom says no',
    });
  });

  it('treats a 401 with code 124 as a refused token', () => {
    expect(zoomErrorFromResponse(401, { code: 124, message: 'Invalid access token.' }).code).toBe(
      'invalid-token',
    );
  });

  it('names a missing scope as missing, whether Zoom says 4700 or 4711 (DF /t/…/108207)', () => {
    for (const code of [4700, 4711]) {
      const error = zoomErrorFromResponse(400, {
        code,
        message:
          'Invalid access token, does not contain scopes:[user:read:user, user:read:user:admin].',
      });
      expect(error.code).toBe('missing-scopes');
      expect(error.scopes).toEqual(['user:read:user', 'user:read:user:admin']);
    }
  });

  it('still ends the sign-in on a 4711 that is not about scopes', () => {
    const error = zoomErrorFromResponse(400, { code: 4711, message: 'Refresh token invalid' });
    expect(error.code).toBe('session-expired');
    expect(error.scopes).toEqual([]);
  });

  it('copes with an error body that is not Zoom’s shape', async () => {
    const { zoom, clock } = failingClient(404, '<html>Not Found</html>');
    await expect(clock.settle(zoom.deleteAssistant('h', 'a'))).rejects.toMatchObject({
      code: 'zoom-error',
      status: 404,
    });
  });

  it('has an English and a Spanish sentence for every error, and nothing else', () => {
    for (const language of ['en', 'es'] as const) {
      const table: Record<string, string> = (language === 'en' ? en : es).errors;
      for (const code of zoomErrorCodes)
        expect(table[code]?.trim().length ?? 0, code).toBeGreaterThan(20);
    }
    expect(zoomErrorMessageKeys).toHaveLength(zoomErrorCodes.length);
    expect(zoomErrorMessageKeys).toContain('errors.daily-limit');
  });
});
