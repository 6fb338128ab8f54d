import { defineConfig } from 'vitest/config';

// Unit, rule and database tests. Database tests run on PGlite unless DATABASE_URL names a server.
export default defineConfig({
  test: {
    // In CI a JSON report as well, from which .ci/run prints one plain 'N passed, N failed' line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: `test-results/vitest-unit-${process.env.DATABASE_URL ? 'postgres' : 'pglite'}.json` }]]
      : ['default'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // `*.postgres.test.ts` tests what only a PostgreSQL server does (its backends terminated, its port
    // closed); they run in the PostgreSQL pass.
    exclude: ['test/browser/**', 'node_modules/**', ...(process.env.DATABASE_URL ? [] : ['test/**/*.postgres.test.ts'])],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/per-file-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One process per worker for many files (isolate: false): the modules, PGlite's WebAssembly and
    // the server are loaded once per worker, not once per file. Every file still opens a database of
    // its own and closes it; the builders' counters restart per file (test/support/per-file-setup.ts). The whole
    // unit suite took half the time this way (23.5 → 11 min on a loaded 2-core machine).
    poolOptions: { forks: { maxForks: 2, minForks: 1, isolate: false } },
  },
});
