import type { ApiHandlers } from '../../../shared/api';
import type { teamCalls } from '../../../shared/api-team';
import { ApiError } from '../../../shared/errors';
import { meetingAccessNoteOf } from '../../../shared/meeting-access-note';
import type { MeetingAccessReport } from '../../../shared/team-schemas';
import type { Language } from '../../../shared/settings';
import { isValidEmail, normaliseEmail } from '../../../shared/team-emails';
import type { EventHub } from '../events';
import type { Logger } from '../log';
import type { PendingSaves } from '../pending-saves';
import { requireSignedIn, type SignedInZoom } from '../zoom/signed-in-zoom';
import { ZoomError } from '../zoom/zoom-errors';
import {
  addAlternativeHost,
  checkMeetingAccess,
  grantSchedulingPrivilege,
  type DoctorContext,
} from './team-doctor';
import { cancelPending, inviteAddresses, pendingUser, reinvite } from './team-invitations';
import { firstRowsOf } from './team-first-rows';
import { TeamRefresher } from './team-refresher';
import { TeamStore } from './team-store';
import { WaitingInvites } from './waiting-invites';

/** The handlers for the dashboard's calls. */
export type TeamHandlers = Pick<ApiHandlers, keyof typeof teamCalls>;

export interface TeamPorts {
  /** Who is signed in, and the client that acts for them. */
  readonly zoom: SignedInZoom;
  readonly events: EventHub;
  readonly log: Logger;
  readonly now: () => Date;
  readonly dataDir: string | null;
  readonly minimumZoomVersion: () => string;
  /** Shows an OS notification (Electron); absent in the browser host, where the page does it. */
  readonly notify?: (title: string, body: string) => void;
  /** The person's language, for the notification's words (English when absent). */
  readonly language?: () => Language;
  /** Where the team's saved copy registers the writes to finish before ReadyRoom closes. */
  readonly saves?: PendingSaves;
}

/** Implements the dashboard's calls with the Zoom client and the readiness model. */
export function createTeamHandlers(ports: TeamPorts): TeamHandlers {
  const store = new TeamStore({
    dataDir: ports.dataDir,
    log: ports.log,
    now: ports.now,
    events: ports.events,
    minimumZoomVersion: ports.minimumZoomVersion,
    ...(ports.notify ? { notify: ports.notify } : {}),
    ...(ports.language ? { language: ports.language } : {}),
  });
  ports.saves?.add(() => store.flush());
  const refresher = new TeamRefresher(store, ports.events, ports.now, ports.log);
  const waiting = new WaitingInvites(ports.dataDir ?? null, ports.log);

  /** The client, for an owner or admin only; switches the store to their account. */
  const requireAdmin = async () => {
    const { session, client } = requireSignedIn(ports.zoom);
    if (session.role === 'member') throw new ZoomError('no-privilege');
    await store.load();
    store.useAccount(session.accountId);
    return { client, accountId: session.accountId };
  };

  /** The team this sign-in may see (`getTeam`'s answer). */
  const visibleView = async () => {
    await store.load();
    const person = ports.zoom.signedIn();
    // Signed out (offline at start-up, say): the saved copy, marked as such by `fromCache`.
    if (!person) return store.accountId ? store.view() : store.emptyView();
    if (person.role === 'member') return store.emptyView();
    store.useAccount(person.accountId);
    return store.view();
  };

  /** The doctor's finding goes on the team too ("who needs you today"); the report is returned. */
  const keepAccess = async (report: MeetingAccessReport): Promise<MeetingAccessReport> => {
    const note = meetingAccessNoteOf(report);
    if (note) await store.recordMeetingAccess(report.person.email, note);
    return report;
  };

  const doctorContext = (accountId: string) => (): DoctorContext => ({
    now: ports.now(),
    accountId,
    minimumAppVersion: ports.minimumZoomVersion(),
  });

  return {
    getTeam: async () => visibleView(),
    getTeamFirstRows: async ({ count }) => firstRowsOf(await visibleView(), count),
    refreshTeam: async () => {
      const { client } = await requireAdmin();
      return refresher.refresh(client);
    },
    cancelTeamRefresh: async () => ({ cancelled: refresher.cancel() }),
    updateTeamPrefs: async (patch) => {
      await requireAdmin();
      return store.setPrefs(patch);
    },
    inviteTeam: async ({ people, licence }) => {
      const { client } = await requireAdmin();
      const { invited, ...result } = await inviteAddresses(client, people, licence, store.emails());
      const type = licence === 'licensed' ? 2 : 1;
      if (invited.length > 0)
        await store.apply({ upsert: invited.map((r) => pendingUser(r, type, ports.now())) });
      return result;
    },
    getWaitingInvites: async () => waiting.get((await requireAdmin()).accountId),
    saveWaitingInvites: async ({ people }) => ({
      saved: await waiting.set((await requireAdmin()).accountId, people, ports.now()),
    }),
    resendInvitation: async ({ email }) => {
      const { client } = await requireAdmin();
      const address = normaliseEmail(email);
      const { result, request, type } = await reinvite(
        client,
        address,
        address,
        store.find(address),
      );
      await store.apply(
        result.outcome === 'resent'
          ? { upsert: [pendingUser(request, type, ports.now())] }
          : { remove: [address] },
      );
      if (result.outcome === 'resent') await store.recordNudge(address, 'invitation');
      return result;
    },
    cancelInvitation: async ({ email }) => {
      const { client } = await requireAdmin();
      const address = normaliseEmail(email);
      await cancelPending(client, address, store.find(address));
      await store.apply({ remove: [address] });
      return { email: address };
    },
    changeInvitationEmail: async ({ email, newEmail }) => {
      const { client } = await requireAdmin();
      const address = normaliseEmail(email);
      const next = normaliseEmail(newEmail);
      if (!isValidEmail(next) || next === address)
        throw new ApiError('invalid-arguments', 'newEmail is not a new, valid address');
      if (store.has(next)) throw new ZoomError('already-in-account');
      const { result, request, type } = await reinvite(client, address, next, store.find(address));
      await store.apply({
        remove: [address],
        ...(result.outcome === 'resent'
          ? { upsert: [pendingUser(request, type, ports.now())] }
          : {}),
      });
      if (result.outcome === 'resent') await store.recordNudge(next, 'invitation');
      return result;
    },
    assignLicence: async ({ email }) => {
      const { client } = await requireAdmin();
      const address = normaliseEmail(email);
      const record = store.find(address);
      if (record && (record.user.status ?? 'active') !== 'active')
        throw new ZoomError('invalid-parameter', { zoomMessage: 'not an active account' });
      await client.patchUser(address, { type: 2 });
      if (record) await store.apply({ upsert: [{ ...record.user, type: 2 }] });
      return { email: address };
    },
    reactivateUser: async ({ email }) => {
      const { client } = await requireAdmin();
      const address = normaliseEmail(email);
      const record = store.find(address);
      if (record && record.user.status !== 'inactive')
        throw new ZoomError('invalid-parameter', { zoomMessage: 'not a deactivated account' });
      await client.setUserStatus(address, 'activate');
      // Zoom may bring a Licensed person back as Basic when no licence is free: read them again.
      const fresh = await client.getUser(address).catch(() => undefined);
      const user = fresh ?? (record ? { ...record.user, status: 'active' as const } : undefined);
      if (user) await store.apply({ upsert: [user] });
      return { email: address };
    },
    setEmailBounced: async ({ email, bounced }) => {
      await requireAdmin();
      await store.setBounced(email, bounced);
      return { email: normaliseEmail(email), bounced };
    },
    recordNudge: async ({ email, how }) => {
      await requireAdmin();
      const address = normaliseEmail(email);
      if (!store.has(address))
        throw new ApiError('invalid-arguments', 'that address is not on the team');
      return { email: address, nudge: await store.recordNudge(address, how) };
    },
    checkMeetingAccess: async (args) => {
      const { client, accountId } = await requireAdmin();
      return keepAccess(await checkMeetingAccess(client, args, doctorContext(accountId)()));
    },
    grantSchedulingPrivilege: async (args) => {
      const { client, accountId } = await requireAdmin();
      return keepAccess(await grantSchedulingPrivilege(client, args, doctorContext(accountId)));
    },
    addAlternativeHost: async (args) => {
      const { client, accountId } = await requireAdmin();
      const result = await addAlternativeHost(client, args, doctorContext(accountId));
      await keepAccess(result.report);
      return result;
    },
  };
}
