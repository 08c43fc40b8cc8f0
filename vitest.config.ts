import { defineConfig } from 'vitest/config';

// Unit, API and Electron (mocked) tests. The Playwright specs in tests/e2e are run by `playwright test`.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
