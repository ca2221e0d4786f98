import { languageOf, renderDoorPage } from '../../electron/host/door-page';
import { renderCallbackPage } from '../../electron/services/zoom/callback-page';
import { allReadyText } from '../../electron/services/team/team-texts';

describe('the pages a browser shows outside the app, and the notification', () => {
  it('answers in the first language the browser prefers that ReadyRoom offers', () => {
    expect(languageOf('de-DE,de;q=0.9,es-MX;q=0.8,en;q=0.7')).toBe('es');
    expect(languageOf('ja')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });

  it('writes the door page from the locale files, with its language and direction', () => {
    const page = renderDoorPage('es');
    expect(page).toContain('<html lang="es" dir="ltr">');
    expect(page).toContain('Abra ReadyRoom con la dirección que le dio');
    expect(page).not.toMatch(/<script/i);
  });

  it('writes the page after Zoom sign-in in the person’s language', () => {
    const page = renderCallbackPage('signed-in', 'es');
    expect(page).toContain('<html lang="es" dir="ltr">');
    expect(page).toContain('Puede cerrar esta pestaña.');
    expect(renderCallbackPage('offline', 'en')).toContain('Check your internet connection');
  });

  it('chooses the notification’s plural form by the language’s own rules', () => {
    expect(allReadyText('en', 1).body).not.toMatch(/\d/);
    expect(allReadyText('en', 12).body).toContain('12');
    expect(allReadyText('es', 12345).body).toContain('12.345');
  });
});
