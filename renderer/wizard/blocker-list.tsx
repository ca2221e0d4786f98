import { useTranslation } from 'react-i18next';
import { blockerMessage, fixPerformer, type Blocker } from '../../shared/readiness';

/** What Zoom says is in the way, in the readiness model's words, and what the person can do. */
export function BlockerList({ blockers }: { blockers: ReadonlyArray<Blocker> }) {
  const { t } = useTranslation('wizard');
  const { t: tr } = useTranslation('readiness');
  if (blockers.length === 0) return null;
  const adminFix = blockers.some((b) => fixPerformer[b.fix] === 'admin');
  return (
    <div>
      <h2>{t('checks.blockersHeading')}</h2>
      <ul className="blockers">
        {blockers.map((blocker) => {
          const { key, values } = blockerMessage(blocker);
          // Keys are built from the model's codes; the readiness texts test checks they all exist.
          const translate = tr as unknown as (k: string, v?: object) => string;
          return (
            <li key={blocker.code}>
              <strong>{translate(`blockers.${blocker.code}.title`)}</strong>
              <p>{translate(key, values)}</p>
              {fixPerformer[blocker.fix] === 'invitee' && (
                <p>
                  {t('checks.whatYouCanDo')} {translate(`fixes.${blocker.fix}.outcome`)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {adminFix && <p>{t('checks.tellAdmin')}</p>}
    </div>
  );
}
