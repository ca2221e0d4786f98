import { useEffect, useMemo, useState, type SyntheticEvent } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ApiCallName } from '../../../shared/api';
import { languageDirection, type Language } from '../../../shared/languages';
import { stepNumber, type WizardStepId } from '../../../shared/wizard';
import { BridgeProvider } from '../../bridge/bridge-context';
import { createI18n, isLanguageLoaded, loadLanguage } from '../../i18n/i18n';
import type { Reconnect } from '../../store/reconnect';
import { createAppStore, type AppStore } from '../../store/store';
import { StoreProvider, useAppStore } from '../../store/store-context';
import { invitationContext } from '../../wizard/admin-message';
import { StepActions } from '../../wizard/step-actions';
import { StepList } from '../../wizard/step-list';
import { StuckPanel } from '../../wizard/stuck-panel';
import { stepViews } from '../../wizard/wizard-screen';
import {
  createPreviewApi,
  previewAccountCheck,
  previewMeetings,
  previewProgress,
  previewSession,
  previewZoomApp,
  type PreviewSubject,
} from './preview-api';
import './preview.css';
import './preview-loading.css';

/** A preview never tries anything again: nothing in it waits for Zoom. */
export const noReconnect: Reconnect = { retry: () => undefined, stop: () => undefined };

/**
 * The preview's own store, over the preview api: filled at once with what the preview api reads,
 * so the step draws its first state without waiting (and the checks it starts read the same).
 */
export function createPreviewStore(
  subject: PreviewSubject,
  onRefused?: (name: ApiCallName) => void,
): { store: AppStore; api: ReturnType<typeof createPreviewApi> } {
  const api = createPreviewApi(subject, onRefused);
  const store = createAppStore(api, noReconnect);
  const account = previewAccountCheck(subject);
  const checkedAt = subject.fetchedAt ?? '';
  store.setState({
    info: { ...subject.info, notices: [], lostSettings: [] },
    settings: subject.settings,
    progress: previewProgress(subject),
    session: previewSession(subject),
    // Everything the microphone and camera step might ask the OS is unknown here: no OS is asked.
    mediaAccess: { microphone: 'unknown', camera: 'unknown' },
    // Its connection check shows its first state ("Checking…") and never measures: not idle, so
    // the panel does not start it (the call would be refused, and read as a failed check).
    connection: { status: 'checking', last: null },
    checks: {
      zoomApp: { status: 'done', result: previewZoomApp(subject) },
      account: account ? { status: 'done', result: account } : { status: 'idle' },
      meetings: checkedAt
        ? { status: 'done', result: previewMeetings(subject) }
        : { status: 'idle' },
    },
  });
  return { store, api };
}

/** Clicks inside the preview reach nothing: not a button, link, summary or label. */
function stop(event: SyntheticEvent) {
  event.preventDefault();
  event.stopPropagation();
}

/**
 * The language a preview can draw now. Each language but English is loaded when first asked for;
 * meanwhile the preview keeps the language it drew before (hidden under "Loading…", so nothing
 * moves), and if its texts cannot be loaded it says so instead of drawing keys or English.
 */
function usePreviewLanguage(language: Language): {
  readonly drawn: Language | null;
  readonly state: 'ready' | 'loading' | 'failed';
} {
  const ready = isLanguageLoaded(language);
  const [drawnBefore, setDrawnBefore] = useState<Language | null>(ready ? language : null);
  // The last load that ended, and how: its end draws the preview again.
  const [ended, setEnded] = useState<{ language: Language; ok: boolean } | null>(null);
  // (Kept as the page draws, not after: React's way to follow a prop.)
  if (ready && drawnBefore !== language) setDrawnBefore(language);
  useEffect(() => {
    if (ready) return;
    let current = true;
    loadLanguage(language).then(
      () => {
        if (current) setEnded({ language, ok: true });
      },
      (error: unknown) => {
        console.error(`ReadyRoom could not load its ${language} texts for the preview`, error);
        if (current) setEnded({ language, ok: false });
      },
    );
    return () => {
      current = false;
    };
  }, [language, ready]);
  if (ready) return { drawn: language, state: 'ready' };
  const failed = ended?.language === language && !ended.ok;
  return { drawn: drawnBefore, state: failed ? 'failed' : 'loading' };
}

/**
 * One wizard step as the person would see it, drawn by the wizard's own components, inside a
 * disabled fieldset (readable by a screen reader, every control switched off) with its own
 * store, api, bridge and i18n, in `language` (loaded first if need be). The app's store, language
 * and backend are never reached from inside.
 */
export function PreviewFrame({
  subject,
  language,
  label,
  onRefused,
}: {
  readonly subject: PreviewSubject;
  readonly language: Language;
  /** The region's name, in the admin's language. */
  readonly label: string;
  readonly onRefused?: (name: ApiCallName) => void;
}) {
  const { t } = useTranslation(['preview', 'translation']);
  const { store, api } = useMemo(
    () => createPreviewStore(subject, onRefused),
    [subject, onRefused],
  );
  const { drawn, state } = usePreviewLanguage(language);
  const i18n = useMemo(() => (drawn ? createI18n(drawn) : null), [drawn]);
  const stale = state !== 'ready';
  return (
    <section className="preview-region" aria-label={label} aria-busy={state === 'loading'}>
      <fieldset
        disabled
        className="preview-frame"
        onClickCapture={stop}
        onSubmitCapture={stop}
        onAuxClickCapture={stop}
      >
        <legend>{t('frame.label')}</legend>
        <div className={stale ? 'preview-waiting' : undefined}>
          {stale && (
            <p role="status" className="preview-waiting-status">
              {state === 'failed'
                ? t('errors.internal', { ns: 'translation' })
                : t('app.loading', { ns: 'translation' })}
            </p>
          )}
          {i18n && drawn && (
            <div className={stale ? 'preview-stale' : undefined} inert={stale} aria-hidden={stale}>
              <I18nextProvider i18n={i18n}>
                <BridgeProvider api={api}>
                  <StoreProvider store={store}>
                    <div lang={drawn} dir={languageDirection(drawn)}>
                      <PreviewStep step={subject.step} />
                    </div>
                  </StoreProvider>
                </BridgeProvider>
              </I18nextProvider>
            </div>
          )}
        </div>
      </fieldset>
    </section>
  );
}

/** The wizard's step screen, as WizardStep draws it, without moving focus or the window title. */
function PreviewStep({ step }: { readonly step: WizardStepId }) {
  const { t } = useTranslation('wizard');
  const progress = useAppStore((s) => s.progress);
  const checkNotes = useAppStore((s) => s.checkNotes);
  if (!progress) return null;
  const { number, total } = stepNumber(step);
  const { view, skippable } = stepViews[step];
  const invitation = invitationContext(progress.invitation);
  return (
    <div className="wizard">
      <StepList progress={progress} />
      <div className="wizard-step">
        <h3 className="preview-step-title">
          {t('stepTitle', { number, total, title: t(`steps.${step}.title`) })}
        </h3>
        <div key={step}>{view(invitation)}</div>
        <StepActions step={step} skippable={skippable} />
        <StuckPanel step={step} invitation={invitation} checkNote={checkNotes[step]} />
        <p className="hint">{t('saved')}</p>
      </div>
    </div>
  );
}
