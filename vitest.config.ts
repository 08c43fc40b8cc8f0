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
    testTimeout: 20_000,
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
