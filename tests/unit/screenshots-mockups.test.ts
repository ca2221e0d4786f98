import { pictureIds } from '../../renderer/wizard/pictures';
import { pictureSpecs } from '../../scripts/screenshots/catalogue';
import { pageHtml } from '../../scripts/screenshots/page';
import { decodePng, encodeIndexedPng, pngSize, type RgbImage } from '../../scripts/screenshots/png';
import { quantize } from '../../scripts/screenshots/quantize';
import { allLangs, type PictureOs } from '../../scripts/screenshots/types';
import { deflateSync } from 'node:zlib';

const variants = (oses: 'all' | ReadonlyArray<PictureOs>): ReadonlyArray<PictureOs> =>
  oses === 'all' ? ['all'] : oses;

/** Visible text of a mock-up, roughly: tags and the annotator script removed. */
const visibleText = (html: string) =>
  html
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the mock-ups', () => {
  it('draw every picture the wizard can ask for, once', () => {
    expect(pictureSpecs.map((s) => s.id).sort()).toEqual([...pictureIds].sort());
  });

  it('each point at something: at least one annotation with a label', () => {
    for (const spec of pictureSpecs) {
      for (const os of variants(spec.oses)) {
        for (const lang of allLangs) {
          const html = spec.render(os, lang);
          expect(html, `${spec.id} ${os} ${lang}`).toMatch(/data-mark="\d+"[^>]*data-note="[^"]+"/);
        }
      }
    }
  });

  it('are drawn, not copied: no images, fonts or pages loaded from anywhere', () => {
    for (const spec of pictureSpecs) {
      for (const os of variants(spec.oses)) {
        for (const lang of allLangs) {
          const html = pageHtml(spec.render(os, lang), lang);
          expect(html, spec.id).not.toMatch(/<img|<link|<iframe|url\(|@import|src=/i);
        }
      }
    }
  });

  it('are in Spanish when drawn in Spanish', () => {
    for (const spec of pictureSpecs) {
      for (const os of variants(spec.oses)) {
        const en = visibleText(spec.render(os, 'en'));
        const es = visibleText(spec.render(os, 'es'));
        expect(es, `${spec.id} ${os}`).not.toBe(en);
        expect(pageHtml(spec.render(os, 'es'), 'es')).toContain('<html lang="es">');
        for (const english of ['Click ', 'Sign in', 'Activate Zoom Account', ' the ']) {
          expect(es, `${spec.id} ${os}: "${english}"`).not.toContain(english);
        }
      }
    }
  });
});

/** A PNG the way Chromium writes one: 8-bit RGB, one filter byte per row. */
function rgbPng(image: RgbImage): Buffer {
  const stride = image.width * 3;
  const rows = Buffer.alloc((stride + 1) * image.height);
  for (let y = 0; y < image.height; y++) {
    rows[y * (stride + 1)] = y % 2 ? 2 : 1; // "up" and "sub" filters, as Chromium mixes them
    for (let x = 0; x < stride; x++) {
      const value = image.rgb[y * stride + x] ?? 0;
      const before =
        y % 2
          ? y > 0
            ? (image.rgb[(y - 1) * stride + x] ?? 0)
            : 0
          : x >= 3
            ? (image.rgb[y * stride + x - 3] ?? 0)
            : 0;
      rows[y * (stride + 1) + 1 + x] = (value - before) & 255;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function image(
  width: number,
  height: number,
  colourAt: (x: number, y: number) => readonly [number, number, number],
): RgbImage {
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rgb.set(colourAt(x, y), (y * width + x) * 3);
  }
  return { width, height, rgb };
}

describe('making the PNGs small', () => {
  it('keeps every pixel exact when a picture has 256 colours or fewer', () => {
    const source = image(40, 30, (x, y) => [(x % 8) * 30, (y % 8) * 30, (x + y) % 2 ? 255 : 0]);
    const decoded = decodePng(rgbPng(source));
    expect(Array.from(decoded.rgb)).toEqual(Array.from(source.rgb));
    const small = quantize(decoded);
    const back = Array.from(small.indices, (i) => small.palette[i] ?? [0, 0, 0]).flat();
    expect(back).toEqual(Array.from(source.rgb));
  });

  it('keeps the common colours exact and stays within 256 colours otherwise', () => {
    const source = image(100, 100, (x, y) => (y < 80 ? [255, 255, 255] : [x, y, (x * y) % 256]));
    const small = quantize(source);
    expect(small.palette.length).toBeLessThanOrEqual(256);
    expect(small.palette[small.indices[0] ?? 0]).toEqual([255, 255, 255]);
    const png = encodeIndexedPng(small);
    expect(pngSize(png)).toEqual({ width: 100, height: 100 });
  });

  it('reads the size of a PNG and refuses other bytes', () => {
    expect(pngSize(rgbPng(image(7, 3, () => [1, 2, 3])))).toEqual({ width: 7, height: 3 });
    expect(pngSize(Buffer.from('not a png at all, really not'))).toBeNull();
  });
});
