import { isOwnPaidAccount } from '../../shared/readiness-own-plan';
import { assess, codes, readyUser } from '../support/readiness-fixtures';

const invited = 'ana@riverside.example';
/** Ana as `GET /users/me` describes her while she is still on her own Pro plan. */
const ownPro = readyUser({ account_id: 'anasOwnPro01', type: 2, role_name: 'Owner', role_id: '0' });

describe('a person signed in to a Zoom plan they pay for, on the invited email', () => {
  it('is told about her own paid plan, not to "sign in with the invited email"', () => {
    const result = assess({ user: ownPro, invitedEmail: invited });
    expect(result.stage).toBe('invited');
    expect(result.blockers).toEqual([
      {
        code: 'own-paid-account',
        severity: 'blocking',
        params: { email: invited },
        fix: 'decide-about-own-plan',
      },
    ]);
  });

  it('reads the owner from role_name, or from the built-in role id "0" when Zoom sends no name', () => {
    expect(isOwnPaidAccount({ email: invited, type: 2, role_name: 'Owner' }, invited)).toBe(true);
    expect(isOwnPaidAccount({ email: invited, type: 2, role_name: ' owner ' }, invited)).toBe(true);
    expect(isOwnPaidAccount({ email: invited, type: 2, role_id: '0' }, invited)).toBe(true);
    // A name wins over the id: a custom role that happens to have id 0 is not the owner.
    expect(
      isOwnPaidAccount({ email: invited, type: 2, role_name: 'Member', role_id: '0' }, invited),
    ).toBe(false);
  });

  it('matches the invited email however it is written', () => {
    expect(isOwnPaidAccount({ ...ownPro, email: ' Ana@Riverside.Example ' }, invited)).toBe(true);
  });

  it.each([
    ['a free (Basic) account of her own', { ...ownPro, type: 1 as const }, invited],
    [
      'a member of some other paid account',
      { ...ownPro, role_name: 'Member', role_id: '2' },
      invited,
    ],
    [
      'an admin of some other paid account',
      { ...ownPro, role_name: 'Admin', role_id: '1' },
      invited,
    ],
    ['her own paid plan on another email', { ...ownPro, email: 'ana@home.example' }, invited],
    ['no role from Zoom at all', { ...ownPro, role_name: undefined, role_id: undefined }, invited],
    ['no invitation opened (no invited email)', ownPro, undefined],
  ])('stays "signed in to another account" for %s', (_name, user, email) => {
    expect(codes(assess({ user, invitedEmail: email }))).toEqual(['wrong-account']);
  });

  it("says nothing of the kind once she is on the organisation's account", () => {
    const moved = readyUser({ role_name: 'Member', role_id: '2' });
    expect(assess({ user: moved, invitedEmail: invited }).stage).toBe('ready');
  });
});
