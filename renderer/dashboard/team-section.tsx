import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { BlockerCode } from '../../shared/readiness';
import { csvFileName } from '../../shared/team-csv';
import type { TeamPerson, TeamView } from '../../shared/team-schemas';
import {
  filterPeople,
  indexPeople,
  noFilter,
  sortPeople,
  type SortKey,
  type TeamFilter,
} from '../../shared/team-table';
import { teamCsv } from './csv-export';
import { downloadText } from './download';
import { TeamFilters } from './team-filters';
import { TeamTable, type TeamSort } from './team-table';
import { useDashboardTexts } from './texts';

/** Search, filters, the table and the CSV download; opening a person is the screen's. */
export function TeamSection({
  team,
  loadingRest = null,
  onOpen,
}: {
  team: TeamView;
  /** Only the first rows are here: how many people the whole team has (null: everyone is). */
  loadingRest?: number | null;
  onOpen: (person: TeamPerson) => void;
}) {
  const { t, d, r } = useDashboardTexts();
  const [filter, setFilter] = useState<TeamFilter>(noFilter);
  const [sort, setSort] = useState<TeamSort>({ key: 'stage', direction: 'ascending' });
  const [exported, setExported] = useState<string | null>(null);

  const indexed = useMemo(() => indexPeople(team.people), [team.people]);
  const sorted = useMemo(
    () => sortPeople(indexed, sort.key, sort.direction),
    [indexed, sort.key, sort.direction],
  );
  // Typing stays quick with 10,000 people: the table catches up a moment later.
  const deferred = useDeferredValue(filter);
  const rows = useMemo(() => filterPeople(sorted, deferred), [sorted, deferred]);
  const present = useMemo(() => {
    const codes = new Set<BlockerCode>();
    for (const p of indexed) for (const code of p.blockers) codes.add(code);
    return codes;
  }, [indexed]);

  const onSort = useCallback((key: SortKey) => {
    setSort((old) =>
      old.key === key
        ? { key, direction: old.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );
  }, []);

  const exportCsv = () => {
    const file = csvFileName(t('csv.file'), new Date());
    downloadText(
      file,
      teamCsv(
        rows.map((row) => row.person),
        d,
        r,
      ),
      'text/csv;charset=utf-8',
    );
    setExported(file);
  };

  return (
    <section className="team-section" aria-labelledby="team-table-heading">
      <h2 id="team-table-heading">{t('filters.heading')}</h2>
      <TeamFilters
        filter={filter}
        onChange={setFilter}
        present={present}
        shown={rows.length}
        total={team.people.length}
        loadingRest={loadingRest}
      />
      <div className="button-row">
        {/* The file is of everyone (or everyone found): not of the first rows. */}
        <button
          type="button"
          className="secondary"
          onClick={exportCsv}
          disabled={loadingRest !== null}
        >
          {t('tools.export')}
        </button>
        <span role="status" className="copy-status">
          {exported ? t('tools.exported', { file: exported }) : ''}
        </span>
      </div>
      <TeamTable rows={rows} sort={sort} onSort={onSort} onOpen={onOpen} />
    </section>
  );
}
