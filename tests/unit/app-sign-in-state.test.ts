import { appSignInState, type LocalZoomApp } from '../../shared/readiness-app';
import { assess, readyUser } from '../support/readiness-fixtures';

/** What Zoom says about the app, through the readiness model, as step 6 gets it. */
function seen(lastClientVersion: string) {
  const readiness = assess({ user: readyUser({ last_client_version: lastClientVersion }) });
  return { lastClientVersion: lastClientVersion || null, blockers: readiness.blockers };
}

const here = (status: LocalZoomApp['status'], version: string | null): LocalZoomApp => ({
  status,
  version,
  minimumVersion: '5.17.0',
});

describe("step 6's one message about the Zoom app", () => {
  it('says "update first" when the app on this computer is too old, whatever Zoom saw', () => {
    expect(appSignInState(seen(''), here('too-old', '5.10.0'))).toEqual({
      kind: 'update-first',
      version: '5.10.0',
      minimum: '5.17.0',
      seenBy: 'computer',
    });
    expect(appSignInState(seen('6.2.5.1234(mac)'), here('too-old', '5.10.0')).kind).toBe(
      'update-first',
    );
  });

  it('says "update first", not "Zoom has not seen you", when Zoom saw an old app sign in', () => {
    expect(appSignInState(seen('5.10.0.2450(win)'), null)).toEqual({
      kind: 'update-first',
      version: '5.10.0.2450',
      minimum: '5.17.0',
      seenBy: 'zoom',
    });
    expect(appSignInState(seen('5.10.0.2450(win)'), here('missing', null)).kind).toBe(
      'update-first',
    );
  });

  it('asks to sign in again once this computer has the new app but Zoom still has the old one', () => {
    expect(appSignInState(seen('5.10.0.2450(win)'), here('installed', '6.2.5'))).toEqual({
      kind: 'sign-in-again',
      version: '6.2.5',
    });
  });

  it('says Zoom has not seen a sign-in only when no app has signed in', () => {
    expect(appSignInState(seen(''), here('installed', '6.2.5'))).toEqual({ kind: 'not-seen' });
    expect(appSignInState(seen(''), null)).toEqual({ kind: 'not-seen' });
  });

  it('passes when Zoom saw a new enough app', () => {
    expect(appSignInState(seen('6.2.5.1234(mac)'), here('installed', '6.2.5'))).toEqual({
      kind: 'passed',
      version: '6.2.5.1234(mac)',
    });
    expect(appSignInState(seen('6.2.5.1234(mac)'), here('version-unknown', null)).kind).toBe(
      'passed',
    );
  });
});
