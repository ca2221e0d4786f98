import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app';
import { PreviewFrame } from '../../renderer/dashboard/preview/preview-frame';
import { isLanguageLoaded } from '../../renderer/i18n/i18n';
import { inProcessApi, testBackend } from '../support/in-process';
import { subjectFor, robert } from '../support/preview-fixtures';
import { renderWithApp } from '../support/render-app';
import type { ReadyRoomApi } from '../../shared/api';

/*
 * Languages other than English are loaded when asked for. This file's modules are its own, so
 * Korean and Vietnamese are not loaded until a test here asks for them.
 */
const refusingApi = new Proxy({} as ReadyRoomApi, {
  get: (_target, name) => (name === 'on' ? () => () => undefined : async () => undefined),
});

describe('a language loaded when asked for', () => {
  it('draws the preview in a language not loaded yet once it is here, saying "Loading" meanwhile', async () => {
    expect(isLanguageLoaded('ko')).toBe(false);
    renderWithApp(
      <PreviewFrame
        subject={{ ...subjectFor(robert), step: 'find-email' }}
        language="ko"
        label="Preview"
      />,
      refusingApi,
    );
    const region = screen.getByRole('region', { name: 'Preview' });
    // Meanwhile: a short status in the admin's language, never keys or the step in English.
    expect(within(region).getByRole('status').textContent).toBe('Loading ReadyRoom…');
    expect(region.getAttribute('aria-busy')).toBe('true');
    expect(region.textContent).not.toContain('Step 2 of 9');
    expect(region.textContent).not.toContain('steps.');
    const heading = await within(region).findByRole('heading', {
      level: 3,
      name: /^9단계 중 2단계/,
    });
    expect(heading.closest('[lang]')?.getAttribute('lang')).toBe('ko');
    expect(within(region).queryByRole('status')).toBeNull();
    expect(region.getAttribute('aria-busy')).toBe('false');
    expect(isLanguageLoaded('ko')).toBe(true);
  });

  it('switches the app to a language not loaded yet only once its texts are here', async () => {
    expect(isLanguageLoaded('vi')).toBe(false);
    const backend = testBackend();
    const user = userEvent.setup();
    renderWithApp(<App />, inProcessApi(backend));
    await screen.findByRole('heading', { level: 1, name: 'Welcome to ReadyRoom' });
    await user.selectOptions(screen.getByLabelText('Language'), 'vi');
    // Until Vietnamese is here, the page stays wholly English (no keys, no half-translation).
    expect(document.documentElement.lang).toBe('en');
    expect(document.body.textContent).not.toMatch(/\bstart\.heading\b/);
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Chào mừng bạn đến với ReadyRoom',
    });
    expect(heading).toBeTruthy();
    expect(document.documentElement.lang).toBe('vi');
    expect((await backend.handlers.getSettings({})).language).toBe('vi');
  });
});
