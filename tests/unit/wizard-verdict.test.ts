import { initialProgress, type WizardProgress, type WizardStepId } from '../../shared/wizard';
import { stepOutcome, wizardVerdict } from '../../shared/wizard-verdict';

const steps = (...ids: WizardStepId[]) => ids;

function progress(parts: Partial<Pick<WizardProgress, 'completed' | 'skipped' | 'selfReported'>>) {
  return { ...initialProgress, currentStep: 'done' as const, ...parts };
}

describe('the last step’s verdict: "ready" means checked', () => {
  it('is not ready when every step was skipped, and says so step by step', () => {
    const verdict = wizardVerdict(
      progress({
        skipped: steps(
          'find-email',
          'activate',
          'sign-in',
          'install-app',
          'app-sign-in',
          'sound-camera',
          'meeting-details',
        ),
      }),
    );
    expect(verdict.ready).toBe(false);
    expect(verdict.met).toBe(0);
    expect(verdict.of).toBe(4);
    expect(verdict.left.map((l) => [l.step, l.outcome])).toEqual([
      ['sign-in', 'skipped'],
      ['install-app', 'skipped'],
      ['app-sign-in', 'skipped'],
      ['sound-camera', 'skipped'],
    ]);
    expect(verdict.checked).toEqual([]);
    expect(verdict.told).toEqual([]);
    expect(verdict.skipped).toHaveLength(7);
  });

  it('is ready when sign-in and the Zoom app were checked, and the rest checked or vouched for', () => {
    const verdict = wizardVerdict(
      progress({
        completed: steps(
          'find-email',
          'activate',
          'sign-in',
          'install-app',
          'app-sign-in',
          'sound-camera',
        ),
        selfReported: steps('find-email', 'activate', 'install-app', 'sound-camera'),
        skipped: steps('meeting-details'),
      }),
    );
    expect(verdict.ready).toBe(true);
    expect(verdict.met).toBe(4);
    expect(verdict.checked).toEqual(['sign-in', 'app-sign-in']);
    expect(verdict.told).toEqual(['find-email', 'activate', 'install-app', 'sound-camera']);
    expect(verdict.skipped).toEqual(['meeting-details']);
  });

  it('does not take the person’s word where Zoom can check: sign-in and the app sign-in', () => {
    const told = progress({
      completed: steps('sign-in', 'install-app', 'app-sign-in', 'sound-camera'),
      selfReported: steps('sign-in', 'app-sign-in'),
    });
    const verdict = wizardVerdict(told);
    expect(verdict.ready).toBe(false);
    expect(verdict.left.map((l) => [l.step, l.outcome])).toEqual([
      ['sign-in', 'told'],
      ['app-sign-in', 'told'],
    ]);
  });

  it('counts a step not reached as not done, and says how close the person is', () => {
    const verdict = wizardVerdict(progress({ completed: steps('sign-in', 'install-app') }));
    expect(verdict).toMatchObject({ ready: false, met: 2, of: 4 });
    expect(verdict.left.map((l) => l.outcome)).toEqual(['not-done', 'not-done']);
    expect(stepOutcome(initialProgress, 'sign-in')).toBe('not-done');
  });
});
