// Browser benchmark of the calendar (issue 3's target: a month with 300 events stays responsive).
// Builds a data directory from the demo (two school years), adds 300 events in January 2027, serves it,
// and times in Chromium: the month view's first render, then month-to-month navigation and the week view.
// Usage: npm run build && node scripts/bench-calendar.mjs   (prints medians; nothing is asserted)
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const knex = require('knex');
// fileURLToPath, not URL.pathname: the latter gives `/C:/…` on Windows and `%20` for a space in the folder name.
const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-calendar-'));

execFileSync(process.execPath, [join(root, 'dist/main/demo.cjs'), '--data-dir', dataDir], { stdio: 'ignore' });
const db = knex({ client: 'sqlite3', connection: { filename: join(dataDir, 'passerelle.sqlite') }, useNullAsDefault: true });
const school = await db('schools').first('id');
const rows = Array.from({ length: 300 }, (_, index) => {
  const day = String(4 + (index % 26)).padStart(2, '0');
  const hour = 8 + (index % 9);
  return {
    type: ['workshop', 'film_screening', 'theatre', 'guided_visit'][index % 4],
    title: `Atelier de mesure ${index + 1}`,
    school_id: school.id,
    location: '',
    location_key: '',
    starts_at: `2027-01-${day}T${String(hour).padStart(2, '0')}:00`,
    ends_at: `2027-01-${day}T${String(hour + 1).padStart(2, '0')}:00`,
    school_year: '2026–2027',
    status: 'planned',
    created_at: '2026-11-28T09:00:00Z',
    updated_at: '2026-11-28T09:00:00Z',
  };
});
await db.batchInsert('events', rows, 100);
await db.destroy();

const server = spawn(process.execPath, [join(root, 'dist/main/serve.cjs'), '--data-dir', dataDir, '--port', '0']);
const url = await new Promise((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const found = output.match(/http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/);
    if (found) resolve(found[0]);
  });
  server.once('exit', () => reject(new Error(output)));
});

const browser = await chromium.launch({
  executablePath: process.env.PASSERELLE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'fr-BE' });
  await page.clock.install({ time: new Date('2027-01-15T09:00:00+01:00') });
  await page.goto(url);
  await page.getByLabel("Nom d'utilisateur").fill('coordination');
  await page.getByLabel('Mot de passe', { exact: true }).fill('passerelle-demo');
  const start = performance.now();
  await page.getByRole('button', { name: 'Se connecter' }).click();
  // Coordinators land on « Accueil »: the measure includes opening the calendar from the navigation.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
  await page.getByRole('heading', { level: 2, name: /janvier 2027/i }).waitFor();
  await page.locator('.fc-daygrid-event').first().waitFor();
  const first = performance.now() - start;
  const events = await page.locator('.fc-daygrid-event, .fc-daygrid-more-link').count();

  const navigation = [];
  for (let round = 0; round < 5; round += 1) {
    let t0 = performance.now();
    await page.getByRole('button', { name: 'Période suivante' }).click();
    await page.getByRole('heading', { level: 2, name: /février 2027/i }).waitFor();
    await page.locator('.fc-daygrid-event').first().waitFor();
    navigation.push(performance.now() - t0);
    t0 = performance.now();
    await page.getByRole('button', { name: 'Période précédente' }).click();
    await page.getByRole('heading', { level: 2, name: /janvier 2027/i }).waitFor();
    await page.locator('.fc-daygrid-event').first().waitFor();
    navigation.push(performance.now() - t0);
  }
  const t0 = performance.now();
  await page.getByText('Semaine', { exact: true }).click();
  await page.getByRole('button', { name: "Aujourd'hui" }).click();
  await page.getByRole('heading', { level: 2, name: /11 – 17 janv/i }).waitFor();
  await page.locator('.fc-timegrid-event').first().waitFor({ state: 'attached' });
  const week = performance.now() - t0;

  console.log(`calendar month view, January 2027 (300 added events + demo; ${events} events or "+n" links drawn)`);
  console.log(`  login → month drawn       ${first.toFixed(0).padStart(6)} ms`);
  console.log(`  next/previous month       ${median(navigation).toFixed(0).padStart(6)} ms median of ${navigation.length}`);
  console.log(`  month → this week         ${week.toFixed(0).padStart(6)} ms`);
} finally {
  await browser.close();
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
