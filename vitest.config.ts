import { defineConfig } from 'vitest/config';

// Unit, API and Electron (mocked) tests on SQLite; the PostgreSQL tests against a real server (a throwaway
// cluster started by tests/postgres/global-setup.ts, or PASSERELLE_TEST_PG). The Playwright specs in tests/e2e
// are run by `playwright test`.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['tests/unit/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/electron/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'postgres', include: ['tests/postgres/**/*.test.ts'], globalSetup: ['tests/postgres/global-setup.ts'] },
      },
    ],
  },
});
