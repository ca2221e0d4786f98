import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/store-context';
import { selectTeamFacts } from '../store/team-slice';

/**
 * Checks with Zoom by itself: once when an admin arrives and the table is only a saved copy (or
 * empty), again when the admin signs back in after the sign-in ended midway through a check, and
 * then every few minutes if the admin chose an interval.
 */
export function useAutoRefresh(isAdmin: boolean): void {
  const team = useAppStore(selectTeamFacts);
  const refresh = useAppStore((s) => s.refreshTeam);
  const interrupted = useAppStore((s) => s.teamRefreshInterrupted);
  const checkedFor = useRef<string | null>(null);
  const accountId = team?.accountId ?? null;
  const stale = team !== null && (team.fetchedAt === null || team.fromCache);
  const minutes = team?.prefs.autoRefreshMinutes ?? 0;

  useEffect(() => {
    if (!isAdmin || !accountId || !stale || checkedFor.current === accountId) return;
    checkedFor.current = accountId;
    void refresh();
  }, [isAdmin, accountId, stale, refresh]);

  useEffect(() => {
    if (isAdmin && interrupted) void refresh();
  }, [isAdmin, interrupted, refresh]);

  useEffect(() => {
    if (!isAdmin || minutes === 0) return;
    const timer = setInterval(() => void refresh(), minutes * 60_000);
    return () => clearInterval(timer);
  }, [isAdmin, minutes, refresh]);
}
