import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import pkg from './package.json' with { type: 'json' };
import {
  builtInClientIdVariable,
  parseBuiltInZoomClientId,
} from './electron/services/zoom/built-in-client-id';

const external = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
  ...Object.keys(pkg.optionalDependencies),
];

/**
 * A copy built for an organisation carries its Zoom app's public client ID: set
 * READYROOM_ZOOM_CLIENT_ID when building (README "Building a copy for your organisation"). A
 * malformed value stops the build here rather than making a copy that cannot sign in.
 */
const builtInClientId = parseBuiltInZoomClientId(process.env[builtInClientIdVariable]) ?? '';

/** Builds the Electron main process (ESM) with the services it composes. */
export default defineConfig({
  define: {
    __READYROOM_ZOOM_CLIENT_ID__: JSON.stringify(builtInClientId),
  },
  build: {
    outDir: 'dist-electron/main',
    emptyOutDir: true,
    target: 'node22',
    ssr: true,
    sourcemap: false,
    rollupOptions: {
      input: 'electron/main/main.ts',
      external,
      output: { format: 'es', entryFileNames: 'main.js' },
    },
  },
});
