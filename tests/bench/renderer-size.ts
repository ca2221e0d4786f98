// The JavaScript the renderer's page loads at start, before anything is loaded on demand: the
// entry script in index.html, the chunks index.html preloads (`<link rel="modulepreload">`), and
// every chunk those import statically, followed to the end. Chunks reached only by `import()` (the
// wizard, the dashboard, each language but English…) are not counted.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type ManifestChunk = { file: string; imports?: string[]; isEntry?: boolean };

/** The attribute `name` of an HTML tag's text, or null. */
function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/** The scripts index.html starts with: module scripts with a src, and modulepreload links. */
function startScripts(html: string): string[] {
  const out: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) out.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (href && rel.includes('modulepreload')) out.push(href);
  }
  return out;
}

/** Vite's manifest (build.manifest), by output file: the chunks each imports statically. */
function manifestImports(rendererOut: string): Map<string, string[]> | null {
  const file = path.join(rendererOut, '.vite', 'manifest.json');
  if (!fs.existsSync(file)) return null;
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
  const byFile = new Map<string, string[]>();
  for (const chunk of Object.values(manifest)) {
    const imports = (chunk.imports ?? []).flatMap((key) => {
      const imported = manifest[key];
      return imported ? [imported.file] : [];
    });
    byFile.set(chunk.file, imports);
  }
  return byFile;
}

/**
 * The chunks one built chunk imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`), relative to the folder of `rendererOut`; never `import("./x.js")`.
 */
function staticImports(code: string): string[] {
  const out: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*)(["'])(\.{1,2}\/[^"'\s]+\.m?js)\1/g;
  for (const match of code.matchAll(pattern)) if (match[2]) out.push(match[2]);
  return out;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** The JS loaded at the renderer's start (raw and gzipped, in KB rounded to 0.1). */
export function rendererStartJsKb(rendererOut: string): { raw: number; gzip: number } {
  const root = path.resolve(rendererOut);
  const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  const manifest = manifestImports(root);
  const seen = new Set<string>();
  const queue = startScripts(html)
    .filter((src) => !/^[a-z][a-z0-9+.-]*:/i.test(src)) // only the build's own files
    .map((src) => path.resolve(root, src.replace(/[?#].*$/, '')));
  let raw = 0;
  let gzip = 0;
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !file.endsWith('.js')) continue;
    seen.add(file);
    const bytes = fs.readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
    const fromManifest = manifest?.get(path.relative(root, file).split(path.sep).join('/'));
    const next = fromManifest
      ? fromManifest.map((f) => path.join(root, f))
      : staticImports(bytes.toString('utf8')).map((f) => path.resolve(path.dirname(file), f));
    queue.push(...next);
  }
  return { raw: kb(raw), gzip: kb(gzip) };
}
