import fs from 'node:fs';
import path from 'node:path';
import {
  PictureLang,
  PictureManifest,
  pictureFor,
  pictureIds,
  pictureOses,
  PictureOs,
} from '../../renderer/wizard/pictures';
import { pngSize } from '../../scripts/screenshots/png';

const root = path.resolve(import.meta.dirname, '../..');
const screensDir = path.join(root, 'assets/screens');
const manifest = PictureManifest.parse(
  JSON.parse(fs.readFileSync(path.join(screensDir, 'manifest.json'), 'utf8')),
);
const locale = (lang: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(root, 'renderer/locales', lang, 'pictures.json'), 'utf8'));

/** The string at a dotted path of a locale file, or undefined. */
function textAt(tree: unknown, ...keys: ReadonlyArray<string>): string | undefined {
  let node: unknown = tree;
  for (const key of keys) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' ? node : undefined;
}

describe('the committed pictures', () => {
  it('are all listed, each PNG with the size the manifest gives', () => {
    expect(manifest.pictures.length).toBeGreaterThan(0);
    for (const p of manifest.pictures) {
      expect(p.file, p.file).toBe(`${p.id}--${p.os}--${p.lang.toLowerCase()}.png`);
      const bytes = fs.readFileSync(path.join(screensDir, p.file));
      expect(pngSize(bytes), p.file).toEqual({ width: p.width, height: p.height });
    }
  });

  it('has no PNG that the manifest does not list', () => {
    const listed = new Set(manifest.pictures.map((p) => p.file));
    const onDisk = fs.readdirSync(screensDir).filter((f) => f.endsWith('.png'));
    expect(onDisk.filter((f) => !listed.has(f))).toEqual([]);
  });

  it('stay small enough to ship in the app (under 60 KB each)', () => {
    for (const p of manifest.pictures) {
      expect(fs.statSync(path.join(screensDir, p.file)).size, p.file).toBeLessThan(60 * 1024);
    }
  });

  it('exist in every language for every OS each picture applies to', () => {
    for (const id of pictureIds) {
      for (const os of pictureOses[id]) {
        for (const lang of PictureLang.options) {
          const drawn = manifest.pictures.some(
            (p) => p.id === id && p.lang === lang && (p.os === os || p.os === 'all'),
          );
          expect(drawn, `${id} on ${os} in ${lang}`).toBe(true);
        }
      }
    }
  });

  it('are found by pictureFor for every step, OS and language that needs one', () => {
    for (const id of pictureIds) {
      for (const os of PictureOs.options) {
        for (const lang of PictureLang.options) {
          const found = pictureFor(id, os, lang);
          if (pictureOses[id].includes(os)) {
            expect(found?.lang, `${id} ${os} ${lang}`).toBe(lang);
            expect(found?.src, `${id} ${os} ${lang}`).toMatch(/\.png/);
          } else {
            expect(found, `${id} ${os} ${lang}`).toBeNull();
          }
        }
      }
    }
  });

  it('each have alt text and a caption in every language', () => {
    for (const lang of PictureLang.options) {
      const tree = locale(lang);
      // Chinese and Korean say in 4 characters what takes 10 letters in English.
      const shortest = /^(zh|ko)/.test(lang) ? 4 : 10;
      for (const p of manifest.pictures) {
        for (const field of ['alt', 'caption']) {
          const text = textAt(tree, p.id, p.os, field) ?? textAt(tree, p.id, 'all', field);
          expect(text?.trim().length ?? 0, `${lang}: ${p.id} ${p.os} ${field}`).toBeGreaterThan(
            shortest,
          );
        }
      }
      expect(textAt(tree, 'ui', 'showBigger'), lang).toBeTruthy();
      expect(textAt(tree, 'ui', 'close'), lang).toBeTruthy();
    }
  });

  it('has no picture text for a picture that does not exist', () => {
    for (const lang of PictureLang.options) {
      const tree = locale(lang) as Record<string, Record<string, unknown>>;
      for (const [id, variants] of Object.entries(tree)) {
        if (id === 'ui') continue;
        for (const variant of Object.keys(variants)) {
          const known = manifest.pictures.some(
            (p) => p.id === id && (variant === 'all' || p.os === variant),
          );
          expect(known, `${lang}: ${id}.${variant}`).toBe(true);
        }
      }
    }
  });
});
