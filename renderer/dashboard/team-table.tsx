import { memo, useId } from 'react';
import { displayVersion } from '../../shared/readiness';
import {
  licenceOf,
  personName,
  roleOf,
  type IndexedPerson,
  type SortDirection,
  type SortKey,
} from '../../shared/team-table';
import type { TeamPerson } from '../../shared/team-schemas';
import { formatDate, useDashboardTexts } from './texts';
import { useRowWindow } from './use-row-window';
import './dashboard.css';

export interface TeamSort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

interface Column {
  readonly id: SortKey | 'blockers';
  readonly sortable: boolean;
}

const columns: ReadonlyArray<Column> = [
  { id: 'name', sortable: true },
  { id: 'email', sortable: true },
  { id: 'role', sortable: true },
  { id: 'licence', sortable: true },
  { id: 'stage', sortable: true },
  { id: 'blockers', sortable: false },
  { id: 'invited', sortable: true },
  { id: 'lastLogin', sortable: true },
  { id: 'version', sortable: true },
];

export interface TeamTableProps {
  readonly rows: ReadonlyArray<IndexedPerson>;
  readonly sort: TeamSort;
  readonly onSort: (key: SortKey) => void;
  readonly onOpen: (person: TeamPerson) => void;
}

/**
 * The team as a real table (caption, column headers, sortable columns with aria-sort) that
 * draws only the rows in view, with aria-rowcount and aria-rowindex so a screen reader still
 * knows where in the whole list a row is.
 */
export function TeamTable({ rows, sort, onSort, onOpen }: TeamTableProps) {
  const { t } = useDashboardTexts();
  const captionId = useId();
  const { start, end, rowHeight, scrollRef, onScroll } = useRowWindow(rows.length);
  const shown = rows.slice(start, end);

  return (
    <div
      className="team-table-scroll"
      ref={scrollRef}
      onScroll={onScroll}
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <table className="team-table" aria-rowcount={rows.length + 1}>
        <caption id={captionId}>{t('table.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => {
              const label = t(`table.columns.${column.id}`);
              const active = sort.key === column.id;
              return (
                <th key={column.id} scope="col" aria-sort={active ? sort.direction : undefined}>
                  {column.sortable ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSort(column.id as SortKey)}
                    >
                      {label}
                      <span aria-hidden="true" className="sort-arrow">
                        {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {start > 0 && (
            <tr aria-hidden="true" className="spacer" style={{ height: start * rowHeight }}>
              <td colSpan={columns.length} />
            </tr>
          )}
          {shown.map((row, i) => (
            <PersonRow
              key={row.person.user.email}
              person={row.person}
              index={start + i + 2}
              onOpen={onOpen}
            />
          ))}
          {end < rows.length && (
            <tr
              aria-hidden="true"
              className="spacer"
              style={{ height: (rows.length - end) * rowHeight }}
            >
              <td colSpan={columns.length} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && <p className="table-empty">{t('table.nothing')}</p>}
    </div>
  );
}

const PersonRow = memo(function PersonRow({
  person,
  index,
  onOpen,
}: {
  person: TeamPerson;
  index: number;
  onOpen: (person: TeamPerson) => void;
}) {
  const { t, r, language } = useDashboardTexts();
  const { user, readiness } = person;
  const invitation = readiness.invitation;
  const blockers = readiness.blockers;
  const first = blockers[0];
  const version = displayVersion(user.last_client_version ?? '');
  return (
    <tr data-row aria-rowindex={index} className={`stage-${readiness.stage}`}>
      <th scope="row" className="cell-name">
        <button type="button" className="link-button person-open" onClick={() => onOpen(person)}>
          {personName(user)}
        </button>
        {person.stale && <span className="badge badge-older">{t('table.older')}</span>}
      </th>
      <td className="cell-email">{user.email}</td>
      <td>{t(`roles.${roleOf(user)}`)}</td>
      <td>{t(`licences.${licenceOf(user.type)}`)}</td>
      <td>
        <span className={`stage stage-${readiness.stage}`}>
          {r(`stages.${readiness.stage}.label`)}
        </span>
      </td>
      <td className="cell-blockers">
        {first ? r(`blockers.${first.code}.title`) : ''}
        {blockers.length > 1 && (
          <span className="more"> {t('table.more', { count: blockers.length - 1 })}</span>
        )}
      </td>
      <td className="cell-invited">
        {invitation ? (
          <>
            {formatDate(invitation.sentAt, language)}{' '}
            <span className="more">
              ({t('table.invitedDays', { count: invitation.daysPending })})
            </span>
            <br />
            <span className={invitation.expired ? 'warn' : 'more'}>
              {invitation.expired
                ? t('table.linkEnded')
                : t('table.endsIn', { count: invitation.daysLeft })}
            </span>
          </>
        ) : (
          ''
        )}
      </td>
      <td>
        {user.status === 'pending'
          ? ''
          : formatDate(user.last_login_time, language) || t('table.never')}
      </td>
      <td>{version}</td>
    </tr>
  );
});
