import { blockerMessage } from '../../shared/readiness';
import { buildCsv } from '../../shared/team-csv';
import type { TeamPerson } from '../../shared/team-schemas';
import { licenceOf, personName, roleOf } from '../../shared/team-table';
import type { LooseT } from './texts';

/** The team table as CSV text, in the person's language: one row per person shown. */
export function teamCsv(people: ReadonlyArray<TeamPerson>, d: LooseT, r: LooseT): string {
  const headers = [
    d('table.columns.name'),
    d('table.columns.email'),
    d('table.columns.role'),
    d('table.columns.licence'),
    d('csv.status'),
    d('table.columns.stage'),
    d('table.columns.blockers'),
    d('csv.invitedOn'),
    d('csv.daysPending'),
    d('csv.linkEnds'),
    d('table.columns.lastLogin'),
    d('table.columns.version'),
  ];
  const rows = people.map((p) => {
    const { user, readiness } = p;
    const invitation = readiness.invitation;
    return [
      personName(user),
      user.email,
      d(`roles.${roleOf(user)}`),
      d(`licences.${licenceOf(user.type)}`),
      d(`status.${user.status ?? 'active'}`),
      r(`stages.${readiness.stage}.label`),
      readiness.blockers
        .map((b) => {
          const message = blockerMessage(b);
          return `${r(`blockers.${b.code}.title`)}: ${r(message.key, message.values)}`;
        })
        .join(' | '),
      invitation ? new Date(invitation.sentAt).toISOString().slice(0, 10) : '',
      invitation ? invitation.daysPending : '',
      invitation ? invitation.daysLeft : '',
      user.last_login_time ?? '',
      user.last_client_version ?? '',
    ];
  });
  return buildCsv(headers, rows);
}
