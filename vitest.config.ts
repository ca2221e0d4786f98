import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Four tiers, no Electron binary needed: Node code, React components in jsdom, the built Electron
 * glue under a stand-in `electron` (smoke), and Chromium end to end.
 */
export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        test: {
          name: 'node',
          globals: true,
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts'],
          // Some tests talk to a real sandbox and wait out Zoom-style retries: a limit, not a goal.
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          globals: true,
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          // The Electron glue as built (dist-electron), under Node, with a stand-in `electron`.
          name: 'smoke',
          globals: true,
          environment: 'node',
          include: ['tests/smoke/**/*.smoke.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // Loaded by Node itself, as Electron would, so its `electron` import meets the stand-in.
          server: { deps: { external: [/dist-electron/] } },
        },
      },
      {
        test: {
          name: 'e2e',
          globals: true,
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
