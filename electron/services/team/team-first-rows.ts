import type { TeamFirstRows, TeamView } from '../../../shared/team-schemas';
import { firstPeople } from '../../../shared/team-table';

/** The first `count` rows of a view in the table's first order, with the counts of everyone. */
export function firstRowsOf(view: TeamView, count: number): TeamFirstRows {
  const { people, ...rest } = view;
  return { ...rest, people: firstPeople(people, count), total: people.length };
}
