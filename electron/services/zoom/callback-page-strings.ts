import type { Language } from '../../../shared/settings';

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

/** The callback page in every language ReadyRoom speaks. */
export const callbackPageStrings: Readonly<Record<Language, CallbackPageStrings>> = {
  en: {
    pageTitle: 'ReadyRoom',
    signedInHeading: "You're signed in — you can go back to ReadyRoom",
    signedInBody: 'ReadyRoom is now connected to your Zoom account.',
    failedHeading: 'Sign-in did not work',
    deniedBody:
      'You chose not to let ReadyRoom use your Zoom account. Go back to ReadyRoom if you want to try again.',
    codeRejectedBody:
      'Zoom did not accept this sign-in. It may have taken too long. Go back to ReadyRoom and try again.',
    unreachableBody:
      'ReadyRoom could not reach Zoom. Check your internet connection, then go back to ReadyRoom and try again.',
    genericFailureBody: 'Something went wrong. Go back to ReadyRoom and try again.',
    wrongRequestHeading: 'This link is not for the sign-in in progress',
    wrongRequestBody:
      'This page came from an old or different sign-in. Go back to ReadyRoom and finish signing in there.',
    closeTab: 'You can close this tab.',
  },
  es: {
    pageTitle: 'ReadyRoom',
    signedInHeading: 'Ya inició sesión — puede volver a ReadyRoom',
    signedInBody: 'ReadyRoom ya está conectado a su cuenta de Zoom.',
    failedHeading: 'No se pudo iniciar sesión',
    deniedBody:
      'Usted decidió no dejar que ReadyRoom use su cuenta de Zoom. Vuelva a ReadyRoom si quiere intentarlo otra vez.',
    codeRejectedBody:
      'Zoom no aceptó este inicio de sesión. Tal vez tardó demasiado. Vuelva a ReadyRoom e inténtelo otra vez.',
    unreachableBody:
      'ReadyRoom no pudo comunicarse con Zoom. Revise su conexión a internet, vuelva a ReadyRoom e inténtelo otra vez.',
    genericFailureBody: 'Algo salió mal. Vuelva a ReadyRoom e inténtelo otra vez.',
    wrongRequestHeading: 'Este enlace no es del inicio de sesión en curso',
    wrongRequestBody:
      'Esta página viene de un inicio de sesión antiguo o distinto. Vuelva a ReadyRoom y termine de iniciar sesión allí.',
    closeTab: 'Puede cerrar esta pestaña.',
  },
};
