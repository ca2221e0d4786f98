import type { AppInfo } from '../../shared/api';
import type { InvitationPack } from '../../shared/invitation-pack';
import { previewStep } from '../../shared/preview-step';
import { assessReadiness } from '../../shared/readiness';
import { defaultSettings } from '../../shared/settings';
import { buildOnboardingPack } from '../../shared/team-pack';
import type { TeamPerson } from '../../shared/team-schemas';
import type { ZoomUserSummary } from '../../shared/zoom';
import type { PreviewSubject } from '../../renderer/dashboard/preview/preview-api';

/** People as the dashboard knows them from Zoom, for the admin's wizard previews. */

export const FETCHED_AT = '2026-03-01T12:00:00.000Z';
const now = new Date(FETCHED_AT);
export const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

export function teamPerson(user: ZoomUserSummary): TeamPerson {
  const readiness = assessReadiness({ user }, { now, minimumAppVersion: '6.0.0' });
  return {
    user,
    readiness,
    history: [{ stage: readiness.stage, at: daysAgo(1) }],
    bounced: false,
    stale: false,
  };
}

/** Invited nine days ago; has not said yes. */
export const dorothy = teamPerson({
  email: 'dorothy.evans@example.org',
  first_name: 'Dorothy',
  last_name: 'Evans',
  type: 2,
  status: 'pending',
  created_at: daysAgo(9),
});

/** Said yes, Licensed, signed in to Zoom's website, never to the Zoom app. */
export const robert = teamPerson({
  id: 'r1',
  email: 'robert.chen@example.org',
  first_name: 'Robert',
  last_name: 'Chen',
  type: 2,
  status: 'active',
  verified: 1,
  pmi: 4155550123,
  last_login_time: daysAgo(5),
});

/** On Basic, with an old Zoom app. */
export const linda = teamPerson({
  id: 'l1',
  email: 'linda.park@example.org',
  first_name: 'Linda',
  last_name: 'Park',
  type: 1,
  status: 'active',
  verified: 1,
  last_login_time: daysAgo(2),
  last_client_version: '5.12.0.4682(mac)',
});

export const appInfo: AppInfo = {
  name: 'ReadyRoom',
  version: '1.0.0',
  mode: 'demo',
  host: 'browser',
  platform: 'darwin',
  notices: [],
  lostSettings: [],
  demoMailboxUrl: null,
  zoomClientSource: null,
  systemLanguages: [],
};

export const settings = { ...defaultSettings, role: 'admin' as const };

export function packFor(person: TeamPerson): InvitationPack {
  const pack = buildOnboardingPack({
    organisationName: 'Riverside Food Bank',
    accountId: 'riversideFoodBank01',
    admin: { name: 'Maria Lopez', email: 'maria@example.org' },
    invitee: { email: person.user.email, role: 'member' },
    zoomClientId: null,
    issuedAt: now,
  });
  if (!pack) throw new Error('the fixture pack did not build');
  return pack;
}

/** The preview of a person's stuck step, as the dashboard would make it. */
export function subjectFor(person: TeamPerson | null): PreviewSubject {
  return {
    person,
    fetchedAt: person ? FETCHED_AT : null,
    step: person ? previewStep(person.readiness) : 'welcome',
    invitation: person ? packFor(person) : null,
    info: appInfo,
    settings,
  };
}
