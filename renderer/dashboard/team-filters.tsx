import { useId } from 'react';
import { blockerCodes, readinessStages, type BlockerCode } from '../../shared/readiness';
import type { TeamFilter } from '../../shared/team-table';
import { isReadinessStage } from '../../shared/readiness';
import { useDashboardTexts } from './texts';

export interface TeamFiltersProps {
  readonly filter: TeamFilter;
  readonly onChange: (filter: TeamFilter) => void;
  /** Blocker codes anyone in the team has, so the list offers only those. */
  readonly present: ReadonlySet<BlockerCode>;
  readonly shown: number;
  readonly total: number;
  /** Only the first rows are here: the whole team's size (null: everyone is here). */
  readonly loadingRest?: number | null;
}

/** Search by name or email, and filters by stage and by what needs fixing. */
export function TeamFilters({
  filter,
  onChange,
  present,
  shown,
  total,
  loadingRest = null,
}: TeamFiltersProps) {
  const { t, r } = useDashboardTexts();
  const searchId = useId();
  const stageId = useId();
  const blockerId = useId();
  const filtered = filter.search !== '' || filter.stage !== 'all' || filter.blocker !== 'all';
  return (
    <div className="team-filters" role="search" aria-label={t('filters.heading')}>
      <div className="field">
        <label htmlFor={searchId}>{t('filters.search')}</label>
        <input
          id={searchId}
          type="search"
          value={filter.search}
          autoComplete="off"
          onChange={(e) => onChange({ ...filter, search: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={stageId}>{t('filters.stage')}</label>
        <select
          id={stageId}
          value={filter.stage}
          onChange={(e) => {
            const value = e.target.value;
            onChange({ ...filter, stage: isReadinessStage(value) ? value : 'all' });
          }}
        >
          <option value="all">{t('filters.anyStage')}</option>
          {readinessStages.map((stage) => (
            <option key={stage} value={stage}>
              {r(`stages.${stage}.label`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={blockerId}>{t('filters.blocker')}</label>
        <select
          id={blockerId}
          value={filter.blocker}
          onChange={(e) => {
            const value = blockerCodes.find((c) => c === e.target.value);
            onChange({ ...filter, blocker: value ?? 'all' });
          }}
        >
          <option value="all">{t('filters.anyBlocker')}</option>
          {blockerCodes
            .filter((code) => present.has(code) || code === filter.blocker)
            .map((code) => (
              <option key={code} value={code}>
                {r(`blockers.${code}.title`)}
              </option>
            ))}
        </select>
      </div>
      {filtered && (
        <button
          type="button"
          className="secondary"
          onClick={() => onChange({ search: '', stage: 'all', blocker: 'all' })}
        >
          {t('filters.clear')}
        </button>
      )}
      <p className="filter-count" role="status">
        {loadingRest === null
          ? t('filters.showing', { shown, total })
          : t('filters.loadingRest', { shown: total, total: loadingRest })}
      </p>
    </div>
  );
}
