import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PictureHere } from '../picture-here';

/**
 * The habit that keeps a licensed person's meetings theirs: open the Zoom app and sign in first,
 * then open the link. Joined without signing in, Zoom takes them for a guest: "The meeting is
 * waiting for the host to join", with a sign-in button for the host (KB0060501). A 40-minute
 * notice means the meeting runs under a Basic account — signed in to another, often free, Zoom
 * (KB0070458, KB0067972). The way back without signing in is Claim Host (205172555).
 * Zoom's exact in-app wording of both notices was not confirmed (docs/zoom-facts-wizard.md §4).
 */
export function JoinAsYourself({ email }: { email: string | null }) {
  const { t } = useTranslation('wizard');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('steps.meeting-details.joinHeading')}</h2>
      <p>{t('steps.meeting-details.joinWhy')}</p>
      <ol>
        <li>{t('steps.meeting-details.join1')}</li>
        <li>{t('steps.meeting-details.join2')}</li>
      </ol>
      <h3>{t('steps.meeting-details.joinForgotHeading')}</h3>
      <p>{t('steps.meeting-details.joinForgot')}</p>
      <PictureHere id="join-signed-out" />
      <ul>
        <li>{t('steps.meeting-details.fixWaiting')}</li>
        <li>
          {email
            ? t('steps.meeting-details.fixFortyMinutes', { email })
            : t('steps.meeting-details.fixFortyMinutesGeneric')}
        </li>
      </ul>
      <h3>{t('steps.meeting-details.claimHeading')}</h3>
      <p>{t('steps.meeting-details.claimSteps')}</p>
      <PictureHere id="claim-host" />
    </section>
  );
}
