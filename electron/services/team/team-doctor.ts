import { errorCodeOf } from '../../../shared/errors';
import {
  assessReadiness,
  hasSchedulingPrivilege,
  hostMeetingsFromZoom,
} from '../../../shared/readiness';
import { accessBlocked } from '../../../shared/meeting-access-note';
import type {
  DoctorArgs,
  DoctorParty,
  MeetingAccessReport,
  MeetingFixItem,
} from '../../../shared/team-schemas';
import { normaliseEmail } from '../../../shared/team-emails';
import { personName } from '../../../shared/team-table';
import { parseAlternativeHosts, type ZoomMeeting, type ZoomUser } from '../../../shared/zoom';
import type { ZoomClient } from '../zoom/zoom-client';
import { isZoomError } from '../zoom/zoom-errors';

/**
 * The meeting-access doctor: "my co-admin can't see my meetings". It reads what Zoom says about
 * the host and the person, the host's upcoming meetings (each one's alternative hosts), the
 * host's assistants and the person's schedulers, and runs the readiness model's meeting-access
 * checks on them, so the dashboard and the wizard explain it with the same words.
 */

export interface DoctorContext {
  readonly now: Date;
  /** The signed-in admin's account: both people must be on it. */
  readonly accountId: string;
  readonly minimumAppVersion: string;
}

/** More upcoming meetings than this are not checked one by one (each costs a call). */
export const MAX_DOCTOR_MEETINGS = 100;

function party(
  email: string,
  answer: PromiseSettledResult<ZoomUser>,
  accountId: string,
): DoctorParty {
  if (answer.status === 'rejected') {
    const code = errorCodeOf(answer.reason);
    // "Not found" is an answer about the person; anything else is a failure to ask.
    if (!isZoomError(answer.reason) || !['user-not-found', 'invitation-expired'].includes(code))
      throw answer.reason;
    return { email, name: email, found: false, licensed: false, onAccount: false, error: code };
  }
  const user = answer.value;
  return {
    email: user.email,
    name: personName(user),
    found: true,
    licensed: user.type === 2 || user.type === 3,
    onAccount:
      (user.status ?? 'active') === 'active' && (user.account_id ?? accountId) === accountId,
    error: null,
  };
}

/** Checks whether the person can start (and, for a co-admin, schedule) the host's meetings. */
export async function checkMeetingAccess(
  client: ZoomClient,
  args: DoctorArgs,
  context: DoctorContext,
): Promise<MeetingAccessReport> {
  const hostEmail = normaliseEmail(args.hostEmail);
  const personEmail = normaliseEmail(args.personEmail);
  const [hostAnswer, personAnswer] = await Promise.allSettled([
    client.getUser(hostEmail),
    client.getUser(personEmail),
  ]);
  const host = party(hostEmail, hostAnswer, context.accountId);
  const person = party(personEmail, personAnswer, context.accountId);

  let meetings: ZoomMeeting[] = [];
  let assistants: ReadonlyArray<{ email: string }> | undefined;
  let schedulers: ReadonlyArray<{ email: string }> | undefined;
  await Promise.all([
    (async () => {
      if (!host.found || !host.onAccount) return;
      const [list, helpers] = await Promise.all([
        client.listMeetings(hostEmail, { type: 'upcoming', pageSize: 300 }),
        client.listAssistants(hostEmail),
      ]);
      assistants = helpers.assistants;
      const upcoming = list.meetings.slice(0, MAX_DOCTOR_MEETINGS);
      // The list does not carry settings: each meeting's alternative hosts need its own answer.
      meetings = await Promise.all(upcoming.map((m) => client.getMeeting(m.id)));
    })(),
    (async () => {
      if (!person.found || !person.onAccount) return;
      schedulers = (await client.listSchedulers(personEmail)).schedulers;
    })(),
  ]);

  const personUser = personAnswer.status === 'fulfilled' ? personAnswer.value : null;
  const readiness = personUser
    ? assessReadiness(
        {
          user: personUser,
          role: args.role,
          hosting: {
            host: { email: hostEmail, name: host.name },
            upcomingMeetings: hostMeetingsFromZoom(meetings),
            ...(assistants ? { assistants } : {}),
          },
          ...(schedulers ? { schedulers } : {}),
        },
        {
          now: context.now,
          accountId: context.accountId,
          minimumAppVersion: context.minimumAppVersion,
          viewer: 'admin',
        },
      )
    : null;
  const privilege = hasSchedulingPrivilege(personEmail, hostEmail, assistants, schedulers) === true;
  const partiesOk =
    host.found && host.licensed && host.onAccount && person.found && person.licensed;
  const blocked = accessBlocked(readiness);
  return {
    checkedAt: context.now.toISOString(),
    role: args.role,
    host,
    person,
    meetings: meetings.map((m) => ({
      id: m.id,
      topic: m.topic ?? '',
      startTime: m.start_time ?? null,
      joinUrl: m.join_url ?? null,
      isAlternativeHost: parseAlternativeHosts(m.settings?.alternative_hosts).includes(personEmail),
    })),
    schedulingPrivilege: privilege,
    readiness,
    ok: partiesOk && person.onAccount && hostEmail !== personEmail && !blocked,
  };
}

/** Whether both people are such that Zoom will accept the fix (Licensed, on the account). */
function fixable(report: MeetingAccessReport): boolean {
  return (
    report.host.found &&
    report.host.licensed &&
    report.host.onAccount &&
    report.person.found &&
    report.person.licensed &&
    report.person.onAccount &&
    report.host.email !== report.person.email
  );
}

/** Makes the person the host's assistant (scheduling privilege), then checks again. */
export async function grantSchedulingPrivilege(
  client: ZoomClient,
  args: DoctorArgs,
  context: () => DoctorContext,
): Promise<MeetingAccessReport> {
  const before = await checkMeetingAccess(client, args, context());
  if (!fixable(before) || before.schedulingPrivilege) return before;
  await client.addAssistants(before.host.email, [before.person.email]);
  return checkMeetingAccess(client, args, context());
}

/**
 * Adds the person as alternative host on each upcoming meeting that lacks them (reading each
 * meeting again first, so nobody else's alternative-host entry is lost), then checks again.
 */
export async function addAlternativeHost(
  client: ZoomClient,
  args: DoctorArgs,
  context: () => DoctorContext,
): Promise<{ results: MeetingFixItem[]; report: MeetingAccessReport }> {
  const before = await checkMeetingAccess(client, args, context());
  if (!fixable(before)) return { results: [], report: before };
  const person = before.person.email;
  const missing = before.meetings.filter((m) => !m.isAlternativeHost);
  const results = await Promise.all(
    missing.map(async (meeting): Promise<MeetingFixItem> => {
      try {
        const fresh = await client.getMeeting(meeting.id);
        const hosts = parseAlternativeHosts(fresh.settings?.alternative_hosts);
        if (!hosts.includes(person))
          await client.patchMeeting(meeting.id, { alternativeHosts: [...hosts, person] });
        return { id: meeting.id, topic: meeting.topic, ok: true, error: null };
      } catch (error) {
        return { id: meeting.id, topic: meeting.topic, ok: false, error: errorCodeOf(error) };
      }
    }),
  );
  return { results, report: await checkMeetingAccess(client, args, context()) };
}
