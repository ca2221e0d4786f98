import { useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { stepNumber, type WizardProgress, type WizardStepId } from '../../shared/wizard';
import { BackToStart } from '../components/back-to-start';
import { useScreenTitle } from '../components/use-screen-title';
import { useAppStore } from '../store/store-context';
import { invitationContext, type InvitationContext } from './admin-message';
import { StepActions } from './step-actions';
import { StepList } from './step-list';
import { ActivateStep } from './steps/activate-step';
import { DoneStep } from './steps/done-step';
import { FindEmailStep } from './steps/find-email-step';
import { InstallAppStep } from './steps/install-app-step';
import { WelcomeStep } from './steps/welcome-step';
import { AppSignInStep } from './steps/app-sign-in-step';
import { MeetingDetailsStep } from './steps/meeting-details-step';
import { SignInStep } from './steps/sign-in-step';
import { SoundCameraStep } from './steps/sound-camera-step';
import { StuckPanel } from './stuck-panel';

/** Each step's body, and whether a person may skip it. */
type StepView = (invitation: InvitationContext) => ReactElement;

/** Exported for the admin's read-only preview (renderer/dashboard/preview), drawn by these views. */
export const stepViews: Readonly<Record<WizardStepId, { view: StepView; skippable: boolean }>> = {
  welcome: { view: (i) => <WelcomeStep invitation={i} />, skippable: false },
  'find-email': { view: (i) => <FindEmailStep invitation={i} />, skippable: true },
  activate: { view: (i) => <ActivateStep invitation={i} />, skippable: true },
  'sign-in': { view: (i) => <SignInStep invitation={i} />, skippable: true },
  'install-app': { view: () => <InstallAppStep />, skippable: true },
  'app-sign-in': { view: () => <AppSignInStep />, skippable: true },
  'sound-camera': { view: () => <SoundCameraStep />, skippable: true },
  'meeting-details': { view: (i) => <MeetingDetailsStep role={i.role} />, skippable: true },
  done: { view: (i) => <DoneStep invitation={i} />, skippable: false },
};

/** The invitee's guided wizard: one task per screen, resumed where the person left off. */
export function WizardScreen() {
  const { t } = useTranslation('wizard');
  const progress = useAppStore((s) => s.progress);
  const loadProgress = useAppStore((s) => s.loadProgress);
  useEffect(() => {
    if (!progress) void loadProgress();
  }, [progress, loadProgress]);
  if (!progress) return <p role="status">{t('saved')}</p>;
  return <WizardStep progress={progress} />;
}

function WizardStep({ progress }: { progress: WizardProgress }) {
  const { t } = useTranslation('wizard');
  const checkNotes = useAppStore((s) => s.checkNotes);
  const step = progress.currentStep;
  const { number, total } = stepNumber(step);
  const title = t('stepTitle', { number, total, title: t(`steps.${step}.title`) });
  const heading = useScreenTitle(title);
  const { view, skippable } = stepViews[step];
  const invitation = invitationContext(progress.invitation);

  return (
    <div className="wizard">
      <StepList progress={progress} />
      <section aria-labelledby="step-heading" className="wizard-step">
        <h1 id="step-heading" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <div key={step}>{view(invitation)}</div>
        <StepActions step={step} skippable={skippable} />
        <StuckPanel step={step} invitation={invitation} checkNote={checkNotes[step]} />
        <p className="hint">{t('saved')}</p>
        <BackToStart />
      </section>
    </div>
  );
}
