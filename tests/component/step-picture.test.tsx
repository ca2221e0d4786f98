import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { StepPicture } from '../../renderer/components/step-picture';
import type { PictureFinder, PictureId, PictureOs } from '../../renderer/wizard/pictures';
import enPictures from '../../renderer/locales/en/pictures.json' with { type: 'json' };
import esPictures from '../../renderer/locales/es/pictures.json' with { type: 'json' };

function picturesI18n(language: 'en' | 'es') {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      en: { translation: {}, pictures: enPictures },
      es: { translation: {}, pictures: esPictures },
    },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

function show(id: PictureId, os: PictureOs, language: 'en' | 'es', find?: PictureFinder) {
  const i18n = picturesI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <main>
        <StepPicture id={id} os={os} {...(find ? { find } : {})} />
      </main>
    </I18nextProvider>,
  );
  return i18n;
}

describe('a step picture', () => {
  it('describes the picture and what to click, in English', () => {
    show('invitation-email', 'windows', 'en');
    const img = screen.getByRole('img', { name: enPictures['invitation-email'].all.alt });
    expect(img.getAttribute('src')).toMatch(/invitation-email--all--en\.png/);
    expect(img.getAttribute('alt')).toContain('Activate Zoom Account');
    expect(screen.getByRole('figure').textContent).toContain(
      enPictures['invitation-email'].all.caption,
    );
  });

  it('shows the Spanish picture with Spanish alt text and caption', () => {
    show('activate-existing', 'mac', 'es');
    const img = screen.getByRole('img', { name: esPictures['activate-existing'].all.alt });
    expect(img.getAttribute('src')).toMatch(/activate-existing--all--es\.png/);
    expect(img.getAttribute('alt')).toContain('Confirmar y cambiar');
    expect(screen.getByRole('button', { name: 'Ver más grande' })).toBeTruthy();
  });

  it("shows the drawing for the person's own computer", () => {
    show('install-zoom', 'mac', 'en');
    const img = screen.getByRole('img', { name: enPictures['install-zoom'].mac.alt });
    expect(img.getAttribute('src')).toMatch(/install-zoom--mac--en\.png/);
  });

  it('uses the English drawing with Spanish words when a Spanish drawing is missing', () => {
    const englishOnly: PictureFinder = (id) => ({
      src: `/assets/${id}--all--en.png`,
      width: 800,
      height: 500,
      variant: 'all',
      lang: 'en',
    });
    show('meeting-details', 'linux', 'es', englishOnly);
    expect(screen.getByRole('img', { name: esPictures['meeting-details'].all.alt })).toBeTruthy();
  });

  it('shows nothing where the picture does not apply', () => {
    show('mac-privacy-camera', 'windows', 'en');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('opens a bigger view in a dialog, closes it with Escape, and returns focus', async () => {
    const user = userEvent.setup();
    show('zoom-app-signin', 'windows', 'en');
    expect(screen.queryByRole('dialog')).toBeNull();
    const opener = screen.getByRole('button', { name: 'Show bigger' });
    await user.click(opener);

    const dialog = screen.getByRole('dialog', { name: enPictures['zoom-app-signin'].all.caption });
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    expect(
      screen.getAllByRole('img', { name: enPictures['zoom-app-signin'].all.alt }),
    ).toHaveLength(2);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes with its Close button by keyboard, returning focus', async () => {
    const user = userEvent.setup();
    show('meeting-details', 'mac', 'es');
    const opener = screen.getByRole('button', { name: 'Ver más grande' });
    opener.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
