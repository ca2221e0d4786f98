import type { Nudge } from '../../shared/team-schemas';
import { formatTime, type LooseT } from './texts';

/** Words for the last nudge: "Nudged today at 10:42" / "Last nudge: 9 Mar 2026, 18:00" / "Not nudged yet". */
export function nudgeText(
  nudge: Nudge | null,
  today: boolean,
  d: LooseT,
  language: string,
): string {
  if (!nudge) return d('needsYou.neverNudged');
  const at = new Date(nudge.at);
  if (today)
    return d('needsYou.nudgedToday', {
      time: new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(at),
    });
  return d(`needsYou.lastNudge.${nudge.how}`, { time: formatTime(nudge.at, language) });
}
