import { activityInput, type ActivityInput } from '../helpers/event-input';
import { test, expect, schoolInput, seedCoordinator, type SeedApi } from './fixtures';
import type { RunningServer } from './server';
import { CALENDAR_NOW, dragEventTo, drawnOn, gridEvent, openWeek, pickOption } from './calendar-view';

/**
 * Issue 14: a weekend or a holiday is said in the form and on a drag, and asks for a confirmation (item 4);
 * a refused slot offers the nearest free ones, which fill the form (item 5). The page's clock is Wednesday
 * 2 December 2026: the week view shows Monday 30 November to Sunday 6 December.
 */
const NOW = CALENDAR_NOW;
const PASSWORD = 'mot-de-passe-e2e';

// The server's "today" is the page's: proposals start from today.
test.use({ serverClockStart: NOW });

interface Seeded {
  coordinator: { username: string; password: string };
  api: SeedApi;
  schoolId: number;
  classA: number;
}

async function seed(server: RunningServer): Promise<Seeded> {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const schoolId = (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  const classA = (await api.classes.create({ schoolId, schoolYear: '2026–2027', name: '5e primaire A', grade: '5P', pupilCount: 20, teacherIds: [] })).id;
  return { coordinator, api, schoolId, classA };
}

async function createEvent(seeded: Seeded, changes: Partial<ActivityInput>): Promise<number> {
  return (await seeded.api.events.create(activityInput({ schoolId: seeded.schoolId, classIds: [seeded.classA], ...changes }))).event.id;
}

async function eventTimes(seeded: Seeded, id: number): Promise<{ start: string; end: string }> {
  const { start, end } = await seeded.api.events.get({ id });
  return { start, end };
}

test('the form says a Saturday is a day without school and asks to confirm before saving', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await openWeek(page, server, seeded.coordinator);

  await page.getByRole('button', { name: 'Nouvelle activité' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle activité' });
  await pickOption(page, dialog, "Type d'activité", 'Formation');
  await dialog.getByLabel('Titre').fill('Formation des enseignants');
  await dialog.getByLabel('Début').fill('2026-12-05T09:00');
  await dialog.getByLabel('Fin').fill('2026-12-05T12:00');
  await pickOption(page, dialog, 'École', 'École communale de Droixhe');

  // Said as soon as the date is typed, before saving.
  const notice = dialog.getByRole('status').filter({ hasText: 'Jour sans école' });
  await expect(notice).toContainText('samedi 5 décembre 2026 : week-end');

  await dialog.getByRole('button', { name: "Créer l'activité" }).click();
  const question = dialog.getByRole('alertdialog', { name: 'Planifier un jour sans école ?' });
  await expect(question).toContainText('samedi 5 décembre 2026 : week-end');
  await expect(question.getByRole('button', { name: 'Changer la date' })).toBeFocused();
  expect(await seeded.api.events.list({ from: '2026-11-30', to: '2026-12-06' })).toEqual([]);

  // "Change the date" leaves the form as it was, nothing saved.
  await question.getByRole('button', { name: 'Changer la date' }).click();
  await expect(question).toBeHidden();
  await expect(dialog.getByRole('button', { name: "Créer l'activité" })).toBeVisible();
  expect(await seeded.api.events.list({ from: '2026-11-30', to: '2026-12-06' })).toEqual([]);

  await dialog.getByRole('button', { name: "Créer l'activité" }).click();
  await question.getByRole('button', { name: 'Planifier quand même' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Activité « Formation des enseignants » créée.')).toBeVisible();
  expect(await seeded.api.events.list({ from: '2026-11-30', to: '2026-12-06' })).toMatchObject([
    { title: 'Formation des enseignants', start: '2026-12-05T09:00', end: '2026-12-05T12:00' },
  ]);
  expect(consoleErrors).toEqual([]);
});

test('a drag onto a holiday or a weekend asks first; cancelling leaves the activity where it was', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await seeded.api.holidays.create({ kind: 'school_break', label: 'Journée pédagogique', startDate: '2026-12-02', endDate: '2026-12-02' });
  const moving = await createEvent(seeded, { title: 'Visite guidée', type: 'guided_visit', start: '2026-12-04T09:00', end: '2026-12-04T10:00' });
  await openWeek(page, server, seeded.coordinator);

  await dragEventTo(page, gridEvent(page, 'Visite guidée'), { date: '2026-12-04', time: '09:00' }, { date: '2026-12-02', time: '10:00' });
  const modal = page.getByRole('dialog', { name: "Déplacer l'activité" });
  const question = modal.getByRole('alertdialog', { name: 'Déplacer sur un jour sans école ?' });
  await expect(question).toContainText('mercredi 2 décembre 2026 : congés scolaires (Journée pédagogique)');
  await question.getByRole('button', { name: 'Annuler le déplacement' }).click();
  await expect(modal).toBeHidden();
  await expect.poll(() => drawnOn(page, 'Visite guidée', '2026-12-04')).toBe(true);
  expect(await eventTimes(seeded, moving)).toEqual({ start: '2026-12-04T09:00', end: '2026-12-04T10:00' });

  // Onto Saturday, confirmed: moved.
  await dragEventTo(page, gridEvent(page, 'Visite guidée'), { date: '2026-12-04', time: '09:00' }, { date: '2026-12-05', time: '10:00' });
  await expect(question).toContainText('samedi 5 décembre 2026 : week-end');
  await question.getByRole('button', { name: 'Déplacer quand même' }).click();
  await expect(page.getByText(/Activité déplacée au samedi 5 décembre 2026, 10:00–11:00/)).toBeVisible();
  await expect.poll(() => eventTimes(seeded, moving)).toEqual({ start: '2026-12-05T10:00', end: '2026-12-05T11:00' });
  expect(consoleErrors).toEqual([]);
});

test('the keyboard move says a Saturday at once, and asks at the move', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  const moving = await createEvent(seeded, { title: 'Visite guidée', type: 'guided_visit', start: '2026-12-04T09:00', end: '2026-12-04T10:00' });
  await openWeek(page, server, seeded.coordinator);
  await page.getByRole('button', { name: /^Visite guidée — / }).focus();
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('dialog', { name: 'Visite guidée' });
  await sheet.getByRole('button', { name: 'Déplacer' }).click();
  const form = page.getByRole('dialog', { name: "Déplacer l'activité" });

  // A school day says nothing; Saturday is said as soon as it is typed, before any question.
  await form.getByLabel('Date').fill('2026-12-03');
  await expect(form.getByRole('status').filter({ hasText: 'Jour sans école' })).toHaveCount(0);
  await form.getByLabel('Date').fill('2026-12-05');
  await expect(form.getByRole('status').filter({ hasText: 'Jour sans école' })).toContainText('samedi 5 décembre 2026 : week-end');
  await form.getByRole('button', { name: 'Déplacer', exact: true }).click();
  const question = form.getByRole('alertdialog', { name: 'Déplacer sur un jour sans école ?' });
  await expect(question).toContainText('samedi 5 décembre 2026 : week-end');
  expect(await eventTimes(seeded, moving)).toEqual({ start: '2026-12-04T09:00', end: '2026-12-04T10:00' });
  await question.getByRole('button', { name: 'Déplacer quand même' }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => eventTimes(seeded, moving)).toEqual({ start: '2026-12-05T09:00', end: '2026-12-05T10:00' });
  expect(consoleErrors).toEqual([]);
});

test('a refused slot offers the nearest free ones, and one click puts it in the form', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await createEvent(seeded, { title: 'Atelier « Préjugés »' });
  await openWeek(page, server, seeded.coordinator);

  await page.getByRole('button', { name: 'Nouvelle activité' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle activité' });
  await pickOption(page, dialog, "Type d'activité", 'Projection de film');
  await dialog.getByLabel('Titre').fill('Ciné-débat');
  await dialog.getByLabel('Début').fill('2026-12-03T09:30');
  await dialog.getByLabel('Fin').fill('2026-12-03T11:10');
  await pickOption(page, dialog, 'École', 'École communale de Droixhe');
  await pickOption(page, dialog, 'Classes', '5e primaire A');
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: "Créer l'activité" }).click();

  const choices = dialog.getByRole('group', { name: /Créneaux libres les plus proches/ });
  await expect(choices.getByRole('button')).toHaveText(['jeudi 3 décembre, 10:45–12:25', 'mercredi 2 décembre, 9:30–11:10', 'vendredi 4 décembre, 9:30–11:10']);
  await choices.getByRole('button', { name: 'vendredi 4 décembre, 9:30–11:10' }).click();
  await expect(dialog.getByLabel('Début')).toHaveValue('2026-12-04T09:30');
  await expect(dialog.getByLabel('Fin')).toHaveValue('2026-12-04T11:10');
  await dialog.getByRole('button', { name: "Créer l'activité" }).click();
  await expect(dialog).toBeHidden();
  expect(await seeded.api.events.list({ from: '2026-11-30', to: '2026-12-06' })).toMatchObject([
    { title: 'Atelier « Préjugés »' },
    { title: 'Ciné-débat', start: '2026-12-04T09:30', end: '2026-12-04T11:10' },
  ]);
  expect(consoleErrors).toEqual([]);
});
