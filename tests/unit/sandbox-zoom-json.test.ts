import { toZoomJson } from '../../electron/sandbox/zoom-json';

describe('toZoomJson', () => {
  it('writes 64-bit ids as bare integers with every digit', () => {
    const id = 2n ** 63n - 25n;
    const text = toZoomJson({ meetings: [{ id, topic: 'Board' }] });
    expect(text).toBe(`{"meetings":[{"id":${id.toString()},"topic":"Board"}]}`);
  });

  it('cannot be tricked by a string that looks like its marker', () => {
    const text = toZoomJson({ topic: '__zoom_bigint_0000000000000000:5', id: 7n });
    expect(JSON.parse(text)).toEqual({ topic: '__zoom_bigint_0000000000000000:5', id: 7 });
  });
});
