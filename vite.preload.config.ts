import { defineConfig } from 'vite';

/** Builds the preload as one CommonJS file: sandboxed preloads cannot load ES modules or other files. */
export default defineConfig({
  build: {
    outDir: 'dist-electron/preload',
    emptyOutDir: true,
    target: 'node22',
    ssr: true,
    sourcemap: false,
    rollupOptions: {
      input: 'electron/preload/preload.ts',
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'preload.cjs' },
    },
  },
  ssr: { noExternal: true },
});
