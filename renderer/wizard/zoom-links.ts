/**
 * Zoom's pages the wizard opens. The download page is one of Zoom's two ways to update the app
 * ("by checking for updates in the Zoom client or by visiting zoom.us/download", KB0061134);
 * the profile page holds the personal meeting ID and the host key (205172555).
 */
export const zoomDownloadUrl = 'https://zoom.us/download';
export const zoomProfileUrl = 'https://zoom.us/profile';
