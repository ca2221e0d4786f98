/** The wizard's own words an invitee reads and presses on every path, in each language. */
export const wizardWords = {
  en: {
    locale: 'en-US',
    step: (n: number) => new RegExp(`^Step ${n} of 9`),
    invited: 'I was invited',
    pasteLink: 'Or paste the invitation link',
    openLink: 'Open the link',
    start: "Let's start",
    skip: 'Skip this step',
    signIn: 'Sign in with Zoom',
    next: 'Next',
    ready: /Your Zoom account is ready/,
  },
  es: {
    locale: 'es-ES',
    step: (n: number) => new RegExp(`^Paso ${n} de 9`),
    invited: 'Me invitaron',
    pasteLink: 'O pegue el enlace de invitación',
    openLink: 'Abrir el enlace',
    start: 'Empecemos',
    skip: 'Omitir este paso',
    signIn: 'Iniciar sesión con Zoom',
    next: 'Siguiente',
    ready: /Su cuenta de Zoom está lista/,
  },
} as const;
