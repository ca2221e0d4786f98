import { Language } from '../../shared/languages';
import type { PictureId } from '../../renderer/wizard/pictures';

/** The operating systems a picture can differ by. */
export type Os = 'windows' | 'mac' | 'linux';
/** The languages pictures are drawn in: every language ReadyRoom offers. */
export type Lang = Language;
/** A picture's file-name OS part: one of the OSes, or 'all' when the picture is the same everywhere. */
export type PictureOs = Os | 'all';

/** One mock-up: which OSes it is drawn for, and the HTML body for one (os, lang). */
export interface PictureSpec {
  readonly id: PictureId;
  /** 'all' draws one shared picture; a list draws one picture per OS in it. */
  readonly oses: 'all' | ReadonlyArray<Os>;
  /** Returns the HTML that goes inside <body>; `os` is 'all' for shared pictures. */
  readonly render: (os: PictureOs, lang: Lang) => string;
}

/** Every OS, in the order pictures are rendered. */
export const allOses: ReadonlyArray<Os> = ['windows', 'mac', 'linux'];
/** Every language, in the order pictures are rendered. */
export const allLangs: ReadonlyArray<Lang> = Language.options;
