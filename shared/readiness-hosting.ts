import type { Blocker } from './readiness-codes';
import { normaliseEmail } from './team-emails';
import { parseAlternativeHosts, type ZoomMeeting } from './zoom';

/**
 * The meeting-access part of readiness: can an alternative host or co-admin start the host's
 * meetings, and do they understand why those meetings are missing from their own list?
 */

/** What ReadyRoom asked the person to be, as the invitation pack says. */
export const inviteeRoles = ['member', 'alternative-host', 'co-admin'] as const;
export type InviteeRole = (typeof inviteeRoles)[number];

/** One of the host's upcoming meetings, with its alternative hosts already split and lower-cased. */
export interface HostMeeting {
  readonly id: string;
  readonly topic?: string;
  readonly startTime?: string;
  readonly alternativeHosts: ReadonlyArray<string>;
}

/** Someone who appears in Zoom's assistants or schedulers lists. */
export interface ZoomPersonRef {
  readonly id?: string;
  readonly email: string;
}

/** What Zoom says about the host whose meetings this person should be able to start. */
export interface HostingInput {
  readonly host: { readonly email: string; readonly name?: string };
  /** The host's upcoming meetings (the caller decides what "upcoming" means). */
  readonly upcomingMeetings?: ReadonlyArray<HostMeeting>;
  /** `GET /users/{host}/assistants`: who may schedule for the host. */
  readonly assistants?: ReadonlyArray<ZoomPersonRef>;
}

/** Turns Zoom's meetings into HostMeetings once, so 10,000 people do not re-split the same lists. */
export function hostMeetingsFromZoom(
  meetings: ReadonlyArray<Pick<ZoomMeeting, 'id' | 'topic' | 'start_time' | 'settings'>>,
): ReadonlyArray<HostMeeting> {
  return meetings.map((m) => ({
    id: m.id,
    ...(m.topic === undefined ? {} : { topic: m.topic }),
    ...(m.start_time === undefined ? {} : { startTime: m.start_time }),
    alternativeHosts: parseAlternativeHosts(m.settings?.alternative_hosts),
  }));
}

function sameEmail(a: unknown, normalisedB: string): boolean {
  return typeof a === 'string' && normaliseEmail(a) === normalisedB;
}

function listHas(
  list: ReadonlyArray<ZoomPersonRef> | undefined,
  email: string,
): boolean | undefined {
  if (!Array.isArray(list)) return undefined;
  for (const entry of list)
    if (sameEmail((entry as ZoomPersonRef | null)?.email, email)) return true;
  return false;
}

/**
 * Whether the person may schedule for the host: they are among the host's assistants, or the host
 * is among the people they can schedule for. undefined when neither list was fetched.
 */
export function hasSchedulingPrivilege(
  email: string,
  hostEmail: string,
  assistants: ReadonlyArray<ZoomPersonRef> | undefined,
  schedulers: ReadonlyArray<ZoomPersonRef> | undefined,
): boolean | undefined {
  const asAssistant = listHas(assistants, normaliseEmail(email));
  const asScheduler = listHas(schedulers, normaliseEmail(hostEmail));
  if (asAssistant === true || asScheduler === true) return true;
  return asAssistant === undefined && asScheduler === undefined ? undefined : false;
}

/** Adds the meeting-access blockers for one active person to `out`. */
export function addHostingBlockers(
  out: Blocker[],
  lowerEmail: string,
  role: InviteeRole,
  hosting: HostingInput,
  schedulers: ReadonlyArray<ZoomPersonRef> | undefined,
): void {
  const hostEmail = typeof hosting.host?.email === 'string' ? hosting.host.email : '';
  const lowerHost = normaliseEmail(hostEmail);
  if (lowerHost === lowerEmail) return; // the host needs no access to their own meetings
  const host = hosting.host?.name || hostEmail;
  const privilege = hasSchedulingPrivilege(lowerEmail, lowerHost, hosting.assistants, schedulers);
  const meetings = Array.isArray(hosting.upcomingMeetings) ? hosting.upcomingMeetings : [];
  let asAltHost = 0;
  for (const meeting of meetings) {
    const list = meeting?.alternativeHosts;
    if (!Array.isArray(list)) continue;
    for (const alt of list) {
      if (sameEmail(alt, lowerEmail)) {
        asAltHost++;
        break;
      }
    }
  }
  const wantsAccess = role === 'alternative-host' || role === 'co-admin';
  if (role === 'co-admin' && privilege === false) {
    out.push({
      code: 'no-scheduling-privilege',
      severity: 'blocking',
      params: { host },
      fix: 'grant-scheduling-privilege',
    });
  }
  // Zoom makes an assistant alternative host on all the host's meetings, so only others can miss one.
  const missing = meetings.length - asAltHost;
  if (wantsAccess && privilege !== true && missing > 0) {
    out.push({
      code: 'not-alternative-host',
      severity: 'blocking',
      params: { missing, total: meetings.length, host },
      fix: 'add-as-alternative-host',
    });
  }
  // With scheduling privilege the host's meetings do show for them; without it they never do.
  if (asAltHost > 0 && privilege !== true) {
    out.push({
      code: 'alt-host-cannot-see-meetings',
      severity: 'warning',
      params: { meetings: asAltHost, host },
      fix: 'explain-alt-host',
    });
  }
}
