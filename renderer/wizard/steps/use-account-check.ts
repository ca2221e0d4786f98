import { useEffect } from 'react';
import type { AccountCheck } from '../../../shared/api';
import type { BlockerCode } from '../../../shared/readiness';
import { useAppStore } from '../../store/store-context';

/** Blockers about the Zoom app, not the account: step 6 checks those. */
const appBlockers: ReadonlySet<BlockerCode> = new Set(['never-signed-in-to-app', 'app-too-old']);
/** Blockers about hosting for others: step 8 explains those. */
const hostingBlockers: ReadonlySet<BlockerCode> = new Set([
  'no-scheduling-privilege',
  'not-alternative-host',
  'alt-host-cannot-see-meetings',
]);

/** The account blockers of a check (licence, right account, verified, still pending…). */
export function accountBlockers(check: AccountCheck) {
  return check.readiness.blockers.filter(
    (b) => !appBlockers.has(b.code) && !hostingBlockers.has(b.code),
  );
}

/** The Zoom app blockers of a check. */
export function zoomAppBlockers(check: AccountCheck) {
  return check.readiness.blockers.filter((b) => appBlockers.has(b.code));
}

/** Runs the live account check whenever the person is (or becomes) signed in. */
export function useAccountCheck() {
  const signedIn = useAppStore((s) => s.session?.state === 'signed-in');
  const check = useAppStore((s) => s.checks.account);
  const runCheck = useAppStore((s) => s.runCheck);
  const loadSession = useAppStore((s) => s.loadSession);
  const hasSession = useAppStore((s) => s.session !== null);
  useEffect(() => {
    if (!hasSession) void loadSession();
  }, [hasSession, loadSession]);
  useEffect(() => {
    if (signedIn) void runCheck('account');
  }, [signedIn, runCheck]);
  return { signedIn, check, recheck: () => void runCheck('account') };
}
