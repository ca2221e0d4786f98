import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app';
import { PreviewFrame } from '../../renderer/dashboard/preview/preview-frame';
import type { ReadyRoomApi } from '../../shared/api';
import type * as Resources from '../../renderer/i18n/resources';
import { inProcessApi, testBackend } from '../support/in-process';
import { robert, subjectFor } from '../support/preview-fixtures';
import { renderWithApp } from '../support/render-app';

// Every language but English fails to load, as when the app was updated underneath and its
// chunks are gone.
vi.mock('../../renderer/i18n/resources', async (importOriginal) => {
  const original = await importOriginal<typeof Resources>();
  return {
    ...original,
    importLanguageTexts: async (language: string) => {
      if (language === 'en') return original.englishTexts;
      throw new Error('Failed to fetch dynamically imported module');
    },
  };
});

const quietApi = new Proxy({} as ReadyRoomApi, {
  get: (_target, name) => (name === 'on' ? () => () => undefined : async () => undefined),
});

describe('a language whose texts cannot be loaded', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('leaves the app in its language, and the choice unsaved', async () => {
    const backend = testBackend();
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    await screen.findByRole('heading', { level: 1, name: 'Welcome to ReadyRoom' });
    await user.selectOptions(screen.getByLabelText('Language'), 'fr');
    await vi.waitFor(() => expect(console.error).toHaveBeenCalled());
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to ReadyRoom' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('en');
    expect((await backend.handlers.getSettings({})).language).toBeNull();
  });

  it('says so in the preview instead of drawing keys or English', async () => {
    renderWithApp(
      <PreviewFrame
        subject={{ ...subjectFor(robert), step: 'find-email' }}
        language="ko"
        label="Preview"
      />,
      quietApi,
    );
    const region = screen.getByRole('region', { name: 'Preview' });
    await vi.waitFor(() =>
      expect(within(region).getByRole('status').textContent).toContain('Something went wrong'),
    );
    expect(within(region).queryByRole('heading', { level: 3 })).toBeNull();
  });
});
