import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app';
import { BridgeProvider } from './bridge/bridge-context';
import { connectToBackend } from './bridge/connect';
import { ErrorBoundary } from './components/error-boundary';
import { applyDocumentLanguage, createI18n, loadLanguage, systemLanguage } from './i18n/i18n';
import { createAppStore } from './store/store';
import { StoreProvider } from './store/store-context';
import './styles.css';

// English is in this script; any other language is loaded before the first screen draws, so it
// opens in that language (or, if its texts cannot be loaded, in English) and never switches.
const startLanguage = systemLanguage();
const i18n = createI18n(
  await loadLanguage(startLanguage).then(
    () => startLanguage,
    (error: unknown) => {
      console.error(`ReadyRoom could not load its ${startLanguage} texts`, error);
      return 'en' as const;
    },
  ),
);
const root = createRoot(document.getElementById('root')!);
const api = connectToBackend();

if (api) {
  const store = createAppStore(api);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <BridgeProvider api={api}>
          <StoreProvider store={store}>
            <ErrorBoundary>
              <App />
            </ErrorBoundary>
          </StoreProvider>
        </BridgeProvider>
      </I18nextProvider>
    </StrictMode>,
  );
} else {
  applyDocumentLanguage(i18n.language);
  root.render(
    <main id="main">
      <h1>{i18n.t('errors.title')}</h1>
      <p>{i18n.t('errors.noBackend')}</p>
    </main>,
  );
}
