import {
  missingScopes,
  parseGrantedScopes,
  scopeNeeds,
  scopesInZoomMessage,
  scopesToAdd,
} from '../../shared/zoom-scopes';

/** The scopes an app must have, from the token's `scope` (docs/zoom-app-setup.md §1, §7). */
describe('which scopes are missing for a purpose', () => {
  const adminGranular = scopesToAdd('admin').join(' ');

  it('reads the space-separated scope string of a token answer', () => {
    expect(parseGrantedScopes('user:read:user  user:read:token')).toEqual([
      'user:read:user',
      'user:read:token',
    ]);
    expect(parseGrantedScopes(undefined)).toEqual([]);
  });

  it('lets an invitee through with the user-level scope or its admin form', () => {
    expect(missingScopes('invitee', 'user:read:user')).toEqual([]);
    expect(missingScopes('invitee', 'user:read:user:admin')).toEqual([]);
  });

  it('lets an invitee through with a classic scope instead', () => {
    expect(missingScopes('invitee', 'user_info:read')).toEqual([]);
    expect(missingScopes('invitee', 'user:read')).toEqual([]);
  });

  it('names user:read:user when an invitee’s token has none of them', () => {
    expect(missingScopes('invitee', 'meeting:read:meeting')).toEqual(['user:read:user']);
    expect(missingScopes('invitee', '')).toEqual(['user:read:user']);
  });

  it('is satisfied by the full admin list, and names each scope taken out of it', () => {
    expect(missingScopes('admin', adminGranular)).toEqual([]);
    const without = adminGranular.replace('user:write:user:admin', '');
    expect(missingScopes('admin', without)).toEqual(['user:write:user:admin']);
  });

  it('does not let a user-level scope stand in for the admin one the team features need', () => {
    const userLevel = adminGranular.replace('user:read:list_users:admin', 'user:read:user');
    expect(missingScopes('admin', userLevel)).toContain('user:read:list_users:admin');
  });

  it('accepts classic admin scopes, and names classic ones for a classic app', () => {
    const classic = 'user:read:admin user:write:admin meeting:read:admin meeting:write:admin';
    expect(missingScopes('admin', classic)).toEqual([]);
    expect(missingScopes('admin', 'user:read:admin user:write:admin')).toEqual([
      'meeting:read:admin',
      'meeting:write:admin',
    ]);
  });

  it('has a source for every need, and says where a granular name is not confirmed', () => {
    for (const need of [...scopeNeeds.admin, ...scopeNeeds.invitee]) {
      expect(need.source.length, need.call).toBeGreaterThan(5);
      if (need.granular.startsWith('meeting:')) expect(need.confirmed).toBe(false);
    }
  });

  it('reads the scope names out of Zoom’s missing-scope message', () => {
    expect(
      scopesInZoomMessage(
        'Invalid access token, does not contain scopes:[contact:read:list_contacts, contact:read:list_contacts:admin].',
      ),
    ).toEqual(['contact:read:list_contacts', 'contact:read:list_contacts:admin']);
    expect(
      scopesInZoomMessage('Invalid access token, does not contain role:read:admin scope'),
    ).toEqual(['role:read:admin']);
    expect(scopesInZoomMessage('Invalid access token.')).toEqual([]);
  });
});
