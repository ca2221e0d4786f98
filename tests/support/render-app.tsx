import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ReadyRoomApi } from '../../shared/api';
import type { Language } from '../../shared/settings';
import { createI18n } from '../../renderer/i18n/i18n';
import { createAppStore } from '../../renderer/store/store';
import { StoreProvider } from '../../renderer/store/store-context';

/** Renders UI with a fresh store and i18n, as the app does, over the given API. */
export function renderWithApp(ui: ReactElement, api: ReadyRoomApi, language: Language = 'en') {
  const store = createAppStore(api);
  const i18n = createI18n(language);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>{ui}</StoreProvider>
    </I18nextProvider>,
  );
  return { ...result, store, i18n };
}
