import {
  createPictureFinder,
  pictureOsFor,
  type ManifestPicture,
} from '../../renderer/wizard/pictures';

const line = (p: Pick<ManifestPicture, 'id' | 'os' | 'lang'>): ManifestPicture => ({
  ...p,
  file: `${p.id}--${p.os}--${p.lang}.png`,
  width: 800,
  height: 500,
});

const pictures = [
  line({ id: 'install-zoom', os: 'windows', lang: 'en' }),
  line({ id: 'install-zoom', os: 'windows', lang: 'es' }),
  line({ id: 'install-zoom', os: 'mac', lang: 'en' }),
  line({ id: 'install-zoom', os: 'all', lang: 'es' }),
  line({ id: 'invitation-email', os: 'all', lang: 'en' }),
  line({ id: 'mac-privacy-camera', os: 'mac', lang: 'en' }),
  line({ id: 'mac-privacy-camera', os: 'mac', lang: 'es' }),
];
const urls = Object.fromEntries(pictures.map((p) => [p.file, `/assets/${p.file}`]));
const find = createPictureFinder({ pictures }, urls);

describe('choosing the picture for a step', () => {
  it("prefers the person's own OS and language", () => {
    expect(find('install-zoom', 'windows', 'es')).toEqual({
      src: '/assets/install-zoom--windows--es.png',
      width: 800,
      height: 500,
      variant: 'windows',
      lang: 'es',
    });
  });

  it('uses the shared drawing in the same language before another language', () => {
    expect(find('install-zoom', 'mac', 'es')?.src).toBe('/assets/install-zoom--all--es.png');
  });

  it('falls back to the English drawing when the language has none', () => {
    expect(find('invitation-email', 'linux', 'es')?.src).toBe(
      '/assets/invitation-email--all--en.png',
    );
  });

  it('shows nothing where the picture does not apply (macOS settings on Windows)', () => {
    expect(find('mac-privacy-camera', 'windows', 'en')).toBeNull();
    expect(find('mac-privacy-camera', 'mac', 'es')?.lang).toBe('es');
  });

  it('ignores listed pictures whose PNG is not bundled', () => {
    const partial = createPictureFinder({ pictures }, {});
    expect(partial('install-zoom', 'windows', 'en')).toBeNull();
  });

  it('treats a malformed manifest as having no pictures', () => {
    expect(createPictureFinder({ pictures: 'nope' }, urls)('invitation-email', 'mac', 'en')).toBe(
      null,
    );
  });

  it("maps the computer's platform to the drawings for it", () => {
    expect(pictureOsFor('darwin')).toBe('mac');
    expect(pictureOsFor('win32')).toBe('windows');
    expect(pictureOsFor('linux')).toBe('linux');
    expect(pictureOsFor('other')).toBe('linux');
  });
});
