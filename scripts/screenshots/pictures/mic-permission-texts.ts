import { mockupTexts, type MockupTexts } from '../mockup-texts';

/** Every label in the microphone permission pictures, in one language. */
export type MicTexts = MockupTexts['mic-permission'];

/** The microphone permission pictures' labels per language. */
export const micTexts = mockupTexts('mic-permission');
