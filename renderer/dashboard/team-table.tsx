import { memo, useId } from 'react';
import {
  personName,
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

/**
 * The columns that matter first (who, where they are, what is in the way, how long the
 * invitation has waited, when they last signed in), so the table fits a 1280 px window without
 * sideways scrolling. Role, licence, Zoom app version and the rest are in the person's panel.
 * On a narrow window (320 px, or 400% zoom) each row becomes a card (dashboard.css).
 */
const columns: ReadonlyArray<Column> = [
  { id: 'name', sortable: true },
  { id: 'stage', sortable: true },
  { id: 'blockers', sortable: false },
  { id: 'invited', sortable: true },
  { id: 'lastLogin', sortable: true },
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
      {/* Explicit roles: the card layout changes the elements' display, which can drop them. */}
      <table className="team-table" role="table" aria-rowcount={rows.length + 1}>
        <caption id={captionId}>{t('table.caption')}</caption>
        <thead role="rowgroup">
          <tr role="row" aria-rowindex={1}>
            {columns.map((column) => {
              const label = t(`table.columns.${column.id}`);
              const active = sort.key === column.id;
              return (
                <th
                  key={column.id}
                  scope="col"
                  role="columnheader"
                  className={`col-${column.id}`}
                  aria-sort={active ? sort.direction : undefined}
                >
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
        <tbody role="rowgroup">
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
  const label = (id: Column['id']) => t(`table.columns.${id}`);
  return (
    <tr role="row" data-row aria-rowindex={index} className={`stage-${readiness.stage}`}>
      <th scope="row" role="rowheader" className="cell-name">
        <button
          type="button"
          className="link-button person-open"
          data-email={user.email}
          onClick={() => onOpen(person)}
        >
          {personName(user)}
        </button>
        {person.stale && <span className="badge badge-older">{t('table.older')}</span>}
        <span className="cell-email">{user.email}</span>
      </th>
      <td role="cell" data-label={label('stage')}>
        <span className={`stage stage-${readiness.stage}`}>
          {r(`stages.${readiness.stage}.label`)}
        </span>
      </td>
      <td role="cell" className="cell-blockers" data-label={label('blockers')}>
        {first ? r(`blockers.${first.code}.title`) : ''}
        {blockers.length > 1 && (
          <span className="more"> {t('table.more', { count: blockers.length - 1 })}</span>
        )}
      </td>
      <td role="cell" className="cell-invited" data-label={label('invited')}>
        {invitation ? (
          <>
            {formatDate(invitation.sentAt, language)}{' '}
            <span className="more">
              ({t('table.invitedDays', { count: invitation.daysPending })})
            </span>{' '}
            <span className={`ends ${invitation.expired ? 'warn' : 'more'}`}>
              {invitation.expired
                ? t('table.linkEnded')
                : t('table.endsIn', { count: invitation.daysLeft })}
            </span>
          </>
        ) : (
          ''
        )}
      </td>
      <td role="cell" data-label={label('lastLogin')}>
        {user.status === 'pending'
          ? ''
          : formatDate(user.last_login_time, language) || t('table.never')}
      </td>
    </tr>
  );
});
