import { contractProblems, type Reply } from './sandbox-http';
import { loadZoomSpec } from './sandbox-spec';
import { fieldsFrom2025 } from './sandbox-spec-allowances';

const spec = loadZoomSpec();

describe('the contract checker', () => {
  it('notices a field Zoom does not document, a wrong type, and an undocumented error code', () => {
    const reply = (status: number, json: unknown): Reply => ({
      status,
      headers: new Headers(),
      text: JSON.stringify(json),
      json,
    });
    const base = { email: 'a@example.com', type: 2 };
    expect(contractProblems(spec, 'user', reply(200, base))).toEqual([]);
    expect(
      contractProblems(spec, 'user', reply(200, { ...base, favourite_colour: 'red' })),
    ).not.toEqual([]);
    expect(contractProblems(spec, 'user', reply(200, { ...base, type: 'Licensed' }))).not.toEqual(
      [],
    );
    expect(
      contractProblems(
        spec,
        'user',
        reply(404, { code: 1001, message: 'User does not exist: x.' }),
      ),
    ).toEqual([]);
    expect(
      contractProblems(spec, 'user', reply(404, { code: 3001, message: 'Meeting not found.' })),
    ).not.toEqual([]);
    expect(contractProblems(spec, 'user', reply(400, { message: 'no code' }))).not.toEqual([]);
  });

  it('only lets in fields the 2025 User API file really documents', () => {
    for (const [operationId, extras] of Object.entries(fieldsFrom2025)) {
      for (const extra of extras) expect(spec.in2025(operationId, extra), extra.field).toBe(true);
    }
    expect(spec.in2025('users', { at: ['users', '[]'], field: 'favourite_colour' })).toBe(false);
  });
});
