import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { activityInput } from '../helpers/event-input';
import { chromiumPath } from './chromium-path';
import { schoolInput, type NewUser, type SeedApi } from './fixtures';
import { ADMIN, startTeamServer, type RunningTeamServer } from './team-server';
import { CALENDAR_NOW, drawnOn, gridEvent } from './calendar-view';

/**
 * Issue 15, done when: the interface against server mode over HTTPS (a certificate made for the test), as a
 * coordinator and a teacher at once, each in their own browser, signed in with the server's session cookie.
 * Chromium trusts this test's certificate only (--ignore-certificate-errors-spki-list), not any certificate.
 */
const SCHOOL_YEAR = '2026–2027';
const PASSWORD = 'mot-de-passe-e2e-serveur';

let server: RunningTeamServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  server = await startTeamServer({ clockStart: CALENDAR_NOW });
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic', `--ignore-certificate-errors-spki-list=${server.certificate.spki}`],
  });
});
test.afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

/** An account made by the admin, its first password changed as its owner would. */
async function account(admin: SeedApi, user: NewUser): Promise<{ username: string; password: string }> {
  await admin.users.create(user);
  const own = await server.session(user);
  await own.auth.changePassword({ currentPassword: user.password, newPassword: `${user.password}-2` });
  return { username: user.username, password: `${user.password}-2` };
}

async function pageSignedIn(user: { username: string; password: string }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'fr-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1366, height: 768 } });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.install({ time: CALENDAR_NOW });
  await page.goto(server.url);
  await page.getByLabel("Nom d'utilisateur").fill(user.username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return { page, errors };
}

async function openWeek(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendrier' })).toBeVisible();
  await page.getByText('Semaine', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /30 nov\. – 6 déc\. 2026/i })).toBeVisible();
}

test('a coordinator and a teacher work at once against the team server over HTTPS', async () => {
  const admin = await server.session(ADMIN);
  const coordinator = await account(admin, { username: 'n.verlaine', displayName: 'Nadia Verlaine', password: PASSWORD, roles: ['coordinator'] });
  const teacher = await account(admin, { username: 'p.lambert', displayName: 'Paul Lambert', password: PASSWORD, roles: ['teacher'] });
  const api = await server.session(coordinator);
  const schoolId = (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  const userId = (await api.contacts.teacherAccounts({})).find((entry) => entry.displayName === 'Paul Lambert')!.id;
  const contact = await api.contacts.create({ schoolId, kind: 'teacher', firstName: 'Paul', lastName: 'Lambert', email: '', phone: '', userId, notes: '' });
  const classA = (await api.classes.create({ schoolId, schoolYear: SCHOOL_YEAR, name: '5e primaire A', grade: '5P', pupilCount: 20, teacherIds: [contact.id] })).id;
  const classB = (await api.classes.create({ schoolId, schoolYear: SCHOOL_YEAR, name: '5e primaire B', grade: '5P', pupilCount: 18, teacherIds: [] })).id;
  await api.events.create(activityInput({ schoolId, classIds: [classA], pupilsExpected: 20, teachersExpected: 1 }));
  await api.events.create(activityInput({ schoolId, classIds: [classB], pupilsExpected: 18, teachersExpected: 1, title: 'Atelier de la classe B', start: '2026-12-03T13:30', end: '2026-12-03T15:00' }));

  // Both sign in at the same moment, each in their own browser.
  const [asCoordinator, asTeacher] = await Promise.all([pageSignedIn(coordinator), pageSignedIn(teacher)]);
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav(asCoordinator.page).getByRole('link', { name: 'Écoles' })).toBeVisible();
  await expect(nav(asTeacher.page).getByRole('link')).toHaveText(['Calendrier', 'Questionnaires', 'Paramètres']);

  // The session is an HttpOnly, Secure, SameSite=Strict cookie the page cannot read.
  const cookies = await asTeacher.page.context().cookies();
  expect(cookies.map(({ name, httpOnly, secure, sameSite }) => ({ name, httpOnly, secure, sameSite }))).toEqual([
    { name: '__Host-passerelle', httpOnly: true, secure: true, sameSite: 'Strict' },
  ]);
  expect(await asTeacher.page.evaluate(() => document.cookie)).toBe('');

  await Promise.all([openWeek(asCoordinator.page), openWeek(asTeacher.page)]);
  // The teacher role's limits exactly as on the desktop: their class's activity only, read-only.
  await expect(gridEvent(asTeacher.page, 'Atelier « Préjugés »')).toBeVisible();
  await expect(gridEvent(asTeacher.page, 'Atelier de la classe B')).toHaveCount(0);
  await expect(asTeacher.page.getByRole('button', { name: 'Nouvelle activité' })).toHaveCount(0);
  await expect(gridEvent(asCoordinator.page, 'Atelier « Préjugés »')).toBeVisible();
  await expect(gridEvent(asCoordinator.page, 'Atelier de la classe B')).toBeVisible();
  await asTeacher.page.screenshot({ path: 'test-results/team-server-teacher.png' });
  await asCoordinator.page.screenshot({ path: 'test-results/team-server-coordinator.png' });

  // What one changes, the other sees: the coordinator moves the class A activity; the teacher's reload shows it,
  // still signed in (the session lives in the server's database, not in the page).
  const eventId = (await api.events.list({ from: '2026-11-30', to: '2026-12-07' })).find((event) => event.title === 'Atelier « Préjugés »')!.id;
  expect(await drawnOn(asTeacher.page, 'Atelier « Préjugés »', '2026-12-03')).toBe(true);
  await api.events.move({ id: eventId, start: '2026-12-04T09:00', end: '2026-12-04T10:40' });
  await asTeacher.page.reload();
  await openWeek(asTeacher.page);
  await expect(gridEvent(asTeacher.page, 'Atelier « Préjugés »')).toBeVisible();
  expect(await drawnOn(asTeacher.page, 'Atelier « Préjugés »', '2026-12-04')).toBe(true);

  expect(asCoordinator.errors).toEqual([]);
  expect(asTeacher.errors).toEqual([]);
});

test('the administrator of a team server is told that backups and the key are on the server', async () => {
  const { page, errors } = await pageSignedIn(ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await expect(page.getByText('Sauvegardes faites sur le serveur')).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Sauvegardes' }).click();
  await expect(page.getByRole('tabpanel').getByText(/le service informatique les sauvegarde avec les outils de PostgreSQL/)).toBeVisible();
  await page.screenshot({ path: 'test-results/team-server-admin-backups.png' });
  // The system card names the database by host and name, never its password, and no data directory.
  await page.getByRole('tab', { name: 'Application' }).click();
  await expect(page.getByText('Base de données (serveur)')).toBeVisible();
  await expect(page.getByText(/^postgresql:\/\/127\.0\.0\.1:\d+\/passerelle_test_[0-9a-f]+$/)).toBeVisible();
  await expect(page.getByText('Dossier des données')).toHaveCount(0);
  // Against a server, the sign-in page says where the data is.
  await page.getByRole('button', { name: /Menu du compte de admin/ }).click();
  await page.getByRole('menuitem', { name: /Se déconnecter/ }).click();
  await expect(page.getByText("Les données restent sur le serveur de l'institution.", { exact: false })).toBeVisible();
  expect(errors).toEqual([]);
});
