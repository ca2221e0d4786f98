import type { IndexedImage, RgbImage } from './png';

type Rgb = readonly [number, number, number];

const maxColours = 256;
/** Most palette slots go to the commonest colours (flat fills, the main text ramps). */
const popularSlots = 208;

function unpack(key: number): Rgb {
  return [(key >> 16) & 255, (key >> 8) & 255, key & 255];
}

function distance(a: Rgb, b: Rgb): number {
  const dr = a[0] - b[0];
  const dg = a[1] - b[1];
  const db = a[2] - b[2];
  return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
}

function nearest(colour: Rgb, palette: ReadonlyArray<Rgb>): { index: number; distance: number } {
  let best = { index: 0, distance: Number.POSITIVE_INFINITY };
  palette.forEach((p, index) => {
    const d = distance(colour, p);
    if (d < best.distance) best = { index, distance: d };
  });
  return best;
}

/**
 * Reduces a flat-coloured picture to at most 256 colours: exact when it already has that few;
 * otherwise the commonest colours, then the colours farthest from any chosen one (so a small
 * annotation or icon keeps its colour). Mock-ups are flat fills plus anti-aliased text, so the
 * change is invisible at normal size.
 */
export function quantize(image: RgbImage): IndexedImage {
  const { rgb, width, height } = image;
  const counts = new Map<number, number>();
  for (let i = 0; i < rgb.length; i += 3) {
    const key = ((rgb[i] ?? 0) << 16) | ((rgb[i + 1] ?? 0) << 8) | (rgb[i + 2] ?? 0);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const palette: Rgb[] = byCount
    .slice(0, Math.min(byCount.length, popularSlots))
    .map(([k]) => unpack(k));
  const rest = byCount
    .slice(palette.length)
    .map(([k, n]) => ({ colour: unpack(k), weight: Math.sqrt(n) }));
  const gaps = rest.map((r) => nearest(r.colour, palette).distance);
  while (palette.length < maxColours && rest.length > 0) {
    let pick = -1;
    let worst = 0;
    rest.forEach((r, i) => {
      const score = (gaps[i] ?? 0) * (r.weight ?? 1);
      if (score > worst) {
        worst = score;
        pick = i;
      }
    });
    const chosen = rest[pick];
    if (!chosen) break;
    palette.push(chosen.colour);
    rest.forEach((r, i) => {
      gaps[i] = Math.min(gaps[i] ?? 0, distance(r.colour, chosen.colour));
    });
  }
  const indexOf = new Map<number, number>();
  for (const key of counts.keys()) indexOf.set(key, nearest(unpack(key), palette).index);
  const indices = new Uint8Array(width * height);
  for (let p = 0; p < width * height; p++) {
    const key = ((rgb[p * 3] ?? 0) << 16) | ((rgb[p * 3 + 1] ?? 0) << 8) | (rgb[p * 3 + 2] ?? 0);
    indices[p] = indexOf.get(key) ?? 0;
  }
  return { width, height, palette, indices };
}
