import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Pothos loads graphql as CommonJS; tests must use that same copy, not vite's ESM pick, or
// graphql refuses types "from another module or realm".
const graphqlForApi = createRequire(new URL('./packages/api/package.json', import.meta.url)).resolve('graphql');

// One run, every package. The API's database tests run on PGlite by default and on the
// PostgreSQL server of DATABASE_URL when it is set (`.ci/run` does both).
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: [{ find: /^graphql$/, replacement: graphqlForApi }] },
        test: {
          name: 'api',
          root: 'packages/api',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['src/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'dashboard',
          root: 'packages/dashboard',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          environment: 'node',
          // English is loaded lazily in the app; tests of pure functions read it synchronously.
          setupFiles: ['src/lib/i18n.setup.ts'],
        },
      },
      {
        // Browser tests: Chromium (playwright-core, Debian's /usr/bin/chromium) against the real
        // server on a fresh database, started once by the global setup. One file at a time: they
        // share that server, and the machine has two cores.
        test: {
          name: 'e2e',
          root: 'packages/dashboard',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          fileParallelism: false,
          // One retry: a browser test that loses a race with a re-render under load once should
          // not block a landing; `.ci/run` names every test that needed it (.ci/flaky-reporter.ts).
          retry: 1,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
    maxWorkers: 2,
  },
});
