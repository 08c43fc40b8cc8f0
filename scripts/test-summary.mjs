// Prints one closing line for the whole `npm test` run ("tests: N passed, N failed") from the JSON reports
// of Vitest and Playwright, so CI logs end with a count that covers both runners.
import { readFileSync } from 'node:fs';

function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`test-summary: missing report ${file}`);
    process.exit(1);
  }
}

const vitest = read('test-reports/vitest.json');
const playwright = read('test-reports/playwright.json');
const passed = vitest.numPassedTests + playwright.stats.expected;
const failed = vitest.numFailedTests + playwright.stats.unexpected + (playwright.stats.flaky ?? 0);
const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.stats.skipped;
console.log(`unit/api/electron: ${vitest.numPassedTests} passed · end-to-end: ${playwright.stats.expected} passed`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || skipped > 0 || passed === 0 ? 1 : 0);
