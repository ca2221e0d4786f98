import { mockupTexts, type MockupTexts } from '../mockup-texts';

/** Every label in the install pictures, in one language. */
export type InstallTexts = MockupTexts['install-zoom'];

/** The install pictures' labels per language. */
export const installTexts = mockupTexts('install-zoom');
