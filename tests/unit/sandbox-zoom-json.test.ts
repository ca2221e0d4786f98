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

  it('writes an answer with no bigint as plain JSON, and one deep in a list the Zoom way', () => {
    const users = [{ id: 'u1', pmi: 8_123_456_789, first_name: 'Ana' }];
    expect(toZoomJson({ users })).toBe(JSON.stringify({ users }));
    const text = toZoomJson({ users: [...users, { id: 'u2', pmi: 98_765_432_109_876n }] });
    expect(text).toBe(
      '{"users":[{"id":"u1","pmi":8123456789,"first_name":"Ana"},{"id":"u2","pmi":98765432109876}]}',
    );
  });
});
