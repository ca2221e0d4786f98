import { apiCalls, apiCallNames, type ApiCallName } from '../../shared/api';
import {
  createPreviewApi,
  previewCallKinds,
  PreviewRefusal,
} from '../../renderer/dashboard/preview/preview-api';
import { dorothy, linda, robert, subjectFor } from '../support/preview-fixtures';

/** The calls the admin's preview must never make: changes, Zoom, links, the OS. */
const mustRefuse: ReadonlyArray<ApiCallName> = [
  'openExternal',
  'startSignIn',
  'signOut',
  'saveWizardProgress',
  'completeWizardStep',
  'skipWizardStep',
  'restartWizard',
  'makeNewHostKey',
  'getMediaAccess',
  'openSystemSettings',
  'updateSettings',
  'openInvitation',
  'inviteTeam',
  'resendInvitation',
  'cancelInvitation',
  'assignLicence',
  'refreshTeam',
  'diagnoseConnection',
  'checkConnection',
];

const reads = apiCallNames.filter((name) => previewCallKinds[name] === 'read');
const refusals = apiCallNames.filter((name) => previewCallKinds[name] === 'refuse');

describe("the admin's preview api", () => {
  it('classifies every call of the contract, and only those', () => {
    expect(Object.keys(previewCallKinds).sort()).toEqual([...apiCallNames].sort());
    for (const name of apiCallNames) expect(['read', 'refuse']).toContain(previewCallKinds[name]);
  });

  it('refuses everything that changes something or reaches Zoom or the OS', () => {
    for (const name of mustRefuse) expect(previewCallKinds[name], name).toBe('refuse');
  });

  it.each(refusals)('refuses %s without doing anything, and says so', async (name) => {
    const heard: ApiCallName[] = [];
    const api = createPreviewApi(subjectFor(robert), (n) => heard.push(n));
    const call = api[name] as (args: unknown) => Promise<unknown>;
    await expect(call({})).rejects.toBeInstanceOf(PreviewRefusal);
    expect(heard).toEqual([name]);
  });

  it.each(reads)(
    'answers %s from the person as Zoom described them, in the contract’s shape',
    async (name) => {
      for (const person of [dorothy, robert, linda, null]) {
        const api = createPreviewApi(subjectFor(person), () => {
          throw new Error(`${name} was refused`);
        });
        const call = api[name] as (args: unknown) => Promise<unknown>;
        // An invitation not accepted yet has no account to check: the wizard is signed out.
        if (name === 'checkMyAccount' && (person === null || person === dorothy)) {
          await expect(call({})).rejects.toMatchObject({ code: 'not-signed-in' });
          continue;
        }
        const answer = await call({});
        expect(
          apiCalls[name].result.safeParse(answer).success,
          `${name} for ${person?.user.email}`,
        ).toBe(true);
      }
    },
  );

  it("reads the person's own facts: the stuck step, the sign-in, licence, app version and meeting ID", async () => {
    const api = createPreviewApi(subjectFor(linda));
    const progress = await api.getWizardProgress({});
    expect(progress.currentStep).toBe('sign-in');
    expect(progress.completed).toEqual(['welcome', 'find-email', 'activate']);
    expect(progress.invitation?.invitee.email).toBe('linda.park@example.org');
    expect(await api.getSession({})).toMatchObject({
      state: 'signed-in',
      person: { email: 'linda.park@example.org', name: 'Linda Park' },
    });
    const account = await api.checkMyAccount({});
    expect(account.userType).toBe(1);
    expect(account.readiness.blockers.map((b) => b.code)).toContain('basic-not-licensed');
    expect(await api.checkZoomApp({})).toMatchObject({ status: 'too-old', version: '5.12.0.4682' });
    expect((await createPreviewApi(subjectFor(robert)).getMeetingDetails({})).pmi).toBe(
      '4155550123',
    );
  });

  it('is signed out for an invitation not accepted yet, and hears no events', async () => {
    const api = createPreviewApi(subjectFor(dorothy));
    expect((await api.getSession({})).state).toBe('signed-out');
    expect((await api.getWizardProgress({})).currentStep).toBe('activate');
    const off = api.on('progressChanged', () => {
      throw new Error('a preview announced a change');
    });
    off();
  });
});
