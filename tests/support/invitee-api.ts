import type { ReadyRoomApi, SessionInfo } from '../../shared/api';
import { ApiError, type ErrorCode } from '../../shared/errors';
import { encodeInvitationLink, type InvitationPack } from '../../shared/invitation-pack';
import type { InviteeRole } from '../../shared/readiness-hosting';
import type { WizardStepId } from '../../shared/wizard';
import type { ZoomUser } from '../../shared/zoom';
import { checkMyAccount } from '../../electron/services/checks/account-check';
import { getMeetingDetails } from '../../electron/services/checks/meeting-details';
import type { ComputerPorts } from '../../electron/services/checks/zoom-app';
import { inProcessApi, testBackend } from './in-process';

export const riverside = { name: 'Riverside Food Bank', accountId: 'rvsdFoodBank01Acct' };

/** The pack Maria at Riverside Food Bank sends `email`. */
export function packFor(email: string, role: InviteeRole = 'member'): InvitationPack {
  return {
    format: 'readyroom-invitation',
    version: 1,
    organisation: { name: riverside.name, zoomAccountId: riverside.accountId },
    admin: { name: 'Maria Lopez', email: 'maria.lopez@riverside.example.org' },
    invitee: { email, role },
    issuedAt: '2026-11-20T10:00:00.000Z',
  };
}

/** Joan as `GET /users/me` describes her, ready on the organisation's account unless changed. */
export function joan(overrides: Partial<ZoomUser> = {}): ZoomUser {
  return {
    id: 'joanZoomId01',
    email: 'joan@example.org',
    first_name: 'Joan',
    last_name: 'Baker',
    type: 2,
    status: 'active',
    verified: 1,
    role_name: 'Member',
    role_id: '2',
    account_id: riverside.accountId,
    pmi: 3330057414,
    personal_meeting_url: 'https://zoom.us/j/3330057414',
    last_client_version: '6.2.5.1234(mac)',
    login_types: [100],
    ...overrides,
  };
}

const signedIn = (user: ZoomUser): SessionInfo => ({
  state: 'signed-in',
  person: {
    name: `${user.first_name ?? ''} ${user.last_name ?? ''}`.trim(),
    email: user.email,
    accountId: user.account_id ?? '',
    role: 'member',
    kind: 'user',
  },
  signInUrl: null,
  error: null,
  secretBackend: 'memory',
});

export interface InviteeOptions {
  /** What Zoom says about the person; null: not signed in. */
  readonly me?: ZoomUser | null;
  readonly pack?: InvitationPack | null;
  readonly computer?: Partial<ComputerPorts>;
  /** How `makeNewHostKey` answers: a key, or Zoom's refusal. */
  readonly hostKey?: string | ErrorCode;
}

/**
 * The real backend (progress, invitation, Zoom app check) with Zoom faked at the edge: the
 * session and `GET /users/me` answer as `me`, through the real account and meeting checks.
 */
export async function inviteeAt(step: WizardStepId, options: InviteeOptions = {}) {
  let me = options.me === undefined ? joan() : options.me;
  const pack = options.pack === undefined ? packFor(me?.email ?? 'joan@example.org') : options.pack;
  const backend = testBackend(
    options.computer
      ? {
          computer: {
            platform: 'linux',
            env: {},
            homeDir: '/home/test',
            fileExists: async () => false,
            readText: async () => null,
            run: async () => null,
            ...options.computer,
          },
        }
      : {},
  );
  await backend.handlers.updateSettings({ role: 'invitee' });
  if (pack)
    await backend.handlers.openInvitation({ kind: 'link', text: encodeInvitationLink(pack) });
  await backend.handlers.saveWizardProgress({ currentStep: step });
  const hostKeyCalls: string[] = [];
  const api: ReadyRoomApi = inProcessApi(backend);
  const client = {
    getMe: async () => me ?? Promise.reject(new ApiError('not-signed-in')),
    listMeetings: async () => ({ meetings: [] }),
    getMeeting: async () => Promise.reject(new ApiError('internal')),
  };
  if (me) {
    const session = signedIn(me);
    api.getSession = async () => session;
    api.checkMyAccount = async () =>
      checkMyAccount(client, { pack, minimumVersion: '6.0.0', now: new Date() });
    api.getMeetingDetails = async () => getMeetingDetails(client, pack);
    api.makeNewHostKey = async () => {
      const answer = options.hostKey ?? '482913';
      hostKeyCalls.push(answer);
      if (/^\d+$/.test(answer)) return { hostKey: answer };
      throw new ApiError(answer as ErrorCode);
    };
  }
  /** What Zoom says from now on (the next check reads it). */
  const zoomSays = (user: ZoomUser) => {
    me = user;
  };
  return { backend, api, hostKeyCalls, zoomSays };
}
