import {
  DAY_MS,
  assessReadiness,
  type HostMeeting,
  type Readiness,
  type ReadinessContext,
  type ReadinessInput,
} from '../../shared/readiness';
import type { ZoomUser } from '../../shared/zoom';

/** People as Zoom describes them, for the readiness tests. One fixed "now" so ages are exact. */

export const NOW = Date.parse('2025-03-10T15:00:00Z');
export const ACCOUNT = 'riversideFoodBank01';

export const context: ReadinessContext = {
  now: NOW,
  accountId: ACCOUNT,
  minimumAppVersion: '5.17.0',
};

/** An ISO time `days` (may be fractional) before NOW. */
export function daysAgo(days: number): string {
  return new Date(NOW - days * DAY_MS).toISOString();
}

/** Someone who is ready: active, Licensed, verified, a recent Zoom app, the organisation's account. */
export function readyUser(overrides: Partial<ZoomUser> = {}): ZoomUser {
  return {
    id: 'KdYKjnimT4KPd8FFgQt9FQ',
    email: 'ana@riverside.example',
    first_name: 'Ana',
    last_name: 'Ruiz',
    type: 2,
    status: 'active',
    verified: 1,
    account_id: ACCOUNT,
    created_at: daysAgo(40),
    last_login_time: daysAgo(1),
    last_client_version: '5.17.11.34827(mac)',
    ...overrides,
  };
}

/** An invitation Zoom sent `days` ago and nobody has used (pending users have no id). */
export function pendingUser(days: number, overrides: Partial<ZoomUser> = {}): ZoomUser {
  return {
    email: 'rosa@riverside.example',
    type: 2,
    status: 'pending',
    created_at: daysAgo(days),
    ...overrides,
  };
}

export const OWNER = { email: 'maria@riverside.example', name: 'Maria' };
export const CO_ADMIN_EMAIL = 'joe@riverside.example';

/** The owner's upcoming meetings; `altHosts` lists the alternative hosts of each. */
export function ownerMeetings(...altHosts: ReadonlyArray<ReadonlyArray<string>>): HostMeeting[] {
  return altHosts.map((hosts, i) => ({
    id: String(81234567890 + i),
    topic: `Volunteer meeting ${i + 1}`,
    alternativeHosts: hosts,
  }));
}

/** Assess with the shared context unless a test needs its own. */
export function assess(input: ReadinessInput, extra: Partial<ReadinessContext> = {}): Readiness {
  return assessReadiness(input, { ...context, ...extra });
}

/** The blocker codes of a result, in order. */
export function codes(result: Readiness): string[] {
  return result.blockers.map((b) => b.code);
}

/** Inputs that between them raise every blocker code (the text tests render each of them). */
export function everyBlockerInput(): ReadonlyArray<{ input: ReadinessInput; days?: number }> {
  const coAdmin = readyUser({ email: CO_ADMIN_EMAIL });
  return [
    { input: { user: readyUser({ status: 'inactive' }) } },
    { input: { user: readyUser({ account_id: 'someoneElse99', type: 1 }) } },
    {
      input: {
        user: readyUser({ account_id: 'anasOwnPro01', role_name: 'Owner' }),
        invitedEmail: 'ana@riverside.example',
      },
    },
    { input: { user: pendingUser(9), emailBounced: true } },
    { input: { user: pendingUser(0) } },
    { input: { user: pendingUser(1) } },
    { input: { user: pendingUser(29) } },
    { input: { user: pendingUser(26) } },
    { input: { user: pendingUser(31) } },
    { input: { user: pendingUser(5, { created_at: undefined }) } },
    { input: { user: readyUser({ type: 99 }) } },
    { input: { user: readyUser({ type: 1, verified: 0 }) } },
    { input: { user: readyUser({ last_client_version: '' }) } },
    { input: { user: readyUser({ last_client_version: '5.12.0 (12345)' }) } },
    {
      input: {
        user: coAdmin,
        role: 'co-admin',
        hosting: {
          host: OWNER,
          upcomingMeetings: ownerMeetings([CO_ADMIN_EMAIL], []),
          assistants: [],
        },
      },
    },
    {
      input: {
        user: coAdmin,
        role: 'alternative-host',
        hosting: {
          host: OWNER,
          upcomingMeetings: ownerMeetings([CO_ADMIN_EMAIL], [CO_ADMIN_EMAIL], [], []),
        },
      },
    },
  ];
}
