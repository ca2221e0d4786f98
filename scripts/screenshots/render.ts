import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../chromium';
import { pictureSpecs } from './catalogue';
import { pageHtml, pictureSize } from './page';
import { decodePng, encodeIndexedPng, pngSize } from './png';
import { quantize } from './quantize';
import { allLangs, type Lang, type PictureOs, type PictureSpec } from './types';

/** One line of assets/screens/manifest.json. */
interface ManifestLine {
  readonly id: string;
  readonly os: PictureOs;
  readonly lang: Lang;
  readonly file: string;
  readonly width: number;
  readonly height: number;
}

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/screens');
const manifestPath = path.join(outDir, 'manifest.json');

/** The file name of one picture: <id>--<os>--<lang>.png, all lower case ("zh-hans"). */
export function pictureFile(id: string, os: PictureOs, lang: Lang): string {
  return `${id}--${os}--${lang.toLowerCase()}.png`;
}

function variantsOf(spec: PictureSpec): ReadonlyArray<PictureOs> {
  return spec.oses === 'all' ? ['all'] : spec.oses;
}

function parseArgs(argv: ReadonlyArray<string>): { only: string | null } {
  const at = argv.indexOf('--only');
  if (at === -1) return { only: null };
  const only = argv[at + 1];
  if (!only || !pictureSpecs.some((s) => s.id === only)) {
    throw new Error(`--only needs one of: ${pictureSpecs.map((s) => s.id).join(', ')}`);
  }
  return { only };
}

async function previousManifest(): Promise<ReadonlyArray<ManifestLine>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(manifestPath, 'utf8'));
    const pictures = (parsed as { pictures?: unknown }).pictures;
    return Array.isArray(pictures) ? (pictures as ManifestLine[]) : [];
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  const { only } = parseArgs(process.argv.slice(2));
  const specs = pictureSpecs.filter((s) => only === null || s.id === only);
  await mkdir(outDir, { recursive: true });
  const browser = await launchChromium();
  const lines: ManifestLine[] = [];
  try {
    const context = await browser.newContext({ viewport: pictureSize, deviceScaleFactor: 1 });
    // The mock-ups are self-contained; nothing may be fetched from anywhere.
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    for (const spec of specs) {
      for (const os of variantsOf(spec)) {
        for (const lang of allLangs) {
          await page.setContent(pageHtml(spec.render(os, lang), lang));
          await page.waitForSelector('body[data-annotated="yes"]', { state: 'attached' });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const shot = await page.screenshot({ clip: { x: 0, y: 0, ...pictureSize }, type: 'png' });
          const png = encodeIndexedPng(quantize(decodePng(shot)));
          const size = pngSize(png);
          if (!size) throw new Error(`${spec.id}: Chromium did not return a PNG`);
          const file = pictureFile(spec.id, os, lang);
          await writeFile(path.join(outDir, file), png);
          lines.push({ id: spec.id, os, lang, file, ...size });
          console.log(`${file}  ${size.width}×${size.height}  ${Math.round(png.length / 1024)} KB`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  const kept = only === null ? [] : (await previousManifest()).filter((l) => l.id !== only);
  const order = new Map<string, number>(pictureSpecs.map((s, i) => [s.id, i]));
  const pictures = [...kept, ...lines].sort(
    (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) || a.file.localeCompare(b.file),
  );
  await writeFile(manifestPath, `${JSON.stringify({ pictures }, null, 2)}\n`);
  console.log(
    `${pictures.length} pictures listed in ${path.relative(process.cwd(), manifestPath)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
