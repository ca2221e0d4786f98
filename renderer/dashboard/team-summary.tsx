import { readinessStages } from '../../shared/readiness';
import type { TeamView } from '../../shared/team-schemas';
import { useDashboardTexts } from './texts';

/** How many people are at each stage, and "everyone is ready" when it is true. */
export function TeamSummary({ team, total }: { team: TeamView; total: number }) {
  const { t, r } = useDashboardTexts();
  // Everyone, also while only the table's first rows are here (the counts are everyone's).
  const people = total;
  const active = people - team.counts.inactive;
  return (
    <section className="team-summary" aria-labelledby="team-summary-heading">
      <h2 id="team-summary-heading">{t('summary.heading')}</h2>
      <div role="status">
        {team.allReady && (
          <p className="celebrate all-ready">{t('summary.allReady', { count: active })}</p>
        )}
      </div>
      {people === 0 ? (
        <p>{t('summary.empty')}</p>
      ) : (
        <ul className="stage-counts">
          {readinessStages
            .filter((stage) => stage !== 'inactive' || team.counts.inactive > 0)
            .map((stage) => (
              <li key={stage} className={`stage-count stage-${stage}`}>
                <span className="stage-count-label">{r(`stages.${stage}.label`)}</span>
                <span className="stage-count-number">
                  {t('summary.people', { count: team.counts[stage] })}
                </span>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
