import type { Lang } from '../types';

const en = {
  cancel: 'Cancel',
  downloads: 'Downloads',
  doubleClick: 'Double-click the file you downloaded',
  winPage: 'Zoom app for your computer',
  winDownload: 'Download',
  winDownloads: 'Downloads',
  winOpen: 'Open file',
  winNote1: 'Click Open file',
  winDialogTitle: 'Open File - Security Warning',
  winQuestion: 'Do you want to run this file?',
  winName: 'Name',
  winPublisher: 'Publisher',
  winRun: 'Run',
  winNote2: 'Click Run',
  winUac:
    'If Windows asks “Do you want to allow this app to make changes to your device?”, click Yes.',
  macPlaces: ['Applications', 'Desktop', 'Documents', 'Downloads'],
  macTitle: 'Install Zoom',
  macSteps: ['Introduction', 'Destination', 'Installation Type', 'Installation', 'Summary'],
  macWelcome: 'Welcome to the Zoom Installer',
  macGuide: 'You will be guided through the steps needed to install this software.',
  macBack: 'Go Back',
  macContinue: 'Continue',
  macNote2: 'Click Continue, then follow the steps',
  macPassword: 'Your Mac may ask for a password. It is the one you use to unlock this computer.',
  linuxPlaces: ['Recent', 'Home', 'Downloads'],
  linuxTitle: 'Software Install',
  linuxInstall: 'Install',
  linuxNote2: 'Click Install',
  linuxPassword: 'It may ask for a password. It is the one you use to sign in to this computer.',
};

/** Every label in the install pictures, in one language. */
export type InstallTexts = typeof en;

const es: InstallTexts = {
  cancel: 'Cancelar',
  downloads: 'Descargas',
  doubleClick: 'Haga doble clic en el archivo descargado',
  winPage: 'Aplicación Zoom para su ordenador',
  winDownload: 'Descargar',
  winDownloads: 'Descargas',
  winOpen: 'Abrir archivo',
  winNote1: 'Haga clic en Abrir archivo',
  winDialogTitle: 'Abrir archivo - Advertencia de seguridad',
  winQuestion: '¿Desea ejecutar este archivo?',
  winName: 'Nombre',
  winPublisher: 'Editor',
  winRun: 'Ejecutar',
  winNote2: 'Haga clic en Ejecutar',
  winUac:
    'Si Windows pregunta “¿Quieres permitir que esta aplicación haga cambios en el dispositivo?”, haga clic en Sí.',
  macPlaces: ['Aplicaciones', 'Escritorio', 'Documentos', 'Descargas'],
  macTitle: 'Instalar Zoom',
  macSteps: ['Introducción', 'Destino', 'Tipo de instalación', 'Instalación', 'Resumen'],
  macWelcome: 'Bienvenido al instalador de Zoom',
  macGuide: 'Se le guiará por los pasos necesarios para instalar este software.',
  macBack: 'Retroceder',
  macContinue: 'Continuar',
  macNote2: 'Haga clic en Continuar y siga los pasos',
  macPassword: 'Su Mac puede pedir una contraseña. Es la que usa para desbloquear este ordenador.',
  linuxPlaces: ['Recientes', 'Carpeta personal', 'Descargas'],
  linuxTitle: 'Instalar software',
  linuxInstall: 'Instalar',
  linuxNote2: 'Haga clic en Instalar',
  linuxPassword: 'Puede pedir una contraseña. Es la que usa para entrar en este ordenador.',
};

/** The install pictures' labels per language. */
export const installTexts: Readonly<Record<Lang, InstallTexts>> = { en, es };
