import { previewStep } from '../../shared/preview-step';
import { readinessStages, type Readiness } from '../../shared/readiness';
import { wizardStepIds } from '../../shared/wizard';
import {
  CO_ADMIN_EMAIL,
  OWNER,
  assess,
  ownerMeetings,
  pendingUser,
  readyUser,
} from '../support/readiness-fixtures';

/** Which wizard step the admin's preview shows, from what Zoom says about a person. */
describe('the step a person is stuck on, from their stage in Zoom', () => {
  it.each([
    ['an invitation not accepted yet', assess({ user: pendingUser(3) }), 'activate'],
    ['an invitation that has ended', assess({ user: pendingUser(31) }), 'activate'],
    ['a bounced invitation', assess({ user: pendingUser(9), emailBounced: true }), 'activate'],
    ['a deactivated account', assess({ user: readyUser({ status: 'inactive' }) }), 'sign-in'],
    ['Basic instead of Licensed', assess({ user: readyUser({ type: 1 }) }), 'sign-in'],
    ['an email not verified', assess({ user: readyUser({ verified: 0 }) }), 'sign-in'],
    [
      'an account on someone else’s Zoom',
      assess({ user: readyUser({ account_id: 'someoneElse99' }) }),
      'sign-in',
    ],
    [
      'never signed in to the Zoom app',
      assess({ user: readyUser({ last_client_version: '' }) }),
      'app-sign-in',
    ],
    [
      'a Zoom app that is too old',
      assess({ user: readyUser({ last_client_version: '5.12.0 (12345)' }) }),
      'install-app',
    ],
    [
      'a co-admin who cannot start the owner’s meetings',
      assess({
        user: readyUser({ email: CO_ADMIN_EMAIL }),
        role: 'co-admin',
        hosting: { host: OWNER, upcomingMeetings: ownerMeetings([CO_ADMIN_EMAIL]), assistants: [] },
        schedulers: [],
      }),
      'meeting-details',
    ],
    [
      'an alternative host left off some meetings',
      assess({
        user: readyUser({ email: CO_ADMIN_EMAIL }),
        role: 'alternative-host',
        hosting: { host: OWNER, upcomingMeetings: ownerMeetings([CO_ADMIN_EMAIL], []) },
      }),
      'meeting-details',
    ],
    ['someone who is ready', assess({ user: readyUser() }), 'done'],
  ] as const)('%s', (_, readiness, step) => {
    expect(previewStep(readiness)).toBe(step);
  });

  it('puts the account problem first when there are several', () => {
    const readiness = assess({ user: readyUser({ type: 1, last_client_version: '' }) });
    expect(readiness.blockers.map((b) => b.code)).toContain('never-signed-in-to-app');
    expect(previewStep(readiness)).toBe('sign-in');
  });

  it('signed in to the app with only warnings left: the sound and camera step', () => {
    const readiness: Readiness = {
      stage: 'app-signed-in',
      blockers: [
        { code: 'email-unverified', severity: 'warning', params: {}, fix: 'verify-email' },
      ],
    };
    expect(previewStep(readiness)).toBe('sound-camera');
  });

  it('gives a wizard step for every stage', () => {
    for (const stage of readinessStages)
      expect(wizardStepIds).toContain(previewStep({ stage, blockers: [] }));
  });
});
