import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './components/error-boundary';
import { InvitationOutcomeNotice } from './components/invitation-outcome';
import { LanguagePicker } from './components/language-picker';
import { applyDocumentLanguage, ensureLanguage, systemLanguage } from './i18n/i18n';
import { StatusMessages } from './components/status-messages';
import { UpdateBanner } from './components/update-banner';
import { StartScreen } from './start/start-screen';
import { useAppStore } from './store/store-context';

// Each side loads only when chosen, so the first screen appears sooner.
const WizardScreen = lazy(() =>
  import('./wizard/wizard-screen').then((m) => ({ default: m.WizardScreen })),
);
const DashboardScreen = lazy(() =>
  import('./dashboard/dashboard-screen').then((m) => ({ default: m.DashboardScreen })),
);

/** The whole app: header, messages, and the screen for the person's answer to the first question. */
export function App() {
  const { t, i18n } = useTranslation();
  const settings = useAppStore((s) => s.settings);
  const loadError = useAppStore((s) => s.loadError);
  const load = useAppStore((s) => s.load);
  const listen = useAppStore((s) => s.listen);

  useEffect(() => {
    const unlisten = listen();
    void load();
    return unlisten;
  }, [listen, load]);

  // The person's choice; until they make one, the language their admin's invitation names, then
  // the OS's preferred languages (from the desktop app) and the browser's, the first we offer.
  const chosen = settings?.language;
  const packLanguage = useAppStore((s) => s.progress?.invitation?.invitee.language ?? null);
  const systemLanguages = useAppStore((s) => s.info?.systemLanguages);
  const language =
    chosen ??
    packLanguage ??
    // (In the browser host the OS list is empty: the page began in the browser's language.)
    (systemLanguages?.length ? systemLanguage([...systemLanguages, ...navigator.languages]) : null);
  // Its texts are loaded first, then the page switches: never keys, never English meanwhile. If
  // they cannot be loaded, the page stays in the language it is in.
  useEffect(() => {
    if (!language || i18n.language === language) return;
    let current = true;
    void ensureLanguage(i18n, language).then((ok) => {
      if (ok && current) void i18n.changeLanguage(language);
    });
    return () => {
      current = false;
    };
  }, [language, i18n]);
  useEffect(() => {
    applyDocumentLanguage(i18n.language);
  }, [i18n.language]);

  let screen;
  if (loadError) {
    screen = (
      <div role="alert" className="load-error">
        <h1>{t('errors.title')}</h1>
        <p>{t(`errors.${loadError}`)}</p>
        <button type="button" onClick={() => void load()}>
          {t('errors.tryAgain')}
        </button>
      </div>
    );
  } else if (!settings) {
    screen = <p role="status">{t('app.loading')}</p>;
  } else if (settings.role === 'invitee') {
    screen = <WizardScreen />;
  } else if (settings.role === 'admin') {
    screen = <DashboardScreen />;
  } else {
    screen = <StartScreen />;
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <LanguagePicker />
      </header>
      <main id="main" tabIndex={-1}>
        <StatusMessages />
        <UpdateBanner />
        <InvitationOutcomeNotice />
        {/* A screen that fails to draw says so and offers "Try again"; the header stays. */}
        <ErrorBoundary resetKey={settings?.role ?? 'none'}>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>{screen}</Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
