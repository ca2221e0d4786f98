import { Language } from '../../../shared/languages';
import { desktopTexts } from '../desktop-locales';

/** What the browser tab says after Zoom sends the person back to ReadyRoom. */
export interface CallbackPageStrings {
  readonly pageTitle: string;
  readonly signedInHeading: string;
  readonly signedInBody: string;
  readonly failedHeading: string;
  readonly deniedBody: string;
  readonly codeRejectedBody: string;
  readonly unreachableBody: string;
  readonly genericFailureBody: string;
  readonly wrongRequestHeading: string;
  readonly wrongRequestBody: string;
  readonly closeTab: string;
}

/** The callback page in every language ReadyRoom speaks (`desktop.json`, `browserPages.callback`). */
export const callbackPageStrings: Readonly<Record<Language, CallbackPageStrings>> =
  Object.fromEntries(
    Language.options.map((language) => [
      language,
      { pageTitle: 'ReadyRoom', ...desktopTexts[language].browserPages.callback },
    ]),
  ) as Record<Language, CallbackPageStrings>;
