import { assessReadiness } from '../../shared/readiness';
import type { TeamPerson } from '../../shared/team-schemas';
import {
  filterPeople,
  indexPeople,
  licenceOf,
  personName,
  sortPeople,
} from '../../shared/team-table';
import type { ZoomUserSummary } from '../../shared/zoom';

const now = new Date('2026-03-01T12:00:00Z');
const person = (user: ZoomUserSummary): TeamPerson => ({
  user,
  readiness: assessReadiness({ user }, { now, minimumAppVersion: '6.0.0' }),
  history: [],
  bounced: false,
  stale: false,
});

const people = indexPeople([
  person({
    email: 'zoe@x.org',
    first_name: 'Zoë',
    last_name: 'Adams',
    type: 2,
    status: 'active',
    last_login_time: '2026-02-01T00:00:00Z',
    last_client_version: '6.2.0.1(mac)',
    dept: 'Kitchen',
  }),
  person({
    email: 'al@x.org',
    first_name: 'Al',
    type: 2,
    status: 'active',
    last_login_time: '2026-02-20T00:00:00Z',
  }),
  person({
    email: 'pending@x.org',
    type: 2,
    status: 'pending',
    created_at: '2026-02-25T00:00:00Z',
  }),
  person({
    email: 'bo@x.org',
    display_name: 'Bo Basic',
    type: 1,
    status: 'active',
    last_client_version: '5.9.0.1(win)',
  }),
]);
const emails = (list: ReturnType<typeof sortPeople>) => list.map((p) => p.person.user.email);

describe('sorting and filtering the team table', () => {
  it('names people as Zoom does, falling back to the email', () => {
    expect(people.map((p) => personName(p.person.user))).toEqual([
      'Zoë Adams',
      'Al',
      'pending@x.org',
      'Bo Basic',
    ]);
    expect([1, 2, 3, 4, 99].map(licenceOf)).toEqual([
      'basic',
      'licensed',
      'on-prem',
      'unassigned',
      'none',
    ]);
  });

  it('sorts both ways, with missing values last either way', () => {
    expect(emails(sortPeople(people, 'name', 'ascending'))).toEqual([
      'al@x.org',
      'bo@x.org',
      'pending@x.org',
      'zoe@x.org',
    ]);
    expect(emails(sortPeople(people, 'lastLogin', 'ascending'))).toEqual([
      'zoe@x.org',
      'al@x.org',
      'bo@x.org',
      'pending@x.org',
    ]);
    expect(emails(sortPeople(people, 'lastLogin', 'descending'))).toEqual([
      'al@x.org',
      'zoe@x.org',
      'bo@x.org',
      'pending@x.org',
    ]);
    expect(emails(sortPeople(people, 'stage', 'ascending'))[0]).toBe('pending@x.org');
    expect(emails(sortPeople(people, 'version', 'descending')).slice(0, 2)).toEqual([
      'zoe@x.org',
      'bo@x.org',
    ]);
  });

  it('searches name, email and department, every word, ignoring case', () => {
    expect(
      emails(filterPeople(people, { search: 'KITCHEN zo', stage: 'all', blocker: 'all' })),
    ).toEqual(['zoe@x.org']);
    expect(emails(filterPeople(people, { search: '', stage: 'invited', blocker: 'all' }))).toEqual([
      'pending@x.org',
    ]);
    expect(
      emails(filterPeople(people, { search: '', stage: 'all', blocker: 'never-signed-in-to-app' })),
    ).toEqual(['al@x.org']);
  });
});
