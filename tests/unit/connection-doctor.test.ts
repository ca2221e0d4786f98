import {
  ConnectionNotebook,
  diagnose,
  emptyNotes,
  observeFailures,
  type AuthorizeProbe,
  type ConnectionDoctorPorts,
} from '../../electron/services/connection-doctor';
import { createMemoryLogger } from '../../electron/services/log';
import type { Session } from '../../electron/services/zoom/session';
import type { SignInFailure } from '../../electron/services/zoom/zoom-auth';
import { ZoomError } from '../../electron/services/zoom/zoom-errors';
import type { ConnectionDiagnosis } from '../../shared/connection-doctor';
import { scopesToAdd } from '../../shared/zoom-scopes';

const person = (role: Session['role']): Session => ({
  userId: 'u1',
  name: 'Ana',
  email: 'ana@example.org',
  accountId: 'acc',
  role,
  roleName: role === 'owner' ? 'Owner' : role === 'admin' ? 'Admin' : 'Member',
  userType: 2,
  kind: 'user',
});

interface Fake {
  clientId?: string | null;
  session?: Session | null;
  scope?: string | null;
  failure?: SignInFailure | null;
  probe?: AuthorizeProbe;
}

function ports(fake: Fake): ConnectionDoctorPorts & { probes: number } {
  const result = {
    probes: 0,
    clientId: () => (fake.clientId === undefined ? 'app_123' : fake.clientId),
    session: () => fake.session ?? null,
    grantedScope: () => fake.scope ?? null,
    lastSignInFailure: () => fake.failure ?? null,
    probeAuthorize: async () => {
      result.probes += 1;
      return fake.probe ?? 'accepted';
    },
    now: () => new Date('2026-12-03T12:00:00Z'),
  };
  return result;
}

const adminScopes = scopesToAdd('admin').join(' ');
const state = (d: ConnectionDiagnosis, id: string) => d.checks.find((c) => c.id === id)?.state;
const codes = (d: ConnectionDiagnosis) => d.problems.map((p) => p.code);

describe('the connection doctor names what is missing and where to fix it', () => {
  it('passes every check it can for a well set-up admin, and leaves licences unchecked', async () => {
    const d = await diagnose('admin', ports({ session: person('owner'), scope: adminScopes }));
    expect(d.problems).toEqual([]);
    expect(d.checks.map((c) => [c.id, c.state, c.source])).toEqual([
      ['client-id', 'passed', 'zoom'],
      ['sign-in', 'passed', 'zoom'],
      ['scopes', 'passed', 'zoom'],
      ['role', 'passed', 'zoom'],
      // No call tells how many licences are left: checked at the first refused assign.
      ['licences', 'not-checked', 'zoom'],
    ]);
    expect(d.grantedScopes).toContain('user:read:list_users:admin');
  });

  it('says no client ID is set, from this computer, without asking Zoom', async () => {
    const p = ports({ clientId: null });
    const d = await diagnose('admin', p);
    expect(codes(d)).toEqual(['client-id-missing']);
    expect(d.checks[0]).toEqual({ id: 'client-id', state: 'failed', source: 'this-computer' });
    expect(p.probes).toBe(0);
  });

  it.each([
    ['client-id-unknown', 'client-id-unknown', 'basic-info', 'client-id'],
    ['redirect-not-allowed', 'redirect-not-allowed', 'basic-info', 'sign-in'],
    ['app-not-activated', 'app-not-activated', 'activation', 'sign-in'],
  ] as const)(
    'names %s when Zoom’s sign-in page refuses',
    async (probe, code, page, failedCheck) => {
      const d = await diagnose('admin', ports({ probe }));
      expect(d.problems).toEqual([{ code, page, scopes: [] }]);
      expect(state(d, failedCheck)).toBe('failed');
      expect(state(d, 'scopes')).toBe('not-checked');
    },
  );

  it('names "Use Public Client OAuth" when the page took the ID but the token request failed', async () => {
    const failure: SignInFailure = {
      code: 'sign-in-code-rejected',
      status: 401,
      zoomMessage: 'Invalid client_id or client_secret',
      scopes: [],
      grantedScope: null,
    };
    const d = await diagnose('invitee', ports({ failure }));
    expect(d.problems).toEqual([{ code: 'public-client-off', page: 'basic-info', scopes: [] }]);
    expect(state(d, 'client-id')).toBe('passed');
    expect(state(d, 'sign-in')).toBe('failed');
  });

  it('names the scope when a token came back but Zoom would not say who signed in', async () => {
    const failure: SignInFailure = {
      code: 'missing-scopes',
      status: 400,
      zoomMessage:
        'Invalid access token, does not contain scopes:[user:read:user, user:read:user:admin].',
      scopes: ['user:read:user', 'user:read:user:admin'],
      grantedScope: 'meeting:read:meeting',
    };
    const d = await diagnose('invitee', ports({ failure }));
    expect(d.problems).toEqual([
      { code: 'scopes-missing', page: 'scopes', scopes: ['user:read:user'] },
    ]);
    expect(state(d, 'sign-in')).toBe('passed');
    expect(state(d, 'scopes')).toBe('failed');
    expect(d.grantedScopes).toEqual(['meeting:read:meeting']);
  });

  it('says Zoom could not be reached and checks nothing else', async () => {
    const d = await diagnose('admin', ports({ probe: 'unreachable' }));
    expect(codes(d)).toEqual(['zoom-unreachable']);
    expect(d.checks.every((c) => c.state === 'not-checked')).toBe(true);
  });

  it('leaves sign-in unchecked when nobody has signed in yet', async () => {
    const d = await diagnose('invitee', ports({}));
    expect(d.problems).toEqual([]);
    expect(state(d, 'client-id')).toBe('passed');
    expect(state(d, 'sign-in')).toBe('not-checked');
  });

  it('lists the scopes to add on the Scopes page', async () => {
    const scope = adminScopes
      .replace('user:write:user:admin', '')
      .replace('user:read:list_users:admin', '');
    const d = await diagnose('admin', ports({ session: person('admin'), scope }));
    expect(d.problems).toEqual([
      {
        code: 'scopes-missing',
        page: 'scopes',
        scopes: ['user:read:list_users:admin', 'user:write:user:admin'],
      },
    ]);
    expect(state(d, 'scopes')).toBe('failed');
  });

  it('names the wrong kind of app when the admin’s token holds only user-level scopes', async () => {
    const d = await diagnose('admin', ports({ session: person('owner'), scope: 'user:read:user' }));
    expect(codes(d)).toEqual(['wrong-app-type', 'scopes-missing']);
  });

  it('gives an invitee with user:read:user a clean bill, without role or licences', async () => {
    const d = await diagnose(
      'invitee',
      ports({ session: person('member'), scope: 'user:read:user' }),
    );
    expect(d.problems).toEqual([]);
    expect(d.checks.map((c) => c.id)).toEqual(['client-id', 'sign-in', 'scopes']);
  });

  it('tells an invitee which scope their sign-in lacks', async () => {
    const d = await diagnose(
      'invitee',
      ports({ session: person('member'), scope: 'meeting:read:meeting' }),
    );
    expect(d.problems).toEqual([
      { code: 'scopes-missing', page: 'scopes', scopes: ['user:read:user'] },
    ]);
  });

  it('does not call the scopes passed when Zoom sent no scope string', async () => {
    const d = await diagnose('invitee', ports({ session: person('member'), scope: null }));
    expect(state(d, 'scopes')).toBe('not-checked');
  });

  it('names a member who signed in for the dashboard as not an admin', async () => {
    const d = await diagnose('admin', ports({ session: person('member'), scope: adminScopes }));
    expect(d.problems).toEqual([{ code: 'not-admin', page: 'user-management', scopes: [] }]);
    expect(state(d, 'role')).toBe('failed');
  });

  it('adds what the team calls ran into: a refused scope, a refused licence', async () => {
    const notes = {
      ...emptyNotes(),
      refusedScopes: new Set(['meeting:update:meeting:admin']),
      noLicences: true,
    };
    const d = await diagnose(
      'admin',
      ports({ session: person('owner'), scope: adminScopes }),
      notes,
    );
    expect(d.problems).toEqual([
      { code: 'scopes-missing', page: 'scopes', scopes: ['meeting:update:meeting:admin'] },
      { code: 'no-paid-licences', page: 'plans-billing', scopes: [] },
    ]);
    expect(state(d, 'licences')).toBe('failed');
  });
});

describe('the doctor hears about team calls that fail for a reason it explains', () => {
  it('notes the failure, tells once, and passes Zoom’s error on unchanged', async () => {
    const notebook = new ConnectionNotebook();
    let told = 0;
    const refusal = new ZoomError('missing-scopes', { scopes: ['user:write:user:admin'] });
    const handlers = observeFailures(
      {
        invite: async () => Promise.reject(refusal),
        other: async () => Promise.reject(new ZoomError('user-not-found')),
      },
      notebook,
      () => (told += 1),
      createMemoryLogger(),
    );
    await expect(handlers.invite()).rejects.toBe(refusal);
    await expect(handlers.other()).rejects.toMatchObject({ code: 'user-not-found' });
    expect(told).toBe(1);
    expect([...notebook.notes.refusedScopes]).toEqual(['user:write:user:admin']);
    notebook.clear();
    expect(notebook.notes.refusedScopes.size).toBe(0);
  });
});
