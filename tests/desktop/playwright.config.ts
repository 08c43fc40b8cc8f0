import { defineConfig } from '@playwright/test';

/**
 * The desktop smoke test (`npm run test:desktop`): the built app in a real Electron, on a fresh data directory.
 * Not part of `npm test`: Electron cannot be downloaded on the development machines (the main
 * playwright.config.ts only looks in tests/e2e, and Vitest only picks up *.test.ts). global-setup.ts stops
 * with a clear message where Electron is missing.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  // One app at a time: the specs share a data directory and Electron's single-instance lock.
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  outputDir: '../../test-results/desktop',
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
