import { useId } from 'react';
import { useDashboardTexts } from './texts';

export interface YourQuestionsProps {
  /** Opens the meeting-access doctor (the co-admin question's one click). */
  readonly onOpenDoctor: () => void;
  /**
   * Opens the read-only wizard preview ("what will they see?"). Without it the answer stands
   * on its own words and no button is drawn.
   */
  readonly onPreviewWizard?: () => void;
}

/**
 * The admin's own questions, answered beside the team in plain words. The facts are Zoom's
 * (sources in docs/zoom-facts-wizard.md and shared/zoom/README.md):
 * - Each person has their own personal meeting ID and host key; the wizard shows them theirs at
 *   step 8 ("Your meeting details"); nobody needs to send them.
 * - Zoom's user records carry no password (GET /users and GET /users/{id} have none; only the
 *   requests that set one do), and the web portal only lets an admin type a new one ("Changing a
 *   user's password", support.zoom.com KB0066204). The person makes it when they accept; Zoom's
 *   "Forgot password" page (zoom.us/forgot_password, same article) resets it.
 * - Activate: "Activate Zoom Account" → choose a sign-in method → name and password; an address
 *   with an account already sees "Approve request" → "Confirm and switch" (README, "The invitation
 *   as the invitee sees it").
 * - An alternative host's meetings are not in their own meeting list; they start them from the
 *   emailed or calendar link, signed in to the right account (README, "Meetings, alternative
 *   hosts, scheduling privilege").
 */
export function YourQuestions({ onOpenDoctor, onPreviewWizard }: YourQuestionsProps) {
  const { t } = useDashboardTexts();
  const headingId = useId();
  return (
    <section className="your-questions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('questions.heading')}</h2>
      <details>
        <summary>{t('questions.pmi.question')}</summary>
        <p>{t('questions.pmi.answer')}</p>
      </details>
      <details>
        <summary>{t('questions.password.question')}</summary>
        <p>{t('questions.password.answer')}</p>
      </details>
      <details>
        <summary>{t('questions.activate.question')}</summary>
        <p>{t('questions.activate.answer')}</p>
        {onPreviewWizard && (
          <button type="button" className="secondary" onClick={onPreviewWizard}>
            {t('questions.activate.preview')}
          </button>
        )}
      </details>
      <details>
        <summary>{t('questions.coAdmin.question')}</summary>
        <p>{t('questions.coAdmin.answer')}</p>
        <button type="button" className="secondary" onClick={onOpenDoctor}>
          {t('questions.coAdmin.doctor')}
        </button>
      </details>
    </section>
  );
}
