import { deflateSync, inflateSync } from 'node:zlib';

const signature = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** Reads a PNG's width and height from its IHDR header, or null if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** An opaque picture as 8-bit RGB triples, row by row. */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

/** An image as palette indices (one byte per pixel) and a palette of RGB triples. */
export interface IndexedImage {
  readonly width: number;
  readonly height: number;
  readonly palette: ReadonlyArray<readonly [number, number, number]>;
  readonly indices: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const pa = Math.abs(b - c);
  const pb = Math.abs(a - c);
  const pc = Math.abs(a + b - 2 * c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes) to RGB, dropping alpha. */
export function decodePng(png: Buffer): RgbImage {
  const size = pngSize(png);
  if (!size) throw new Error('not a PNG');
  const { width, height } = size;
  const depth = png[24];
  const colourType = png[25];
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || png[28] !== 0) {
    throw new Error(`unsupported PNG (depth ${depth}, colour type ${colourType})`);
  }
  const bpp = colourType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT') {
      idat.push(png.subarray(offset + 8, offset + 8 + length));
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? (rows[dst + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (rows[dst - stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (rows[dst - stride + x - bpp] ?? 0) : 0;
      const predictor =
        filter === 1
          ? a
          : filter === 2
            ? b
            : filter === 3
              ? (a + b) >> 1
              : filter === 4
                ? paeth(a, b, c)
                : 0;
      rows[dst + x] = ((raw[src + x] ?? 0) + predictor) & 255;
    }
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0; p < width * height; p++) {
    rgb[p * 3] = rows[p * bpp] ?? 0;
    rgb[p * 3 + 1] = rows[p * bpp + 1] ?? 0;
    rgb[p * 3 + 2] = rows[p * bpp + 2] ?? 0;
  }
  return { width, height, rgb };
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes a palette image as an 8-bit indexed PNG, deflated at the highest level. */
export function encodeIndexedPng(image: IndexedImage): Buffer {
  const { width, height, palette, indices } = image;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.from(palette.flat());
  // Filter 0 on every row: for palette images the other filters only scramble the indices.
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const data = deflateSync(raw, { level: 9, memLevel: 9 });
  return Buffer.concat([
    Buffer.from(signature),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', data),
    chunk('IEND', new Uint8Array()),
  ]);
}
