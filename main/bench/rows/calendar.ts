import { performance } from 'node:perf_hooks';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knex from 'knex';
import type { Browser, Page } from 'playwright-core';
import { parseSchoolYearLabel } from '../../../shared/domain/school-year';
import { timeRuns, type BenchContext, type BenchRow } from '../harness';
import { startServe } from './serve-process';

/**
 * The calendar in Chromium (issue 19; issue 3 set the 300-event month): a copy of the data with 300 more
 * activities in January of the latest school year, served in browser mode, and three things a coordinator
 * feels — signing in and opening the calendar from « Accueil », the next or previous month, the week of the day.
 * The page's clock is the 15th of that January, so that the calendar opens on the busy month.
 */

const ADDED_EVENTS = 300;
const PASSWORD = 'passerelle-demo';
const CHROMIUM_MISSING = 'installez Chromium (Debian : sudo apt-get install chromium) ou indiquez PASSERELLE_CHROMIUM';
const TARGETS = { signInToMonth: 800, nextMonth: 200, monthToWeek: 300 } as const;
const WHAT = {
  signInToMonth: 'calendar, sign-in → month drawn (through Accueil)',
  nextMonth: 'calendar, next/previous month drawn',
  monthToWeek: 'calendar, month → week drawn',
} as const;

type RowKey = keyof typeof TARGETS;

function row(key: RowKey, samples: number[], extra: { detail?: string; reason?: string }): BenchRow {
  return { id: `calendar.${key}`, what: WHAT[key], backend: 'sqlite', unit: 'ms', samples, target: { median: TARGETS[key] }, ...extra };
}

/** January of the latest school year in the data: the demo's current year, whatever year it was made for. */
async function addBusyMonth(dataDir: string): Promise<{ year: number }> {
  const db = knex({ client: 'sqlite3', connection: { filename: join(dataDir, 'passerelle.sqlite') }, useNullAsDefault: true });
  try {
    const latest = await db('events').max({ label: 'school_year' }).first();
    const startYear = parseSchoolYearLabel(String(latest?.label ?? '')) ?? new Date().getFullYear();
    const year = startYear + 1;
    const school = await db('schools').orderBy('id').first('id');
    const pad = (value: number): string => String(value).padStart(2, '0');
    // 26 days from the 4th, 9 hours a day: as scripts/bench-calendar.mjs did (issue 3's measure).
    const rows = Array.from({ length: ADDED_EVENTS }, (_, index) => {
      const day = pad(4 + (index % 26));
      const hour = 8 + (index % 9);
      return {
        type: ['workshop', 'film_screening', 'theatre', 'guided_visit'][index % 4],
        title: `Atelier de mesure ${index + 1}`,
        school_id: school.id,
        location: '',
        location_key: '',
        starts_at: `${year}-01-${day}T${pad(hour)}:00`,
        ends_at: `${year}-01-${day}T${pad(hour + 1)}:00`,
        school_year: latest?.label,
        status: 'planned',
        created_at: `${startYear}-11-28T09:00:00Z`,
        updated_at: `${startYear}-11-28T09:00:00Z`,
      };
    });
    await db.batchInsert('events', rows, 100);
    return { year };
  } finally {
    await db.destroy();
  }
}

function monthTitle(year: number, monthIndex: number): RegExp {
  const name = new Date(Date.UTC(year, monthIndex, 15)).toLocaleDateString('fr-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return new RegExp(`^${name}$`, 'i');
}

/** Signs in from the login screen; the clock runs from the 15th of the busy month. */
async function openSignedOut(browser: Browser, url: string, year: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'fr-BE' });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(`${year}-01-15T09:00:00+01:00`) });
  await page.goto(url);
  await page.getByLabel("Nom d'utilisateur").fill('coordination');
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  return page;
}

/** From « Se connecter » to the busy month drawn with its events, through the home page and the navigation. */
async function signInToMonth(page: Page, year: number): Promise<void> {
  await page.getByRole('button', { name: 'Se connecter' }).click();
  // Coordinators land on « Accueil »: opening the calendar from the navigation is part of the measure.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
  await monthDrawn(page, year, 0);
}

async function monthDrawn(page: Page, year: number, monthIndex: number): Promise<void> {
  await page.getByRole('heading', { level: 2, name: monthTitle(year, monthIndex) }).waitFor();
  await page.locator('.fc-dayGridMonth-view .fc-daygrid-event').first().waitFor();
}

async function measure(context: BenchContext, root: string, dataDir: string, year: number, executablePath: string): Promise<BenchRow[]> {
  const { chromium } = await import('playwright-core');
  const server = await startServe(root, dataDir);
  const url = `http://127.0.0.1:${server.port}/#token=${server.token}`;
  const browser = await chromium.launch({
    executablePath,
    // Playwright adds the sandbox switch itself where needed (chromiumSandbox: false by default).
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  try {
    context.progress('calendar: connexion → mois');
    // A fresh browser context each time: nothing cached from the previous sign-in (scripts, answers, storage).
    const signIn: number[] = [];
    for (let run = -1; run < Math.max(5, context.runs); run += 1) {
      const page = await openSignedOut(browser, url, year);
      const start = performance.now();
      await signInToMonth(page, year);
      if (run >= 0) signIn.push(performance.now() - start);
      await page.context().close();
    }

    const page = await openSignedOut(browser, url, year);
    await signInToMonth(page, year);
    const drawn = await page.locator('.fc-daygrid-event, .fc-daygrid-more-link').count();

    context.progress('calendar: mois suivant / précédent');
    let forward = true;
    const months = await timeRuns(Math.max(10, context.runs), async () => {
      await page.getByRole('button', { name: forward ? 'Période suivante' : 'Période précédente' }).click();
      await monthDrawn(page, year, forward ? 1 : 0);
      forward = !forward;
    });
    // Back on the busy month whatever the number of runs.
    if (!forward) {
      await page.getByRole('button', { name: 'Période précédente' }).click();
      await monthDrawn(page, year, 0);
    }

    context.progress('calendar: mois → semaine');
    let weekDrawn = 0;
    const weeks: number[] = [];
    // One unmeasured warm-up, then each run from the busy month; the way back to the month is not measured.
    for (let run = -1; run < Math.max(5, context.runs); run += 1) {
      const start = performance.now();
      // As scripts/bench-calendar.mjs measured it (issue 3): the week view, then « Aujourd'hui » for this week.
      await page.getByText('Semaine', { exact: true }).click();
      await page.getByRole('button', { name: "Aujourd'hui" }).click();
      await page.locator(`.fc-timeGridWeek-view .fc-timegrid-col[data-date="${year}-01-15"]`).waitFor({ state: 'attached' });
      await page.locator('.fc-timeGridWeek-view .fc-timegrid-event').first().waitFor({ state: 'attached' });
      if (run >= 0) weeks.push(performance.now() - start);
      weekDrawn = await page.locator('.fc-timegrid-event').count();
      await page.getByText('Mois', { exact: true }).click();
      await monthDrawn(page, year, 0);
    }
    const busy = `${ADDED_EVENTS} activités ajoutées en janvier ${year}, sur une copie des données mesurées`;
    return [
      row('signInToMonth', signIn, { detail: `${busy} ; ${drawn} activités ou liens « +n » dessinés` }),
      row('nextMonth', months, { detail: `${busy} ; février ${year} ↔ janvier ${year}` }),
      row('monthToWeek', weeks, { detail: `${busy} ; ${weekDrawn} activités dessinées dans la semaine du 15 janvier` }),
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function benchCalendar(context: BenchContext): Promise<BenchRow[]> {
  // Browser rows measure the browser mode, served from SQLite; the PostgreSQL side has no browser row.
  if (context.backend !== 'sqlite') return [];
  const executablePath = process.env.PASSERELLE_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return (Object.keys(TARGETS) as RowKey[]).map((key) => row(key, [], { reason: CHROMIUM_MISSING }));
  // The measure writes (events, sessions): on a copy, never on the shared data directory.
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-calendar-'));
  try {
    cpSync(context.dataDir, dataDir, { recursive: true });
    const { year } = await addBusyMonth(dataDir);
    return await measure(context, context.root, dataDir, year, executablePath);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
