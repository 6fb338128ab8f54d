import { defineConfig } from 'vitest/config';

// Browser tests: the real server on a fresh database, the built web app (web/dist), and Debian's
// Chromium driven by playwright-core. Run `npm run test:browser` (it builds the web app first).
export default defineConfig({
  test: {
    // In CI a JSON report as well, from which .ci/run prints one plain 'N passed, N failed' line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: `test-results/vitest-browser-${process.env.DATABASE_URL ? 'postgres' : 'pglite'}.json` }]]
      : ['default'],
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/per-file-setup.ts'],
    testTimeout: 120_000,
    // A page under load can take seconds to answer: polled expectations wait as long as a locator would.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
    // One worker process for every file (as in vitest.config.ts): modules and PGlite load once.
    poolOptions: { forks: { isolate: false } },
  },
});
