import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import pkg from './package.json' with { type: 'json' };

const external = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
  ...Object.keys(pkg.optionalDependencies),
];

/** Builds the Electron main process (ESM) with the services it composes. */
export default defineConfig({
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
