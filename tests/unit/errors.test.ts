import { ApiError, errorCodeOf } from '../../shared/errors';
import { ZoomError } from '../../electron/services/zoom/zoom-errors';

describe('errorCodeOf', () => {
  it("keeps an ApiError's code", () => {
    expect(errorCodeOf(new ApiError('settings-save-failed', 'disk full'))).toBe(
      'settings-save-failed',
    );
  });

  it("keeps a ZoomError's code", () => {
    expect(errorCodeOf(new ZoomError('no-privilege', { status: 400, zoomCode: 200 }))).toBe(
      'no-privilege',
    );
  });

  it('recognises a coded error by name, as one from another bundle would be', () => {
    const foreign = Object.assign(new Error('not-signed-in'), {
      name: 'ZoomError',
      code: 'not-signed-in',
    });
    expect(errorCodeOf(foreign)).toBe('not-signed-in');
  });

  it("says 'internal' for anything that carries no code of ours", () => {
    const nodeError = Object.assign(new Error('no such file'), { code: 'ENOENT' });
    const oddCode = Object.assign(new Error('odd'), { name: 'ApiError', code: 'no-such-code' });
    const notAnError = { name: 'ApiError', code: 'not-signed-in' };
    for (const thrown of [
      new Error('boom'),
      nodeError,
      oddCode,
      notAnError,
      'text',
      null,
      undefined,
    ])
      expect(errorCodeOf(thrown)).toBe('internal');
  });
});
