/** The OS settings screens ReadyRoom can open for the person. */
export type SystemSettingsPage = 'microphone' | 'camera';

/**
 * The link that opens a privacy settings screen, or null where the OS has none (Linux: the person
 * is shown where to look instead). These are fixed strings; nothing from the page is passed in.
 */
export function systemSettingsUrl(
  platform: NodeJS.Platform,
  page: SystemSettingsPage,
): string | null {
  if (platform === 'darwin') {
    return page === 'microphone'
      ? 'x-apple.systempreferences:com.apple.preference.security?Privacy_Microphone'
      : 'x-apple.systempreferences:com.apple.preference.security?Privacy_Camera';
  }
  if (platform === 'win32') {
    return page === 'microphone' ? 'ms-settings:privacy-microphone' : 'ms-settings:privacy-webcam';
  }
  return null;
}
