import type { BlockerCode, Readiness } from './readiness-codes';
import type { WizardStepId } from './wizard';

/**
 * Which wizard step a person is stuck on, worked out from what Zoom says about them (the
 * readiness model's stage and blockers, shared/readiness.ts). Used by the admin's read-only
 * preview ("See what they see"); it is a guess from Zoom's data, never the person's own place in
 * the wizard, which only their own computer knows.
 *
 * - invited (invitation not accepted yet) → "activate" (say yes to the invitation), unless they
 *   signed in to another Zoom account (wrong account, their own paid plan) → "sign-in";
 * - deactivated, or activated but the account is not right yet (Basic instead of Licensed, no
 *   licence, wrong account, email not verified) → "sign-in", where the wizard's account check
 *   shows those problems;
 * - activated but never signed in to the Zoom app → "app-sign-in";
 * - signed in to an app that is too old → "install-app" (update the app first);
 * - signed in to the app, but cannot start the meetings they should → "meeting-details";
 * - signed in to the app with nothing blocking but the last steps → "sound-camera";
 * - ready → "done".
 */

/** Blockers the wizard's account check (step 4, "sign-in") shows. */
const accountCodes: ReadonlySet<BlockerCode> = new Set([
  'deactivated',
  'wrong-account',
  'own-paid-account',
  'no-license',
  'basic-not-licensed',
  'email-unverified',
]);

/** Blockers step 8 ("meeting-details") explains. */
const hostingCodes: ReadonlySet<BlockerCode> = new Set([
  'no-scheduling-privilege',
  'not-alternative-host',
  'alt-host-cannot-see-meetings',
]);

export function previewStep(readiness: Pick<Readiness, 'stage' | 'blockers'>): WizardStepId {
  const blocking = readiness.blockers.filter((b) => b.severity === 'blocking');
  const has = (codes: ReadonlySet<BlockerCode>) => blocking.some((b) => codes.has(b.code));
  const hasCode = (code: BlockerCode) => blocking.some((b) => b.code === code);
  switch (readiness.stage) {
    case 'invited':
      // Signed in, but to another account than the organisation's: the account check says so.
      return hasCode('wrong-account') || hasCode('own-paid-account') ? 'sign-in' : 'activate';
    case 'inactive':
      return 'sign-in';
    case 'activated':
      if (has(accountCodes)) return 'sign-in';
      if (hasCode('app-too-old')) return 'install-app';
      return 'app-sign-in';
    case 'app-signed-in':
      if (has(accountCodes)) return 'sign-in';
      if (hasCode('app-too-old')) return 'install-app';
      if (hasCode('never-signed-in-to-app')) return 'app-sign-in';
      if (has(hostingCodes)) return 'meeting-details';
      return 'sound-camera';
    case 'ready':
      return 'done';
  }
}
