import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, apiSession } from './fixtures';
import { startServer, type RunningServer } from './server';
import { followSystemColorScheme } from './axe';
import { checkAccessible } from './a11y-walk';

/**
 * Issue 21, point 1: no WCAG 2.1 AA violation (axe: wcag2a, wcag2aa, wcag21a, wcag21aa) on any page state of any
 * role, in the light and the dark theme, at 1366×768. One demo installation (every kind of record, the demo's
 * clock on Saturday 28 November 2026) is made for the file and served to every test; each role walks its pages,
 * their tabs, drawers, modals and forms showing their errors, in one test (log in once, walk many states). A
 * violation is a soft failure, so a run lists every state's violations in both themes.
 *
 * States whose markup belongs to other lanes of issue 21 are walked too (the walk is the acceptance test):
 * calendar (lane C), questionnaire grid and results (lane D), loans.
 */
const NOW = new Date('2026-11-28T10:00:00+01:00');
const DEMO_PASSWORD = 'passerelle-demo';

// An action that cannot happen fails in seconds rather than at the test's timeout.
test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 15_000 });

let demoDir = '';
let server: RunningServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  demoDir = mkdtempSync(join(tmpdir(), 'passerelle-e2e-a11y-'));
  execFileSync(process.execPath, ['dist/main/demo.cjs', '--data-dir', demoDir], {
    env: { ...process.env, PASSERELLE_CLOCK_START: NOW.toISOString() },
    stdio: 'ignore',
  });
  server = await startServer({ dataDir: demoDir, clockStart: NOW });
});

test.afterAll(async () => {
  await server?.stop();
  if (demoDir) rmSync(demoDir, { recursive: true, force: true });
});

async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await followSystemColorScheme(page);
  await page.clock.install({ time: NOW });
  await page.goto(server.url);
  await page.getByLabel("Nom d'utilisateur").fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

/** Opens a section from the main navigation and waits for its title. */
async function openSection(page: Page, link: string, title = link): Promise<void> {
  await nav(page).getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Opens a tab of the page and waits for its panel. */
async function openTab(page: Page, name: string): Promise<Locator> {
  await page.getByRole('main').getByRole('tab', { name, exact: true }).click();
  const panel = page.getByRole('tabpanel', { name, exact: true });
  await expect(panel).toBeVisible();
  return panel;
}

/** Submits the open dialog's form empty (or as it stands) and waits for its first error. */
async function submitShowingErrors(dialog: Locator): Promise<void> {
  await dialog.locator('button[type="submit"]').first().click();
  await expect(dialog.locator('[id$="-error"]').first()).toBeVisible();
}

/** Closes the open dialog with Escape and waits for it to be gone. */
async function closeDialog(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('the sign-in, first-start, password-change and recovery screens', async ({ page, consoleErrors }) => {
  test.setTimeout(240_000);
  await followSystemColorScheme(page);
  // Sign-in, empty and refused.
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await checkAccessible(page, 'sign-in');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.locator('[id$="-error"]').first()).toBeVisible();
  await checkAccessible(page, 'sign-in, submitted empty');
  await page.getByLabel("Nom d'utilisateur").fill('admin');
  await page.getByLabel('Mot de passe', { exact: true }).fill('pas-le-bon-mot-de-passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await checkAccessible(page, 'sign-in, wrong password');

  // A new account's forced password change.
  const admin = await apiSession(server, { username: 'admin', password: DEMO_PASSWORD }, 'a11y-admin-tab-000001');
  await admin.users.create({ username: 'a11y.nouveau', displayName: 'Compte Nouveau', password: 'premier-mot-de-passe', roles: ['teacher'] });
  await page.getByLabel("Nom d'utilisateur").fill('a11y.nouveau');
  await page.getByLabel('Mot de passe', { exact: true }).fill('premier-mot-de-passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const submit = page.locator('form button[type="submit"]');
  await expect(submit).toBeVisible();
  await checkAccessible(page, 'forced password change');
  await submit.click();
  await expect(page.locator('[id$="-error"]').first()).toBeVisible();
  await checkAccessible(page, 'forced password change, submitted empty');

  // First start of an empty installation.
  const empty = await startServer();
  try {
    await page.goto(empty.url);
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Passerelle' })).toBeVisible();
    await checkAccessible(page, 'first start');
    await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
    await expect(page.locator('[id$="-error"]').first()).toBeVisible();
    await checkAccessible(page, 'first start, submitted empty');
  } finally {
    await empty.stop();
  }

  // The recovery screen: a copy of the demo whose records file is emptied, beside its keys and backups.
  const brokenDir = mkdtempSync(join(tmpdir(), 'passerelle-e2e-a11y-recovery-'));
  cpSync(demoDir, brokenDir, { recursive: true });
  // The copy is a different installation: not the lock of the demo's running server.
  rmSync(join(brokenDir, 'passerelle.lock'), { force: true });
  truncateSync(join(brokenDir, 'passerelle.sqlite'), 0);
  let broken: RunningServer | null = null;
  try {
    broken = await startServer({ dataDir: brokenDir });
    await page.goto(broken.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Passerelle ne peut pas ouvrir ses données' })).toBeVisible();
    await checkAccessible(page, 'recovery');
    await page.getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await checkAccessible(page, 'recovery, restore confirmation');
  } finally {
    await broken?.stop();
    rmSync(brokenDir, { recursive: true, force: true });
  }
  expect(consoleErrors).toEqual([]);
});

test('every page state of a coordinator', async ({ page }) => {
  test.setTimeout(900_000);
  await signIn(page, 'coordination');
  const main = page.getByRole('main');

  await expect(main.getByRole('region', { name: "Prêts d'exposition" })).toBeVisible();
  await checkAccessible(page, 'home, coordinator');

  // Calendar (lane C): month, its "+N" popover, an activity's drawer, the activity form with its errors, the
  // holidays, then the week, day and list views.
  await openSection(page, 'Calendrier');
  await expect(page.getByRole('heading', { level: 2, name: 'Novembre 2026' })).toBeVisible();
  await checkAccessible(page, 'calendar, month');
  // The "+N" link of Wednesday 4 November and the dialog of that day's activities, closed by Esc.
  await main.getByRole('button', { name: /^\+\d+ autres activités le mercredi 4 novembre/ }).click();
  const dayDialog = page.getByRole('dialog', { name: /4 novembre 2026/i });
  await expect(dayDialog.locator(':focus')).toHaveCount(1);
  await checkAccessible(page, 'calendar, month, the "+N" dialog of a day');
  await page.keyboard.press('Escape');
  await expect(dayDialog).toBeHidden();
  await main.getByRole('button', { name: /^Atelier « Mon quartier, mes voisins » — Réalisée — mardi 3 novembre/ }).click();
  const eventDrawer = page.getByRole('dialog').last();
  await expect(eventDrawer).toBeVisible();
  await checkAccessible(page, 'calendar, an activity held');
  await closeDialog(page, eventDrawer);
  await main.getByRole('button', { name: 'Nouvelle activité' }).click();
  const eventForm = page.getByRole('dialog').last();
  await expect(eventForm.locator('button[type="submit"]')).toBeVisible();
  await checkAccessible(page, 'calendar, new activity form');
  await submitShowingErrors(eventForm);
  await checkAccessible(page, 'calendar, new activity form with its errors');
  await closeDialog(page, eventForm);
  await main.getByRole('button', { name: 'Congés et jours fériés' }).click();
  const holidays = page.getByRole('dialog').last();
  await expect(holidays).toBeVisible();
  await checkAccessible(page, 'calendar, holidays');
  await closeDialog(page, holidays);
  for (const view of ['Semaine', 'Jour', 'Liste']) {
    await main.getByRole('radiogroup', { name: 'Affichage' }).getByText(view, { exact: true }).click();
    await expect(main.getByRole('radio', { name: view })).toBeChecked();
    await checkAccessible(page, `calendar, ${view}`);
  }

  // Schools: each tab, a school's form with its errors, a school's page.
  await openSection(page, 'Écoles');
  const schools = page.getByRole('tabpanel', { name: 'Écoles' });
  await expect(schools.getByRole('table', { name: 'Écoles' })).toBeVisible();
  await checkAccessible(page, 'schools');
  await schools.getByRole('button', { name: 'Nouvelle école' }).click();
  const schoolForm = page.getByRole('dialog').last();
  await submitShowingErrors(schoolForm);
  await checkAccessible(page, 'schools, new school form with its errors');
  await closeDialog(page, schoolForm);
  for (const tab of ['Classes', 'Enseignants et contacts', 'Partenaires']) {
    const panel = await openTab(page, tab);
    await expect(panel.getByRole('table').first()).toBeVisible();
    await checkAccessible(page, `schools, ${tab}`);
  }
  await openTab(page, 'Écoles');
  await schools.getByRole('table', { name: 'Écoles' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Écoles');
  await checkAccessible(page, 'a school’s page');

  // Exhibitions: loans, a loan's drawer, the loan form with its errors, availability, the catalogue, an
  // exhibition's sheet and its form.
  await openSection(page, 'Expositions');
  const loans = page.getByRole('tabpanel', { name: 'Prêts' });
  await expect(loans.getByRole('table', { name: 'Prêts' })).toBeVisible();
  await checkAccessible(page, 'exhibitions, loans');
  await loans.getByRole('button', { name: /^Ouvrir la fiche du prêt/ }).first().click();
  const loanDrawer = page.getByRole('dialog').last();
  await expect(loanDrawer).toBeVisible();
  await checkAccessible(page, 'exhibitions, a loan');
  await closeDialog(page, loanDrawer);
  await loans.getByRole('button', { name: 'Nouvelle demande' }).click();
  const loanForm = page.getByRole('dialog').last();
  await submitShowingErrors(loanForm);
  await checkAccessible(page, 'exhibitions, new loan form with its errors');
  await closeDialog(page, loanForm);
  const availability = await openTab(page, 'Disponibilités');
  await expect(availability.getByRole('grid').first()).toBeVisible();
  await checkAccessible(page, 'exhibitions, availability');
  const catalogue = await openTab(page, 'Catalogue');
  await catalogue.getByRole('button', { name: /^Voir la fiche — Une brève histoire/ }).click();
  const sheet = page.getByRole('dialog').last();
  await expect(sheet).toBeVisible();
  await checkAccessible(page, 'exhibitions, an exhibition’s sheet');
  await closeDialog(page, sheet);
  await catalogue.getByRole('button', { name: 'Nouvelle exposition' }).click();
  const exhibitionForm = page.getByRole('dialog').last();
  await submitShowingErrors(exhibitionForm);
  await checkAccessible(page, 'exhibitions, new exhibition form with its errors');
  await closeDialog(page, exhibitionForm);

  // Questionnaires (lane D): entry, the grid, results, templates and a template.
  await openSection(page, 'Questionnaires');
  const entry = page.getByRole('tabpanel', { name: 'Saisie' });
  await expect(entry.getByRole('button', { name: /^Encoder — / }).first()).toBeVisible();
  await checkAccessible(page, 'questionnaires, entry');
  await entry.getByRole('button', { name: /^Encoder — / }).first().click();
  await expect(page.getByTestId('grid-count')).toBeVisible();
  await checkAccessible(page, 'questionnaires, entry grid');
  await page.getByRole('main').getByRole('tab', { name: 'Résultats', exact: true }).click();
  const results = page.getByRole('tabpanel', { name: 'Résultats' });
  await expect(results.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await checkAccessible(page, 'questionnaires, results');
  const templates = await openTab(page, 'Modèles');
  await templates.getByRole('button', { name: /^Ouvrir « Regards sur la migration/ }).click();
  await expect(page.getByRole('main').locator('form')).toBeVisible();
  await checkAccessible(page, 'questionnaires, a template');

  // Reports: the indicators dashboard.
  await openSection(page, 'Rapports');
  await expect(main.getByRole('region', { name: 'Indicateurs du programme scolaire' })).toBeVisible();
  await checkAccessible(page, 'reports, indicators');

  // Settings: preferences, the password change, data protection.
  await openSection(page, 'Paramètres');
  await checkAccessible(page, 'settings, preferences, coordinator');
  await main.getByRole('button', { name: 'Changer mon mot de passe' }).click();
  const passwordForm = page.getByRole('dialog').last();
  await submitShowingErrors(passwordForm);
  await checkAccessible(page, 'settings, password change with its errors');
  await closeDialog(page, passwordForm);
  const privacy = await openTab(page, 'Protection des données');
  await expect(privacy.getByRole('region', { name: 'Durées de conservation' })).toBeVisible();
  await checkAccessible(page, 'settings, data protection, coordinator');
});

test('every page state of a teacher', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, 'enseignant');
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 2, name: 'Novembre 2026' })).toBeVisible();
  await checkAccessible(page, 'calendar, month, teacher');
  await main.getByRole('radiogroup', { name: 'Affichage' }).getByText('Liste', { exact: true }).click();
  await expect(main.getByRole('radio', { name: 'Liste' })).toBeChecked();
  await checkAccessible(page, 'calendar, list, teacher');

  await openSection(page, 'Questionnaires');
  await expect(main.getByRole('button', { name: /^Encoder — / }).first()).toBeVisible();
  await checkAccessible(page, 'questionnaires, teacher');
  await main.getByRole('button', { name: /^Encoder — / }).first().click();
  await expect(page.getByTestId('grid-count')).toBeVisible();
  await checkAccessible(page, 'questionnaires, entry grid, teacher');

  await openSection(page, 'Paramètres');
  await checkAccessible(page, 'settings, teacher');
});

test('every page state of a housing worker', async ({ page }) => {
  test.setTimeout(600_000);
  await signIn(page, 'cpas');
  const main = page.getByRole('main');
  await expect(main.getByRole('region').first()).toBeVisible();
  await checkAccessible(page, 'home, housing');

  await openSection(page, 'Logement');
  const units = page.getByRole('tabpanel').first();
  await expect(units.getByRole('table').first()).toBeVisible();
  await checkAccessible(page, 'housing, units');
  await units.getByLabel(/^Ouvrir la fiche du logement/).first().click();
  const unitDrawer = page.getByRole('dialog').last();
  await expect(unitDrawer).toBeVisible();
  await checkAccessible(page, 'housing, a unit');
  await closeDialog(page, unitDrawer);
  await units.getByRole('button', { name: 'Nouveau logement' }).click();
  const unitForm = page.getByRole('dialog').last();
  await submitShowingErrors(unitForm);
  await checkAccessible(page, 'housing, new unit form with its errors');
  await closeDialog(page, unitForm);
  const [, ...otherTabs] = await main.getByRole('tab').allTextContents();
  for (const tab of otherTabs) {
    const panel = await openTab(page, tab);
    await expect(panel.locator('table').first()).toBeVisible();
    await checkAccessible(page, `housing, ${tab}`);
  }
  const households = await openTab(page, 'Ménages');
  await households.locator('tbody tr').first().locator('a, button').first().click();
  const householdDrawer = page.getByRole('dialog').last();
  await expect(householdDrawer).toBeVisible();
  await checkAccessible(page, 'housing, a household');
  await closeDialog(page, householdDrawer);

  await openSection(page, 'Domiciliations');
  await expect(main.getByRole('table').first()).toBeVisible();
  await checkAccessible(page, 'registrations');
  await main.getByLabel(/^Ouvrir la domiciliation de/).first().click();
  await expect(page.getByRole('dialog').last()).toBeVisible();
  await checkAccessible(page, 'registrations, a registration');
  await closeDialog(page, page.getByRole('dialog').last());
  await main.getByRole('button', { name: 'Nouvelle domiciliation' }).click();
  const registrationForm = page.getByRole('dialog').last();
  await submitShowingErrors(registrationForm);
  await checkAccessible(page, 'registrations, new registration form with its errors');
  await closeDialog(page, registrationForm);

  await openSection(page, 'Rapports');
  await checkAccessible(page, 'reports, housing');

  await openSection(page, 'Paramètres');
  for (const tab of (await main.getByRole('tab').allTextContents()).slice(1)) {
    await openTab(page, tab);
    await checkAccessible(page, `settings, ${tab}, housing`);
  }
});

test('every page state of an administrator', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, 'admin');
  const main = page.getByRole('main');
  await expect(main.getByRole('region', { name: 'Sauvegardes' })).toBeVisible();
  await checkAccessible(page, 'home, admin');

  await openSection(page, 'Paramètres');
  for (const tab of (await main.getByRole('tab').allTextContents()).slice(1)) {
    await openTab(page, tab);
    await checkAccessible(page, `settings, ${tab}, admin`);
  }
  await openTab(page, 'Utilisateurs');
  await main.getByRole('button', { name: /Nouvel utilisateur|Créer un compte|Nouveau compte/ }).click();
  const userForm = page.getByRole('dialog').last();
  await submitShowingErrors(userForm);
  await checkAccessible(page, 'settings, new user form with its errors');
  await closeDialog(page, userForm);
});
