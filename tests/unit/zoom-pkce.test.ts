import {
  codeChallenge,
  createPkce,
  createState,
  stateMatches,
} from '../../electron/services/zoom/pkce';

describe('PKCE and state for each sign-in', () => {
  it('computes the S256 challenge exactly as RFC 7636 shows it', () => {
    expect(codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes a 43–128 character base64url verifier whose challenge matches', () => {
    const pkce = createPkce();
    expect(pkce.verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(pkce.method).toBe('S256');
    expect(pkce.challenge).toBe(codeChallenge(pkce.verifier));
  });

  it('refuses a verifier too short for the standard', () => {
    expect(() => createPkce(undefined, 16)).toThrow(RangeError);
  });

  it('never repeats a verifier or a state between attempts', () => {
    const verifiers = new Set(Array.from({ length: 50 }, () => createPkce().verifier));
    const states = new Set(Array.from({ length: 50 }, () => createState()));
    expect(verifiers.size).toBe(50);
    expect(states.size).toBe(50);
  });

  it('accepts only the exact state it sent', () => {
    const state = createState();
    expect(stateMatches(state, state)).toBe(true);
    expect(stateMatches(state, `${state}x`)).toBe(false);
    expect(stateMatches(state, state.slice(1))).toBe(false);
    expect(stateMatches(state, null)).toBe(false);
    expect(stateMatches(state, undefined)).toBe(false);
  });
});
