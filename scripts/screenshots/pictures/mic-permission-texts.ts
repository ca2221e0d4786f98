import type { Lang } from '../types';

const en = {
  macAsk: '“ReadyRoom” would like to access the microphone.',
  macWhy: 'ReadyRoom tests your microphone so you know Zoom will hear you.',
  macDeny: 'Don’t Allow',
  macOk: 'OK',
  macNote1: 'Click OK',
  macDenied:
    'Clicked “Don’t Allow” by mistake? ReadyRoom will show you how to turn it on in System Settings.',
  winTitle: 'Settings',
  winNav: [
    'System',
    'Bluetooth & devices',
    'Network & internet',
    'Personalization',
    'Apps',
    'Accounts',
    'Time & language',
    'Accessibility',
    'Privacy & security',
    'Windows Update',
  ],
  winCrumb: 'Privacy & security',
  winPage: 'Microphone',
  winRows: [
    ['Microphone access', 'Anyone using this device can use the microphone'],
    ['Let apps access your microphone', 'Choose which apps can use your microphone'],
    ['Let desktop apps access your microphone', 'Desktop apps like ReadyRoom and Zoom need this'],
  ],
  winOn: 'On',
  winNote1: 'This must be On',
  winAllOn: 'All three switches should be On.',
  linuxTitle: 'ReadyRoom',
  linuxStep: 'Sound and camera',
  linuxAsk: 'ReadyRoom wants to use your microphone',
  linuxBlock: 'Block',
  linuxAllow: 'Allow',
  linuxNote1: 'Click Allow',
  linuxNone:
    'No question? Open Settings › Sound and check that the right microphone is chosen and not muted.',
};

/** Every label in the microphone permission pictures, in one language. */
export type MicTexts = typeof en;

const es: MicTexts = {
  macAsk: '«ReadyRoom» quiere acceder al micrófono.',
  macWhy: 'ReadyRoom prueba su micrófono para que sepa que Zoom le oirá.',
  macDeny: 'No permitir',
  macOk: 'Aceptar',
  macNote1: 'Haga clic en Aceptar',
  macDenied:
    '¿Pulsó «No permitir» sin querer? ReadyRoom le mostrará cómo activarlo en Ajustes del Sistema.',
  winTitle: 'Configuración',
  winNav: [
    'Sistema',
    'Bluetooth y dispositivos',
    'Red e Internet',
    'Personalización',
    'Aplicaciones',
    'Cuentas',
    'Hora e idioma',
    'Accesibilidad',
    'Privacidad y seguridad',
    'Windows Update',
  ],
  winCrumb: 'Privacidad y seguridad',
  winPage: 'Micrófono',
  winRows: [
    ['Acceso al micrófono', 'Cualquier persona que use este dispositivo puede usar el micrófono'],
    [
      'Permitir que las aplicaciones accedan al micrófono',
      'Elija qué aplicaciones pueden usar el micrófono',
    ],
    [
      'Permitir que las aplicaciones de escritorio accedan al micrófono',
      'ReadyRoom y Zoom lo necesitan',
    ],
  ],
  winOn: 'Activado',
  winNote1: 'Debe estar Activado',
  winAllOn: 'Los tres interruptores deben estar Activados.',
  linuxTitle: 'ReadyRoom',
  linuxStep: 'Sonido y cámara',
  linuxAsk: 'ReadyRoom quiere usar su micrófono',
  linuxBlock: 'Bloquear',
  linuxAllow: 'Permitir',
  linuxNote1: 'Haga clic en Permitir',
  linuxNone:
    '¿No sale la pregunta? Abra Configuración › Sonido y compruebe que el micrófono correcto está elegido y no silenciado.',
};

/** The microphone permission pictures' labels per language. */
export const micTexts: Readonly<Record<Lang, MicTexts>> = { en, es };
