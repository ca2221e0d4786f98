import { desktopLanguage, desktopTranslator } from '../../electron/main/desktop-texts';
import { applicationMenuTemplate, type MenuOptions } from '../../electron/main/menu';

function menu(language: 'en' | 'es', options: Partial<MenuOptions> = {}) {
  const clicks: string[] = [];
  const template = applicationMenuTemplate(
    desktopTranslator(language),
    { isMac: false, isPackaged: true, updateReady: false, ...options },
    {
      openInvitation: () => clicks.push('open'),
      restartToUpdate: () => clicks.push('restart'),
    },
  );
  return { template, clicks };
}

/** Every item of a menu, submenus included. */
function items(
  template: ReadonlyArray<Electron.MenuItemConstructorOptions>,
): Electron.MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu)
      ? items(item.submenu as Electron.MenuItemConstructorOptions[])
      : []),
  ]);
}

describe('the application menu', () => {
  it.each(['en', 'es'] as const)('gives every item a label from the %s locale file', (language) => {
    for (const isMac of [true, false]) {
      for (const item of items(menu(language, { isMac }).template)) {
        if (item.type === 'separator') continue;
        expect(item.label, JSON.stringify(item)).toMatch(/\S/);
        expect(item.label).not.toMatch(/^menu\./);
      }
    }
  });

  it('speaks Spanish when the person chose Spanish', () => {
    expect(menu('es').template.map((m) => m.label)).toEqual([
      'Archivo',
      'Edición',
      'Ver',
      'Ventana',
      'Ayuda',
    ]);
  });

  it('has no DevTools or reload in an installed app, and has them while developing', () => {
    const roles = (packaged: boolean) =>
      items(menu('en', { isPackaged: packaged }).template).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('opens an invitation from File, and offers Restart to Update only when one is ready', () => {
    const { template, clicks } = menu('en', { updateReady: true });
    const all = items(template);
    all.find((i) => i.label === 'Open Invitation…')!.click!({} as never, undefined, {} as never);
    const restart = all.find((i) => i.label === 'Restart to Update')!;
    expect(restart.visible).toBe(true);
    restart.click!({} as never, undefined, {} as never);
    expect(clicks).toEqual(['open', 'restart']);
    const later = items(menu('en').template).find((i) => i.label === 'Restart to Update')!;
    expect(later.visible).toBe(false);
  });

  it('uses the person’s language, else the system’s, else English', () => {
    expect(desktopLanguage('es', ['en-US'])).toBe('es');
    expect(desktopLanguage(null, ['es-419'])).toBe('es');
    expect(desktopLanguage(null, ['de-DE', 'es-MX', 'en-US'])).toBe('es');
    expect(desktopLanguage(null, ['de-DE'])).toBe('en');
    expect(desktopLanguage(null, [])).toBe('en');
    expect(desktopTranslator('es')('dialogs.problem.ok')).toBe('Aceptar');
    expect(desktopTranslator('en')('no.such.key')).toBe('no.such.key');
  });
});
