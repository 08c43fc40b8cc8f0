import { defineConfig } from 'vitest/config';

// Unit, API and Electron (mocked) tests on SQLite; the PostgreSQL tests against a real server (a throwaway
// cluster started by tests/postgres/global-setup.ts, or PASSERELLE_TEST_PG). The Playwright specs in tests/e2e
// are run by `playwright test`.
/**
 * API tests of what only the desktop's own file has (a data directory's lock, file backups and restore, the
 * read-only view of a damaged file, browser mode's launch-token transport): a team server has none of these, its
 * database is PostgreSQL's to keep (docs/deployment.md).
 */
const SQLITE_ONLY = [
  'tests/api/automatic-backups.test.ts',
  'tests/api/backups.test.ts',
  'tests/api/http-bridge.test.ts',
  'tests/api/http-content-type.test.ts',
  'tests/api/privacy-erasure-ledger.test.ts',
  'tests/api/read-only-view.test.ts',
  'tests/api/restore-with-kit.test.ts',
  'tests/api/safe-start.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    // A guard against a test that hangs, not a speed target (those are `npm run bench`'s): wide enough for the
    // PDF and scrypt tests when two files share the two cores.
    testTimeout: 45_000,
    // Two files at a time: vitest's default on a 2-core machine is one (cores − 1), and most files wait on child
    // processes, fsync and PostgreSQL rather than on the CPU. Each test has its own data directory or its
    // own PostgreSQL database, a copy of the migrated template under a random name (tests/postgres/databases.ts).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // tests/packaging (build from a strange path, offline electron-builder run) does not touch a database: it
        // runs here once, like tests/unit and tests/electron, and not again in the PostgreSQL project.
        test: {
          name: 'sqlite',
          include: ['tests/unit/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/packaging/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['tests/postgres/**/*.test.ts', 'tests/api/**/*.test.ts'],
          exclude: SQLITE_ONLY,
          env: { PASSERELLE_TEST_DB: 'postgres' },
          globalSetup: ['tests/postgres/global-setup.ts'],
        },
      },
    ],
  },
});
