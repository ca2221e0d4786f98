import type { WizardProgress } from '../../shared/wizard';
import { completeStep, initialProgress, nextStep, skipStep } from '../../shared/wizard';
import { testBackend } from '../support/in-process';

const now = new Date('2026-03-02T10:00:00Z');

describe('the wizard rules', () => {
  it('completing a step moves on, and says whether it was checked or vouched for', () => {
    const vouched = completeStep(initialProgress, 'find-email', 'self-reported', now);
    expect(vouched).toMatchObject({
      currentStep: 'activate',
      completed: ['find-email'],
      selfReported: ['find-email'],
      updatedAt: now.toISOString(),
    });
    const checked = completeStep(vouched, 'find-email', 'checked', now);
    expect(checked.completed).toEqual(['find-email']);
    expect(checked.selfReported).toEqual([]);
  });

  it('skipping a step moves on, and a skipped step is never done', () => {
    const done = completeStep(initialProgress, 'install-app', 'self-reported', now);
    const skipped = skipStep(done, 'install-app', now);
    expect(skipped).toMatchObject({
      currentStep: 'app-sign-in',
      completed: [],
      skipped: ['install-app'],
      selfReported: [],
    });
    expect(completeStep(skipped, 'install-app', 'checked', now).skipped).toEqual([]);
  });

  it('keeps the lists in step order, and the last step stays last', () => {
    const later = completeStep(initialProgress, 'activate', 'checked', now);
    expect(completeStep(later, 'welcome', 'checked', now).completed).toEqual([
      'welcome',
      'activate',
    ]);
    expect(nextStep('done')).toBe('done');
  });
});

describe('progress through the backend', () => {
  it('announces every write once, with what it saved', async () => {
    const backend = testBackend();
    const announced: WizardProgress[] = [];
    backend.events.subscribe((e) => {
      if (e.name === 'progressChanged') announced.push(e.payload);
    });
    const { handlers } = backend;
    const writes = [
      await handlers.saveWizardProgress({ currentStep: 'find-email' }),
      await handlers.completeWizardStep({ step: 'find-email', how: 'self-reported' }),
      await handlers.skipWizardStep({ step: 'activate' }),
      await handlers.forgetInvitation({}),
      await handlers.restartWizard({}),
    ];
    expect(announced).toEqual(writes);
    expect(writes[2]).toMatchObject({
      currentStep: 'sign-in',
      completed: ['find-email'],
      skipped: ['activate'],
      selfReported: ['find-email'],
    });
    expect(await handlers.getWizardProgress({})).toEqual(writes[4]);
    expect(writes[4]).toMatchObject({ currentStep: 'welcome', completed: [], skipped: [] });
  });
});
