// `npm run bench:calendar`: only the calendar's rows of `npm run bench` (issue 19), measured by
// main/bench/rows/calendar.ts in Chromium. Without --data-dir, on a fresh demo of ten school years.
// Usage: npm run build && node scripts/bench-calendar.mjs [--data-dir DIR] [--runs N]   (nothing is asserted)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// fileURLToPath, not URL.pathname: the latter gives `/C:/…` on Windows and `%20` for a space in the folder name.
const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const work = mkdtempSync(join(tmpdir(), 'passerelle-bench-calendar-'));
try {
  let dataDir = option('data-dir');
  if (!dataDir) {
    dataDir = join(work, 'data');
    console.error('Données de démonstration (10 années scolaires)…');
    execFileSync(process.execPath, [join(root, 'dist/main/demo.cjs'), '--data-dir', dataDir, '--years', '10'], { stdio: 'ignore' });
  }
  // The row file is TypeScript: bundled as `npm run bench` bundles it, beside dist/main's bundles (so that
  // knex, sqlite3 and playwright-core load from node_modules).
  const bundle = join(root, 'dist/main/bench-calendar.cjs');
  await build({
    stdin: {
      contents: "export { benchCalendar } from './main/bench/rows/calendar'; export { summarise } from './main/bench/harness';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['knex', 'sqlite3', 'pg', 'playwright-core'],
    logLevel: 'warning',
  });
  const { benchCalendar, summarise } = createRequire(import.meta.url)(bundle);
  const rows = await benchCalendar({
    root,
    dataDir,
    backend: 'sqlite',
    runs: Number(option('runs') ?? 10),
    openCore: () => Promise.reject(new Error('the calendar rows need no core')),
    progress: (line) => console.error(line),
  });
  for (const row of rows) {
    const { median, p95, met } = summarise(row);
    const figures = median === null ? row.reason : `médiane ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (cible ≤ ${row.target.median} ms${met ? ', atteinte' : ', manquée'})`;
    console.log(`${row.id.padEnd(24)} ${figures}`);
    if (row.detail) console.log(`${''.padEnd(24)} ${row.detail}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
