// What `import … from 'electron'` gets in the smoke tier (see electron-loader.mjs): the stand-in
// that tests/smoke/fake-electron.ts built and put on globalThis before main.js was imported.
const exportsOf = globalThis[Symbol.for('readyroom.smoke.electron')];
if (typeof exportsOf !== 'function') {
  throw new Error('The smoke tier must install its electron stand-in before loading main.js');
}
const electron = exportsOf();

export const {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  Notification,
  protocol,
  safeStorage,
  session,
  shell,
  systemPreferences,
} = electron;
// `import electron from 'electron'` works too, as it does in Electron.
// eslint-disable-next-line no-restricted-syntax -- the real module has a default export too
export default electron;
