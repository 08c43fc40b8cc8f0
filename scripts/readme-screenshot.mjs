// Regenerates docs/screenshots/*.png from demo data in browser mode (needs `npm run build` and Chromium).
// Usage: node scripts/readme-screenshot.mjs
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// fileURLToPath, not URL.pathname: the latter gives `/C:/…` on Windows and `%20` for a space in the folder name.
const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-shots-'));
execFileSync(process.execPath, [join(root, 'dist/main/demo.cjs'), '--data-dir', dataDir], { stdio: 'ignore' });
// The demo's "today" is 28 November 2026: server and page start their clocks there, so the pictures stay the same.
const DEMO_TODAY = '2026-11-28T10:00:00+01:00';
const server = spawn(process.execPath, [join(root, 'dist/main/serve.cjs'), '--data-dir', dataDir, '--port', '0'], {
  env: { ...process.env, PASSERELLE_CLOCK_START: DEMO_TODAY },
});
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
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'fr-BE' });
  await page.clock.install({ time: new Date(DEMO_TODAY) });
  await page.goto(url);
  await page.getByLabel("Nom d'utilisateur").fill('coordination');
  await page.getByLabel('Mot de passe', { exact: true }).fill('passerelle-demo');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
  await navigation.waitFor();
  // Coordinators land on « Accueil »; the README shows the calendar.
  await navigation.getByRole('link', { name: 'Calendrier' }).click();
  await page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
  await page.locator('.fc-event').first().waitFor();
  mkdirSync(join(root, 'docs/screenshots'), { recursive: true });
  await page.screenshot({ path: join(root, 'docs/screenshots/shell-fr.png') });
  console.log('docs/screenshots/shell-fr.png written');
  // The week at the laptop size the City uses: the school day, 8 h to 17 h, without a second scroll bar.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByText('Semaine', { exact: true }).click();
  await page.locator('td.fc-timegrid-slot-label[data-time="17:00:00"]').waitFor();
  await page.locator('.fc-timegrid-event').first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(root, 'docs/screenshots/calendar-week-fr.png') });
  console.log('docs/screenshots/calendar-week-fr.png written');
  // A school's page: opened from the list of schools by its name.
  await navigation.getByRole('link', { name: 'Écoles' }).click();
  await page.getByRole('heading', { level: 1, name: 'Écoles' }).waitFor();
  await page.locator('a[href*="schools/"]').first().click();
  await page.getByRole('heading', { name: 'Classes' }).first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(root, 'docs/screenshots/school-page-fr.png'), fullPage: true });
  console.log('docs/screenshots/school-page-fr.png written');
  await page.setViewportSize({ width: 1366, height: 860 });
  await navigation.getByRole('link', { name: 'Expositions' }).click();
  await page.getByRole('heading', { level: 1, name: 'Expositions' }).waitFor();
  await page.getByRole('tab', { name: 'Disponibilités' }).click();
  await page.getByRole('heading', { name: "Disponibilités de l'année" }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(root, 'docs/screenshots/exhibitions-fr.png'), fullPage: true });
  console.log('docs/screenshots/exhibitions-fr.png written');
  await navigation.getByRole('link', { name: 'Questionnaires' }).click();
  await page.getByRole('tab', { name: 'Résultats' }).click();
  await page.getByRole('heading', { name: 'Changement avant / après' }).waitFor();
  await page.waitForTimeout(500);
  // The top of the results: scope, counts with the match rate, the sentences, chart and dimension table.
  await page.screenshot({ path: join(root, 'docs/screenshots/questionnaire-results-fr.png'), clip: { x: 262, y: 200, width: 1104, height: 1400 }, fullPage: true });
  console.log('docs/screenshots/questionnaire-results-fr.png written');
  // Rapports: the school programme's indicators for the current school year beside the one before (the period,
  // the key figures and the activities chart), at the laptop size the City uses (1366×768 and below).
  await page.setViewportSize({ width: 1366, height: 768 });
  await navigation.getByRole('link', { name: 'Rapports' }).click();
  await page.getByTestId('key-figures').waitFor();
  await page.locator('[data-testid="activities-chart"] .recharts-bar-rectangle').first().waitFor();
  // The bars grow in for a moment (recharts' animation): the picture is taken once they stand still.
  await page.waitForTimeout(1500);
  const dashboardTop = await page.getByTestId('indicators-dashboard').evaluate((element) => element.getBoundingClientRect().top + element.ownerDocument.defaultView.scrollY);
  await page.screenshot({ path: join(root, 'docs/screenshots/reports-dashboard.png'), clip: { x: 262, y: dashboardTop - 16, width: 1104, height: 900 }, fullPage: true });
  console.log('docs/screenshots/reports-dashboard.png written');

  // Housing staff (demo account `cpas`) land on Accueil: their deadlines, free places and units.
  const housing = page;
  await housing.getByRole('button', { name: /Menu du compte de/ }).click();
  await housing.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await housing.getByLabel("Nom d'utilisateur").fill('cpas');
  await housing.getByLabel('Mot de passe', { exact: true }).fill('passerelle-demo');
  await housing.getByRole('button', { name: 'Se connecter' }).click();
  await housing.getByText('places libres ce soir', { exact: true }).waitFor();
  // The "déconnecté·e" notice closes by itself; the picture is taken without it.
  await housing.getByText(/Vous êtes déconnecté/).waitFor({ state: 'hidden', timeout: 20_000 });
  await housing.waitForTimeout(500);
  await housing.screenshot({ path: join(root, 'docs/screenshots/housing-home-fr.png'), fullPage: true });
  console.log('docs/screenshots/housing-home-fr.png written');
} finally {
  await browser.close();
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
