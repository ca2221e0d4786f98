/// <reference types="vite/client" />
import { z } from 'zod';
import { Language } from '../../shared/languages';
import manifestJson from '../../assets/screens/manifest.json' with { type: 'json' };

/** Every annotated picture the wizard can show. */
export const pictureIds = [
  'invitation-email',
  'invitation-email-spam',
  'activate-new',
  'activate-existing',
  'zoom-consent',
  'install-zoom',
  'zoom-app-signin',
  'mic-permission',
  'mac-privacy-microphone',
  'mac-privacy-camera',
  'meeting-details',
  'join-signed-out',
  'claim-host',
  'alt-host-start',
  // The connect guide's Marketplace pages (renderer/connect, issue 13).
  'marketplace-build',
  'marketplace-basic-info',
  'marketplace-scopes',
  'marketplace-activation',
] as const;
export type PictureId = (typeof pictureIds)[number];

/** The operating systems ReadyRoom draws pictures for. */
export const PictureOs = z.enum(['windows', 'mac', 'linux']);
export type PictureOs = z.infer<typeof PictureOs>;
/** The languages pictures are drawn in: every language ReadyRoom offers. */
export const PictureLang = Language;
export type PictureLang = z.infer<typeof PictureLang>;
/** A drawn picture is for one OS, or for all of them when the OS changes nothing on screen. */
export const PictureVariant = z.enum(['windows', 'mac', 'linux', 'all']);
export type PictureVariant = z.infer<typeof PictureVariant>;

/** The picture OS for a Node-style platform name ('darwin', 'win32', …); anything else gets Linux. */
export function pictureOsFor(platform: string): PictureOs {
  if (platform === 'darwin') return 'mac';
  if (platform === 'win32') return 'windows';
  return 'linux';
}

const everyOs: ReadonlyArray<PictureOs> = PictureOs.options;
const macOnly: ReadonlyArray<PictureOs> = ['mac'];

/** The operating systems on which each picture applies (the macOS settings screens exist only there). */
export const pictureOses: Readonly<Record<PictureId, ReadonlyArray<PictureOs>>> = {
  'invitation-email': everyOs,
  'invitation-email-spam': everyOs,
  'activate-new': everyOs,
  'activate-existing': everyOs,
  'zoom-consent': everyOs,
  'install-zoom': everyOs,
  'zoom-app-signin': everyOs,
  'mic-permission': everyOs,
  'mac-privacy-microphone': macOnly,
  'mac-privacy-camera': macOnly,
  'meeting-details': everyOs,
  'join-signed-out': everyOs,
  'claim-host': everyOs,
  'alt-host-start': everyOs,
  'marketplace-build': everyOs,
  'marketplace-basic-info': everyOs,
  'marketplace-scopes': everyOs,
  'marketplace-activation': everyOs,
};

/** One rendered picture, as `npm run screenshots` lists it in assets/screens/manifest.json. */
export const ManifestPicture = z.object({
  id: z.enum(pictureIds),
  os: PictureVariant,
  lang: PictureLang,
  file: z.string().regex(/^[a-z0-9-]+\.png$/),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type ManifestPicture = z.infer<typeof ManifestPicture>;
/** assets/screens/manifest.json: every rendered picture. */
export const PictureManifest = z.object({ pictures: z.array(ManifestPicture) });
export type PictureManifest = z.infer<typeof PictureManifest>;

/** A picture ready for an <img>: its URL, size, and which drawing was chosen. */
export interface PictureSource {
  readonly src: string;
  readonly width: number;
  readonly height: number;
  readonly variant: PictureVariant;
  readonly lang: PictureLang;
}

/** Finds pictures in a manifest; `urls` maps a PNG file name to the URL the page can load. */
export type PictureFinder = (
  id: PictureId,
  os: PictureOs,
  lang: PictureLang,
) => PictureSource | null;

/** Builds a finder: the OS's own drawing first, then the shared one, then the English ones. */
export function createPictureFinder(
  manifest: unknown,
  urls: Readonly<Record<string, string>>,
): PictureFinder {
  const parsed = PictureManifest.safeParse(manifest);
  const byKey = new Map<string, PictureSource>();
  for (const p of parsed.success ? parsed.data.pictures : []) {
    const src = urls[p.file];
    if (src === undefined) continue;
    const source = { src, width: p.width, height: p.height, variant: p.os, lang: p.lang };
    byKey.set(`${p.id}|${p.os}|${p.lang}`, source);
  }
  return (id, os, lang) => {
    const tries: ReadonlyArray<readonly [PictureVariant, PictureLang]> = [
      [os, lang],
      ['all', lang],
      [os, 'en'],
      ['all', 'en'],
    ];
    for (const [variant, language] of tries) {
      const found = byKey.get(`${id}|${variant}|${language}`);
      if (found) return found;
    }
    return null;
  };
}

/** The PNGs under assets/screens, keyed by file name; Vite copies them into the built renderer. */
function bundledUrls(): Record<string, string> {
  const modules = import.meta.glob<string>('../../assets/screens/*.png', {
    eager: true,
    query: '?url',
    import: 'default',
  });
  const urls: Record<string, string> = {};
  for (const [path, url] of Object.entries(modules)) {
    const file = path.split('/').pop();
    if (file) urls[file] = url;
  }
  return urls;
}

/** The picture to show for this step, OS and language, or null when there is none. */
export const pictureFor: PictureFinder = createPictureFinder(manifestJson, bundledUrls());
