import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { writeConnection } from '../../main/electron/connection';
import { DATABASE_FILE_NAME } from '../../main/data-dir';
import { createFirstAdmin, giveFirstAdminEveryRole, SECTIONS_EN, SECTIONS_FR, signIn, signOut, visitSections } from '../e2e/first-start-steps';
import { findElectron, REPO_ROOT } from './electron-binary';

/**
 * The built app (dist/, `npm run build`) in a real Electron, as a person meets it on a new PC: the connection
 * question, then — local database chosen — the administrator, the sign-in and every section, then a restart
 * that keeps the records and a second start that gives way to the first. Run with `npm run test:desktop` on a
 * machine that has Electron; global-setup.ts explains what to do where it has not.
 */

// The steps share one data directory, in order: a failure stops the rest.
test.describe.configure({ mode: 'serial' });

let dataDir = '';

test.beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'passerelle-desktop-'));
});

test.afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Chromium's sandbox stays on, as in the installed app. A Linux machine whose development Electron cannot
 * sandbox (chrome-sandbox not setuid, user namespaces restricted) may set PASSERELLE_DESKTOP_NO_SANDBOX=1.
 */
const sandbox = process.env.PASSERELLE_DESKTOP_NO_SANDBOX !== '1';

function appArguments(): string[] {
  // `.` as `npm start` runs it: package.json's main is dist/main/electron.cjs, its productName the app's name.
  return [REPO_ROOT, '--data-dir', dataDir, ...(sandbox ? [] : ['--no-sandbox'])];
}

interface RunningApp {
  app: ElectronApplication;
  window: Page;
  /** Console errors and uncaught exceptions of the window's page. */
  errors: string[];
}

async function launch(): Promise<RunningApp> {
  const binary = findElectron();
  if (!binary.found) throw new Error(binary.why);
  const app = await electron.launch({
    // Without executablePath Playwright uses node_modules/electron and injects its loader (global-setup.ts has
    // checked the binary is there, so that require cannot start a download).
    ...(binary.explicit ? { executablePath: binary.path } : {}),
    args: appArguments(),
    cwd: REPO_ROOT,
    chromiumSandbox: sandbox,
    locale: 'fr-BE',
    timeout: 60_000,
  });
  const window = await app.firstWindow();
  const errors: string[] = [];
  window.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  window.on('pageerror', (error) => errors.push(error.message));
  return { app, window, errors };
}

test('a new data directory first asks where the data is, and creates nothing before the answer', async () => {
  const { app, window } = await launch();
  await expect(window.getByRole('heading', { name: 'Où sont les données de Passerelle ?' })).toBeVisible();
  await expect(window.getByRole('button', { name: 'Utiliser la base locale' })).toBeVisible();
  await expect(window.getByRole('button', { name: 'Vérifier et utiliser ce serveur' })).toBeVisible();
  // --data-dir moved Electron's userData (Chromium's profile, the single-instance lock) with the database.
  expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(dataDir);
  expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(false);
  await app.close();
});

test('local database: create the administrator, sign in, open every section in French and English', async () => {
  // Clicking « Utiliser la base locale » saves this same file and relaunches the app (app.relaunch): the new
  // process would not be Playwright's. So the answer is written as the chooser writes it, with its own function.
  writeConnection(dataDir, { mode: 'local' });
  const { app, window, errors } = await launch();

  await createFirstAdmin(window);
  expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(true);

  // The page is a sandboxed web page: the contract's API through the preload, and no Node at all.
  const reach = await window.evaluate(() => {
    const page = globalThis as unknown as Record<string, unknown> & { location: Location };
    return { api: typeof page.passerelle, require: typeof page.require, process: typeof page.process, origin: page.location.origin };
  });
  expect(reach).toEqual({ api: 'object', require: 'undefined', process: 'undefined', origin: 'app://passerelle' });

  await signIn(window);
  await giveFirstAdminEveryRole(window);
  await visitSections(window, 'Navigation principale', SECTIONS_FR);
  await window.getByText('EN', { exact: true }).first().click();
  await visitSections(window, 'Main navigation', SECTIONS_EN);
  await window.getByText('FR', { exact: true }).first().click();
  await signOut(window);

  expect(errors, 'console errors in the window').toEqual([]);
  await app.close();
});

test('a restart keeps the records; a second start on the same data directory gives way to the first', async () => {
  const { app, window, errors } = await launch();
  // The administrator exists: the sign-in screen, not the welcome screen.
  await signIn(window);
  await expect(window.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();

  const binary = findElectron();
  if (!binary.found) throw new Error(binary.why);
  const second = spawn(binary.path, appArguments(), { cwd: REPO_ROOT, stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    second.once('error', reject);
    second.once('exit', (code) => resolve(code));
  });
  // It found the lock taken, asked the first to show its window, and quit without opening the database.
  expect(exitCode).toBe(0);
  expect(app.windows()).toHaveLength(1);
  await expect(window.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();

  expect(errors, 'console errors in the window').toEqual([]);
  await app.close();
});
