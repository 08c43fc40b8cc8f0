import type { Page } from '@playwright/test';
import { test, expect, apiSession, createUser, logIn, schoolInput, seedCoordinator, type SeedApi } from './fixtures';
import { activityInput, onDay } from '../helpers/event-input';
import { schoolLoanInput } from '../helpers/loan-input';
import type { RunningServer } from './server';

/**
 * One place per school (issue 17): from an activity's sheet in the calendar, the school's name opens its page,
 * with its details and, for the school year, its classes, contacts, activities, questionnaires collected and
 * loans; from there a coordinator plans an activity or asks for a loan with the school already chosen. A
 * teacher reaches the same page from their activity and sees only their classes' part. The page's and the
 * server's clocks start on Wednesday 2 December 2026 (school year 2026–2027).
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';
const SCHOOL = 'École communale de Droixhe';
const WORKSHOP = 'Atelier « Préjugés »';
const VISIT = 'Visite de l’exposition';

test.use({ serverClockStart: NOW });

interface Seeded {
  coordinator: { username: string; password: string };
  teacher: { username: string; password: string };
  schoolId: number;
  exhibitionTitle: string;
}

/** Droixhe's two classes (the teacher's and a colleague's), an activity each, forms entered before the workshop, a loan. */
async function seed(server: RunningServer): Promise<Seeded> {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const teacher = { username: 'l.martin', displayName: 'Léa Martin', password: PASSWORD, roles: ['teacher' as const] };
  await createUser(server, teacher);
  const accounts = await api.contacts.teacherAccounts({});
  const account = accounts.find((item) => item.displayName === 'Léa Martin')!;

  const schoolId = (await api.schools.create({ ...schoolInput(SCHOOL), phone: '04 238 00 00', email: 'direction@droixhe.example' })).id;
  const lea = (await api.contacts.create({ schoolId, kind: 'teacher', firstName: 'Léa', lastName: 'Martin', email: '', phone: '', userId: account.id, notes: '' })).id;
  const marc = (await api.contacts.create({ schoolId, kind: 'teacher', firstName: 'Marc', lastName: 'Dubois', email: '', phone: '', userId: null, notes: '' })).id;
  await api.contacts.create({ schoolId, kind: 'director', firstName: 'Anne', lastName: 'Lambert', email: '', phone: '04 238 00 01', userId: null, notes: '' });
  const classA = (await api.classes.create({ schoolId, schoolYear: '2026–2027', name: '5e primaire A', grade: '5P', pupilCount: 20, teacherIds: [lea] })).id;
  const classB = (await api.classes.create({ schoolId, schoolYear: '2026–2027', name: '5e primaire B', grade: '5P', pupilCount: 18, teacherIds: [marc] })).id;

  const workshop = await api.events.create(activityInput({ schoolId, classIds: [classA], title: WORKSHOP, ...onDay('2026-12-03') }));
  await api.events.create(activityInput({ schoolId, classIds: [classB], type: 'exhibition_visit', title: VISIT, status: 'held', ...onDay('2026-11-19') }));
  const template = (await api.questionnaires.templates({})).find((item) => item.audience === 'pupil')!;
  const before = await api.questionnaires.createAdministration({ templateId: template.id, eventId: workshop.event.id, classId: classA, phase: 'before', date: '2026-12-02' });
  for (const code of ['MA07', 'LB12']) await api.questionnaires.saveResponse({ administrationId: before.id, id: null, code, answers: [] });

  const exhibition = (await api.exhibitions.list({})).find((item) => item.kind === 'loanable')!;
  await api.loans.create(schoolLoanInput(exhibition.id, schoolId, '2027-01-11', '2027-01-22'));
  return { coordinator, teacher, schoolId, exhibitionTitle: exhibition.title };
}

/** Signs in, opens the calendar's week and the workshop's sheet, and follows the school's name. */
async function schoolFromActivity(page: Page, server: RunningServer, user: { username: string; password: string }): Promise<void> {
  await page.clock.install({ time: NOW });
  await logIn(page, server, user.username, user.password);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendrier' })).toBeVisible();
  await page.getByText('Semaine', { exact: true }).click();
  await page.locator('.fc-timegrid-event', { hasText: WORKSHOP }).click();
  const sheet = page.getByRole('dialog', { name: WORKSHOP });
  await sheet.getByRole('link', { name: SCHOOL }).click();
  await expect(page.getByRole('heading', { level: 1, name: SCHOOL })).toBeVisible();
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test("a coordinator opens the school from an activity, finds everything of the year, and goes back and forth", async ({ page, server, consoleErrors }) => {
  test.setTimeout(180_000);
  const seeded = await seed(server);
  await schoolFromActivity(page, server, seeded.coordinator);
  expect(page.url()).toContain(`#/schools/${seeded.schoolId}`);

  const details = region(page, "Coordonnées de l'école");
  await expect(details).toContainText('Rue de la Meuse 12, 4020 Liège');
  await expect(details).toContainText('Droixhe');
  await expect(details.getByRole('link', { name: '04 238 00 00' })).toBeVisible();
  await expect(details.getByRole('link', { name: 'direction@droixhe.example' })).toBeVisible();
  await expect(details).toContainText('Communal');
  await expect(page.getByRole('combobox', { name: 'Année scolaire' })).toHaveValue('2026–2027');

  const classes = region(page, 'Classes');
  await expect(classes.getByRole('row')).toHaveCount(3);
  await expect(classes.getByRole('row', { name: /5e primaire A.*20.*Léa Martin/ })).toBeVisible();
  await expect(classes.getByRole('row', { name: /5e primaire B.*18.*Marc Dubois/ })).toBeVisible();
  await expect(region(page, 'Contacts')).toContainText('Anne Lambert');
  await expect(region(page, 'Contacts')).toContainText('Direction');

  const activities = region(page, 'Activités');
  await expect(activities.getByRole('table', { name: 'À venir (1)' })).toContainText(WORKSHOP);
  await expect(activities.getByRole('table', { name: 'Passées (1)' })).toContainText(VISIT);
  await expect(activities.getByRole('table', { name: 'Passées (1)' })).toContainText('Réalisée');

  const questionnaires = region(page, 'Questionnaires collectés');
  await expect(questionnaires.getByRole('row', { name: new RegExp(`${WORKSHOP}.*5e primaire A.*Saisis : 2 / 20 élèves.*Pas de passation`) })).toBeVisible();

  await expect(region(page, "Prêts d'expositions")).toContainText(seeded.exhibitionTitle);
  await expect(region(page, "Prêts d'expositions")).toContainText('Demande');

  // Back returns to the calendar, Forward to the school.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendrier' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: SCHOOL })).toBeVisible();

  // An activity of the page opens in the calendar, its sheet open.
  await activities.getByRole('link', { name: VISIT }).click();
  await expect(page.getByRole('dialog', { name: VISIT })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: SCHOOL })).toBeVisible();

  expect(consoleErrors).toEqual([]);
});

test("from the school's page, a coordinator plans an activity and asks for a loan with the school already chosen", async ({ page, server, consoleErrors }) => {
  test.setTimeout(180_000);
  const seeded = await seed(server);
  await schoolFromActivity(page, server, seeded.coordinator);

  // Planning an activity: the calendar's form, the school already chosen.
  await page.getByRole('link', { name: 'Planifier une activité' }).click();
  const activityForm = page.getByRole('dialog', { name: 'Nouvelle activité' });
  await expect(activityForm.getByRole('combobox', { name: 'École', exact: true })).toHaveValue(SCHOOL);
  await activityForm.getByRole('button', { name: 'Annuler' }).click();
  await expect(activityForm).toBeHidden();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: SCHOOL })).toBeVisible();

  // Asking for a loan: the request form, the school and its address already filled in.
  await page.getByRole('link', { name: 'Demander un prêt' }).click();
  const loanForm = page.getByRole('dialog', { name: 'Nouvelle demande de prêt' });
  // The form opens once the school's sheet is read (its address): on a loaded machine that can take a while.
  await expect(loanForm).toBeVisible({ timeout: 30_000 });
  await expect(loanForm.getByRole('combobox', { name: 'École', exact: true })).toHaveValue(SCHOOL);
  await expect(loanForm.getByLabel('Adresse')).toHaveValue('Rue de la Meuse 12, 4020 Liège');
  expect(consoleErrors).toEqual([]);
});

test('a teacher opens the school of their activity and sees only their classes, without contacts, loans or actions', async ({ page, server, consoleErrors }) => {
  test.setTimeout(180_000);
  const seeded = await seed(server);
  await schoolFromActivity(page, server, seeded.teacher);

  await expect(region(page, "Coordonnées de l'école")).toContainText('Rue de la Meuse 12, 4020 Liège');
  const classes = region(page, 'Classes');
  await expect(classes).toContainText('5e primaire A');
  await expect(classes).not.toContainText('5e primaire B');
  await expect(classes).not.toContainText('Léa Martin');
  const activities = region(page, 'Activités');
  await expect(activities).toContainText(WORKSHOP);
  await expect(activities).not.toContainText(VISIT);
  await expect(region(page, 'Questionnaires collectés')).toContainText('Saisis : 2 / 20 élèves');
  await expect(region(page, 'Contacts')).toHaveCount(0);
  await expect(region(page, "Prêts d'expositions")).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Planifier une activité' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Demander un prêt' })).toHaveCount(0);

  // Another school's address answers as if it did not exist.
  const api: SeedApi = await apiSession(server, seeded.coordinator, 'tab-of-the-checking-coordinator');
  const other = (await api.schools.create({ ...schoolInput('Athénée Léonie de Waha'), postalCode: '4000' })).id;
  await page.goto(`${server.origin}/#/schools/${other}`);
  await expect(page.getByText("Cette école n'existe pas", { exact: false })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
