import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * Builds the React renderer, served by Electron (app://readyroom) and by the browser host alike.
 * READYROOM_RENDERER_OUT (an absolute folder) builds elsewhere, so two people working in one checkout
 * can each run the end-to-end tests against their own build; the e2e harness reads the same variable.
 */
const outDir =
  process.env.READYROOM_RENDERER_OUT ?? fileURLToPath(new URL('./dist/renderer', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Each language but English (which the start-up script holds) is one chunk, loaded
              // only when that language is asked for (renderer/i18n/resources.ts).
              name: (id) => {
                const match = /[\\/]renderer[\\/]locales[\\/]([^\\/]+)[\\/][^\\/]+\.json$/.exec(id);
                return match?.[1] && match[1] !== 'en' ? `locale-${match[1]}` : null;
              },
            },
          ],
        },
      },
    },
  },
});
