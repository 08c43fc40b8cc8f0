import { performance } from 'node:perf_hooks';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knex from 'knex';
import type { Browser, Page } from 'playwright-core';
import type { BenchContext, BenchRow } from '../harness';
import { startServe } from './serve-process';

/**
 * The CPAS's address registrations in Chromium (issue 19): the « Domiciliations » list at full scale (≥ 20,000
 * registrations), as the `cpas` account sees it at 1366×768. Two rows: opening the list from the navigation
 * (click → first rows drawn), and a keystroke in its search (key down → the rows drawn are those that match and
 * the count says how many). The expected counts are computed here from the copy's codes, with the list's rule
 * (a person's or household's code contains what was typed, capitals and digits only), so a measure stops only
 * on the right answer, never on the previous rows.
 */

const PASSWORD = 'passerelle-demo';
const EXPECTED_REGISTRATIONS = 20_000;
const CHROMIUM_MISSING = 'installez Chromium (Debian : sudo apt-get install chromium) ou indiquez PASSERELLE_CHROMIUM';
const TARGETS = { keystroke: 100 } as const;
const WHAT = {
  openList: 'registrations list, click in the navigation → first rows drawn',
  keystroke: 'registrations list, keystroke → rows (20,000 rows)',
} as const;
/** A measure that never ends (a wrong count, a broken page) stops here instead of hanging the bench. */
const STEP_TIMEOUT_MS = 60_000;

type RowKey = keyof typeof WHAT;

function row(key: RowKey, samples: number[], extra: { detail?: string; reason?: string }): BenchRow {
  const target = key === 'keystroke' ? { median: TARGETS.keystroke } : {};
  return { id: `registrations.${key}`, what: WHAT[key], backend: 'sqlite', unit: 'ms', samples, target, ...extra };
}

/** What the list's search keeps of a text (main/services/housing/registrations-read.ts, renderer model). */
function searchKey(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9-]/g, '');
}

interface CodedRegistration {
  person_code: string | null;
  household_code: string | null;
}

/** Every registration's codes, and the household code typed in the measure: one from the middle of the list. */
async function readCodes(dataDir: string): Promise<CodedRegistration[]> {
  const db = knex({ client: 'sqlite3', connection: { filename: join(dataDir, 'passerelle.sqlite') }, useNullAsDefault: true });
  try {
    return (await db('housing_registrations as r')
      .leftJoin('housing_people as p', 'p.id', 'r.person_id')
      .leftJoin('housing_households as h', 'h.id', 'p.household_id')
      .orderBy('r.id')
      .select('p.code as person_code', 'h.code as household_code')) as CodedRegistration[];
  } finally {
    await db.destroy();
  }
}

function matchCount(codes: readonly CodedRegistration[], query: string): number {
  const key = searchKey(query);
  if (key === '') return codes.length;
  return codes.filter((entry) => (entry.person_code ?? '').includes(key) || (entry.household_code ?? '').includes(key)).length;
}

/**
 * The keys typed: the body of two household codes taken from the middle of the list (older than any first page),
 * each typed character by character then erased, so the measure goes from 20,000 rows to a handful and back.
 */
function keystrokePlan(codes: readonly CodedRegistration[]): { key: string; query: string; expected: number }[] {
  const households = codes.map((entry) => entry.household_code).filter((code): code is string => code !== null);
  const picks = [households[Math.floor(households.length / 2)], households[Math.floor(households.length / 3)]].filter((code): code is string => !!code);
  const plan: { key: string; query: string; expected: number }[] = [];
  let query = '';
  for (const code of picks) {
    const body = code.slice(code.indexOf('-') + 1);
    for (const character of body) {
      query += character;
      plan.push({ key: character, query, expected: matchCount(codes, query) });
    }
    for (let index = 0; index < body.length; index += 1) {
      query = query.slice(0, -1);
      plan.push({ key: 'Backspace', query, expected: matchCount(codes, query) });
    }
  }
  return plan;
}

/** Signed in as `cpas` in a fresh browser context (nothing cached), on the home page, everything loaded. */
async function signedIn(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'fr-BE' });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel("Nom d'utilisateur").fill('cpas');
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Domiciliations' }).waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

/** The list's panel: the table's rows with a person's code (skeleton rows have none). */
function listPanel(page: Page) {
  return page.getByRole('tabpanel', { name: 'Toutes les domiciliations' });
}

async function openList(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Domiciliations' }).click();
  await listPanel(page)
    .locator('tbody tr')
    .filter({ hasText: /P-[2-9A-Z]{4}/ })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT_MS });
}

const SEARCH_PLACEHOLDER = 'Code de la personne ou du ménage';

/**
 * Runs in the page, polled every 10 ms: true once the page shows the answer to the key — the box holds the new
 * text, the count says `expected`, the table is not marked busy, and every row drawn has a person's or
 * household's code containing `query`; the first time it is true, the moment is kept (`__shownAt`). Polled by
 * Playwright with a timeout (an earlier in-page promise waited on a frame callback that a headless page may
 * never run, and the bench hung).
 */
function showsAnswer({ query, expected, placeholder }: { query: string; expected: number; placeholder: string }): boolean {
  const marks = window as unknown as { __shownAt?: number | null };
  const input = document.querySelector<HTMLInputElement>(`input[placeholder="${placeholder}"]`);
  const panel = input?.closest<HTMLElement>('[role="tabpanel"]');
  if (!input || !panel) return false;
  if (input.value.toUpperCase().replace(/[^A-Z0-9-]/g, '') !== query) return false;
  const count = [...panel.querySelectorAll('[aria-live="polite"]')].map((node) => node.textContent ?? '').find((text) => /domiciliation/.test(text));
  if (count === undefined || Number(count.replace(/\D/g, '')) !== expected) return false;
  if (panel.querySelector('table[aria-busy="true"]')) return false;
  const rows = [...panel.querySelectorAll('tbody tr')];
  if (rows.length === 0) return false;
  const shown = rows.every((tableRow) => ((tableRow.querySelector('td')?.textContent ?? '').match(/[MP]-[2-9A-Z]{4}/g) ?? []).some((code) => code.includes(query)));
  // window.performance: in the bundle, a bare `performance` is node:perf_hooks' (undefined in the page).
  if (shown && marks.__shownAt == null) marks.__shownAt = window.performance.now();
  return shown;
}

/** From the key's keydown (its event time) to the first poll that sees the answer drawn. */
async function timeKeystroke(page: Page, step: { key: string; query: string; expected: number }): Promise<number> {
  await page.evaluate(() => {
    const marks = window as unknown as { __keyAt?: number | null; __shownAt?: number | null };
    marks.__keyAt = null;
    marks.__shownAt = null;
    document.addEventListener('keydown', (event) => (marks.__keyAt = event.timeStamp), { once: true, capture: true });
  });
  await page.keyboard.press(step.key);
  await page.waitForFunction(showsAnswer, { query: searchKey(step.query), expected: step.expected, placeholder: SEARCH_PLACEHOLDER }, { polling: 10, timeout: STEP_TIMEOUT_MS });
  return page.evaluate(() => {
    const marks = window as unknown as { __keyAt: number; __shownAt: number };
    return marks.__shownAt - marks.__keyAt;
  });
}

async function measure(context: BenchContext, dataDir: string, executablePath: string): Promise<BenchRow[]> {
  const codes = await readCodes(dataDir);
  const plan = keystrokePlan(codes);
  const volume =
    codes.length >= EXPECTED_REGISTRATIONS
      ? `${codes.length} domiciliations`
      : `${codes.length} domiciliations seulement (${EXPECTED_REGISTRATIONS} attendues à pleine échelle : le dossier de données donné n’est pas à pleine échelle)`;
  const { chromium } = await import('playwright-core');
  const server = await startServe(context.root, dataDir);
  const url = `http://127.0.0.1:${server.port}/#token=${server.token}`;
  const browser = await chromium.launch({
    executablePath,
    // Playwright adds the sandbox switch itself where needed (chromiumSandbox: false by default).
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  try {
    context.progress('registrations: ouverture de la liste');
    // A fresh browser context each time: the list is read from the server, not from the previous run's cache.
    const opens: number[] = [];
    let drawn = 0;
    for (let run = -1; run < Math.max(5, context.runs); run += 1) {
      const page = await signedIn(browser, url);
      const start = performance.now();
      await openList(page);
      if (run >= 0) opens.push(performance.now() - start);
      drawn = await listPanel(page).locator('tbody tr').count();
      await page.context().close();
    }

    context.progress('registrations: frappes dans la recherche');
    const page = await signedIn(browser, url);
    await openList(page);
    const search = listPanel(page).getByPlaceholder(SEARCH_PLACEHOLDER);
    await search.click();
    const keystrokes: number[] = [];
    // The first code's first key is a warm-up (not counted); every other key is measured.
    for (const [index, step] of plan.entries()) {
      const elapsed = await timeKeystroke(page, step);
      if (index > 0) keystrokes.push(elapsed);
    }
    await page.context().close();
    const matched = plan.map((step) => step.expected);
    return [
      row('openList', opens, { detail: `${volume} ; ${drawn} lignes dessinées à l'ouverture` }),
      row('keystroke', keystrokes, {
        detail: `${volume} dans la liste ; ${keystrokes.length} frappes (« ${plan.map((step) => (step.key === 'Backspace' ? '⌫' : step.key)).join('')} »), lignes correspondantes de ${Math.min(...matched)} à ${Math.max(...matched)}`,
      }),
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function benchRegistrations(context: BenchContext): Promise<BenchRow[]> {
  // Browser rows measure the browser mode, served from SQLite; the PostgreSQL side has no browser row.
  if (context.backend !== 'sqlite') return [];
  const executablePath = process.env.PASSERELLE_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return (Object.keys(WHAT) as RowKey[]).map((key) => row(key, [], { reason: CHROMIUM_MISSING }));
  // Signing in writes (sessions, the access log): on a copy, never on the shared data directory.
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-registrations-'));
  try {
    cpSync(context.dataDir, dataDir, { recursive: true });
    return await measure(context, dataDir, executablePath);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
