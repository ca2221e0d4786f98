import path from 'node:path';
import type { ZoomAppCheck } from '../../../shared/api';
import { compareVersions } from '../../../shared/version';

/** What the check may read on this computer; tests pass fakes. */
export interface ComputerPorts {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  readonly homeDir: string;
  fileExists(file: string): Promise<boolean>;
  readText(file: string): Promise<string | null>;
  /** Runs a program and gives its output, or null when it is missing, fails or takes too long. */
  run(command: string, args: ReadonlyArray<string>): Promise<string | null>;
}

export interface ZoomAppLocation {
  /** Where the app was found, or null when it was not. */
  readonly location: string | null;
  /** The version as the OS reports it (e.g. "6.2.5.1234"), or null when it cannot be read. */
  readonly version: string | null;
}

const versionPattern = /\d+(?:\.\d+){1,3}/;

function firstVersion(text: string | null): string | null {
  return text?.match(versionPattern)?.[0] ?? null;
}

async function windowsApp(ports: ComputerPorts): Promise<ZoomAppLocation> {
  const appData = ports.env.APPDATA ?? path.win32.join(ports.homeDir, 'AppData', 'Roaming');
  const programFiles = ports.env.ProgramFiles ?? 'C:\\Program Files';
  const programFilesX86 = ports.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)';
  const candidates = [appData, programFiles, programFilesX86].map((base) =>
    path.win32.join(base, 'Zoom', 'bin', 'Zoom.exe'),
  );
  for (const file of candidates) {
    if (await ports.fileExists(file)) {
      // The per-user installer records its version under the uninstall key "ZoomUMX".
      const reg = await ports.run('reg', [
        'query',
        'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\ZoomUMX',
        '/v',
        'DisplayVersion',
      ]);
      return { location: file, version: firstVersion(reg) };
    }
  }
  return { location: null, version: null };
}

async function macApp(ports: ComputerPorts): Promise<ZoomAppLocation> {
  const candidates = [
    '/Applications/zoom.us.app',
    path.posix.join(ports.homeDir, 'Applications', 'zoom.us.app'),
  ];
  for (const app of candidates) {
    const plist = path.posix.join(app, 'Contents', 'Info.plist');
    if (await ports.fileExists(plist)) {
      const text = await ports.readText(plist);
      const xml = text?.match(
        /<key>CFBundleShortVersionString<\/key>\s*<string>([^<]+)<\/string>/,
      )?.[1];
      const version =
        firstVersion(xml ?? null) ??
        firstVersion(
          await ports.run('plutil', [
            '-extract',
            'CFBundleShortVersionString',
            'raw',
            '-o',
            '-',
            plist,
          ]),
        );
      return { location: app, version };
    }
  }
  return { location: null, version: null };
}

async function linuxApp(ports: ComputerPorts): Promise<ZoomAppLocation> {
  if (await ports.fileExists('/opt/zoom/zoom')) {
    return {
      location: '/opt/zoom/zoom',
      version: firstVersion(await ports.readText('/opt/zoom/version.txt')),
    };
  }
  const flatpak = await ports.run('flatpak', ['info', 'us.zoom.Zoom']);
  if (flatpak !== null && /us\.zoom\.Zoom/.test(flatpak)) {
    return {
      location: 'flatpak:us.zoom.Zoom',
      version: firstVersion(flatpak.match(/Version:\s*(\S+)/)?.[1] ?? null),
    };
  }
  const snap = await ports.run('snap', ['list', 'zoom-client']);
  if (snap !== null && /zoom-client/.test(snap)) {
    return { location: 'snap:zoom-client', version: firstVersion(snap.split('\n')[1] ?? null) };
  }
  if (await ports.fileExists('/usr/bin/zoom')) return { location: '/usr/bin/zoom', version: null };
  return { location: null, version: null };
}

/** Looks for the Zoom desktop app in the usual places for this OS and reads its version. */
export function findZoomApp(ports: ComputerPorts): Promise<ZoomAppLocation> {
  switch (ports.platform) {
    case 'win32':
      return windowsApp(ports);
    case 'darwin':
      return macApp(ports);
    case 'linux':
      return linuxApp(ports);
    default:
      return Promise.resolve({ location: null, version: null });
  }
}

/** The "Install the Zoom app" step's check: is the app here, and is it new enough? */
export async function checkZoomApp(
  ports: ComputerPorts,
  minimumVersion: string,
  now: Date,
): Promise<ZoomAppCheck> {
  const { location, version } = await findZoomApp(ports);
  const status = !location
    ? 'missing'
    : version === null
      ? 'version-unknown'
      : compareVersions(version, minimumVersion) < 0
        ? 'too-old'
        : 'installed';
  return { status, version, location, minimumVersion, checkedAt: now.toISOString() };
}
