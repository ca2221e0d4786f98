import { useId } from 'react';
import {
  autoRefreshChoices,
  type AutoRefreshMinutes,
  type ListProgress,
} from '../../shared/team-schemas';
import { useAppStore } from '../store/store-context';
import { selectTeamFacts, type LastRefresh } from '../store/team-slice';
import { formatTime, useDashboardTexts, type LooseT } from './texts';

function listLine(list: ListProgress, d: LooseT): string {
  const name = d(`refresh.lists.${list.status}`);
  if (list.state === 'failed') return d('refresh.listFailed', { list: name });
  if (list.state === 'cancelled') return d('refresh.listStopped', { list: name });
  if (list.total === null) return d('refresh.countSoFar', { list: name, fetched: list.fetched });
  return d('refresh.count', { list: name, fetched: list.fetched, total: list.total });
}

/**
 * "Check with Zoom now": a progress bar with counts per list while ReadyRoom pages through
 * Zoom, a way to stop, when the table was last checked (or that it is a saved copy), what went
 * wrong if Zoom failed midway, and how often to check by itself.
 */
export function RefreshPanel({ canRefresh }: { canRefresh: boolean }) {
  const { t, d, e, language } = useDashboardTexts();
  const team = useAppStore(selectTeamFacts);
  const refreshing = useAppStore((s) => s.teamRefreshing);
  const progress = useAppStore((s) => s.teamProgress);
  const last = useAppStore((s) => s.lastRefresh);
  const refresh = useAppStore((s) => s.refreshTeam);
  const cancel = useAppStore((s) => s.cancelTeamRefresh);
  const updatePrefs = useAppStore((s) => s.updateTeamPrefs);
  const autoId = useId();

  const lists = progress?.lists ?? [];
  const fetched = lists.reduce((sum, l) => sum + l.fetched, 0);
  const totalKnown = lists.length > 0 && lists.every((l) => l.total !== null);
  const total = lists.reduce((sum, l) => sum + (l.total ?? 0), 0);
  const fetchedAt = team?.fetchedAt ?? null;
  // Signed out, the sign-in panel's message is the one that counts; an old check's is not shown.
  const shown = !refreshing && canRefresh ? last : null;
  const offline = shown?.error === 'offline';

  return (
    <section className="refresh-panel" aria-labelledby="refresh-heading">
      <h2 id="refresh-heading">{t('refresh.heading')}</h2>
      <p>
        {fetchedAt === null
          ? t('refresh.never')
          : team?.fromCache
            ? t('refresh.savedCopy', { time: formatTime(fetchedAt, language) })
            : t('refresh.lastChecked', { time: formatTime(fetchedAt, language) })}
      </p>
      {canRefresh && (
        <div className="button-row">
          {refreshing ? (
            <button type="button" className="secondary" onClick={() => void cancel()}>
              {t('refresh.cancel')}
            </button>
          ) : (
            <button type="button" onClick={() => void refresh()}>
              {t('refresh.button')}
            </button>
          )}
          <label htmlFor={autoId}>{t('refresh.auto')}</label>
          <select
            id={autoId}
            value={team?.prefs.autoRefreshMinutes ?? 0}
            onChange={(event) => {
              const minutes = Number(event.target.value) as AutoRefreshMinutes;
              void updatePrefs({ autoRefreshMinutes: minutes });
            }}
          >
            {autoRefreshChoices.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes === 0 ? t('refresh.autoOff') : t('refresh.autoEvery', { count: minutes })}
              </option>
            ))}
          </select>
        </div>
      )}
      {refreshing && (
        <div className="refresh-progress">
          <p id="refresh-running">{t('refresh.running')}</p>
          <progress
            aria-label={t('refresh.progressLabel')}
            aria-describedby="refresh-running"
            max={totalKnown && total > 0 ? total : undefined}
            value={totalKnown && total > 0 ? fetched : undefined}
          />
          <ul className="refresh-lists">
            {lists.map((list) => (
              <li key={list.status}>{listLine(list, d)}</li>
            ))}
          </ul>
        </div>
      )}
      <div role="status" className="refresh-outcome">
        {shown && <RefreshOutcomeText last={shown} />}
      </div>
      {!refreshing &&
        team &&
        !team.complete &&
        team.fetchedAt !== null &&
        shown?.outcome !== 'partial' &&
        !offline && <p className="check check-failed">{t('refresh.partial')}</p>}
      {shown?.error &&
        !offline &&
        shown.outcome !== 'complete' &&
        shown.outcome !== 'cancelled' && <p className="hint">{e(`errors.${shown.error}`)}</p>}
    </section>
  );
}

function RefreshOutcomeText({ last }: { last: LastRefresh }) {
  const { t } = useDashboardTexts();
  // Offline is one sentence: it says the table is kept and that ReadyRoom will try again.
  if (last.error === 'offline' && last.outcome !== 'complete' && last.outcome !== 'cancelled')
    return <p className="check check-failed">{t('refresh.offline')}</p>;
  switch (last.outcome) {
    case 'complete':
      return <p className="check check-passed">{t('refresh.complete', { count: last.count })}</p>;
    case 'partial':
      return <p className="check check-failed">{t('refresh.partial')}</p>;
    case 'failed':
      return <p className="check check-failed">{t('refresh.failed')}</p>;
    default:
      return <p className="check">{t('refresh.cancelled')}</p>;
  }
}
