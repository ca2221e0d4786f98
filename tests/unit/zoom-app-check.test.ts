import { findZoomApp, type ComputerPorts } from '../../electron/services/checks/zoom-app';
import { systemSettingsUrl } from '../../electron/services/checks/system-settings';

function computer(
  platform: NodeJS.Platform,
  files: Record<string, string>,
  programs: Record<string, string> = {},
): ComputerPorts {
  return {
    platform,
    env: platform === 'win32' ? { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' } : {},
    homeDir: platform === 'win32' ? 'C:\\Users\\ana' : '/home/ana',
    fileExists: async (file) => file in files,
    readText: async (file) => files[file] ?? null,
    run: async (command, args) => programs[[command, ...args].join(' ')] ?? null,
  };
}

describe('finding the Zoom app on this computer', () => {
  it('finds the per-user Windows install and its version in the registry', async () => {
    const found = await findZoomApp(
      computer(
        'win32',
        { 'C:\\Users\\ana\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe': '' },
        {
          'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\ZoomUMX /v DisplayVersion':
            '\r\n    DisplayVersion    REG_SZ    6.2.5 (43200)\r\n',
        },
      ),
    );
    expect(found).toEqual({
      location: 'C:\\Users\\ana\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe',
      version: '6.2.5',
    });
  });

  it('finds a machine-wide Windows install even when the version cannot be read', async () => {
    const found = await findZoomApp(
      computer('win32', { 'C:\\Program Files\\Zoom\\bin\\Zoom.exe': '' }),
    );
    expect(found).toEqual({ location: 'C:\\Program Files\\Zoom\\bin\\Zoom.exe', version: null });
  });

  it('reads the version from the Mac app bundle', async () => {
    const plist =
      '<plist><dict><key>CFBundleName</key><string>zoom.us</string>' +
      '<key>CFBundleShortVersionString</key>\n\t<string>6.1.0 (37079)</string></dict></plist>';
    const found = await findZoomApp(
      computer('darwin', { '/Applications/zoom.us.app/Contents/Info.plist': plist }),
    );
    expect(found).toEqual({ location: '/Applications/zoom.us.app', version: '6.1.0' });
  });

  it('finds a Mac app in the home Applications folder, through plutil for a binary plist', async () => {
    const plist = '/home/ana/Applications/zoom.us.app/Contents/Info.plist';
    const found = await findZoomApp(
      computer(
        'darwin',
        { [plist]: 'bplist00...' },
        { [`plutil -extract CFBundleShortVersionString raw -o - ${plist}`]: '5.17.11\n' },
      ),
    );
    expect(found).toEqual({ location: '/home/ana/Applications/zoom.us.app', version: '5.17.11' });
  });

  it('finds the Linux package in /opt/zoom with its version file', async () => {
    const found = await findZoomApp(
      computer('linux', { '/opt/zoom/zoom': '', '/opt/zoom/version.txt': '6.2.3.2056\n' }),
    );
    expect(found).toEqual({ location: '/opt/zoom/zoom', version: '6.2.3.2056' });
  });

  it('finds the Flatpak', async () => {
    const found = await findZoomApp(
      computer(
        'linux',
        {},
        { 'flatpak info us.zoom.Zoom': 'Zoom\n\n  ID: us.zoom.Zoom\n  Version: 6.0.2.4680\n' },
      ),
    );
    expect(found).toEqual({ location: 'flatpak:us.zoom.Zoom', version: '6.0.2.4680' });
  });

  it.each(['linux', 'darwin', 'win32'] as const)(
    'says so when Zoom is not on %s',
    async (platform) => {
      expect(await findZoomApp(computer(platform, {}))).toEqual({ location: null, version: null });
    },
  );
});

describe('opening the privacy settings', () => {
  it('has the exact screen for the microphone and camera on Mac and Windows', () => {
    expect(systemSettingsUrl('darwin', 'microphone')).toBe(
      'x-apple.systempreferences:com.apple.preference.security?Privacy_Microphone',
    );
    expect(systemSettingsUrl('win32', 'camera')).toBe('ms-settings:privacy-webcam');
  });

  it('has none on Linux, where the person is shown where to look', () => {
    expect(systemSettingsUrl('linux', 'microphone')).toBeNull();
  });
});
