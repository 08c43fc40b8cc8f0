import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { activityInput, type ActivityInput } from '../helpers/event-input';
import { test, expect, createUser, schoolInput, seedCoordinator, type SeedApi, type NewUser } from './fixtures';
import type { RunningServer } from './server';
import { dragEventTo, gridEvent, openWeek, pickOption, slot } from './calendar-view';

/**
 * The calendar in browser mode. The page's clock starts on Wednesday 2 December 2026, so the week view shows
 * Monday 30 November to Sunday 6 December whatever the day the tests run.
 */
const SCHOOL_YEAR = '2026–2027';
const PASSWORD = 'mot-de-passe-e2e';

interface Directory {
  schoolId: number;
  classA: number;
  classB: number;
  partnerId: number;
  facilitatorId: number;
}

interface Seeded {
  coordinator: { username: string; password: string };
  api: SeedApi;
  directory: Directory;
}

/** A coordinator, and through their own API session a school with two classes, a partner and a facilitator. */
async function seed(server: RunningServer): Promise<Seeded> {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const schoolId = (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  const classOf = async (name: string, pupilCount: number) =>
    (await api.classes.create({ schoolId, schoolYear: SCHOOL_YEAR, name, grade: '5P', pupilCount, teacherIds: [] })).id;
  const classA = await classOf('5e primaire A', 20);
  const classB = await classOf('5e primaire B', 18);
  const partnerId = (await api.partners.create({ name: 'CRIPEL', kind: 'integration_centre', contactName: '', email: '', phone: '', notes: '' })).id;
  const facilitatorId = (await api.partners.createFacilitator({ name: 'Samira Intervenante', partnerId, email: '', phone: '' })).id;
  return { coordinator, api, directory: { schoolId, classA, classB, partnerId, facilitatorId } };
}

function eventInput(directory: Directory, changes: Partial<ActivityInput> = {}): ActivityInput {
  return activityInput({
    schoolId: directory.schoolId,
    classIds: [directory.classA],
    partnerIds: [directory.partnerId],
    pupilsExpected: 20,
    teachersExpected: 1,
    ...changes,
  });
}

async function createEvent(seeded: Seeded, changes: Partial<ActivityInput> = {}): Promise<number> {
  const saved = await seeded.api.events.create(eventInput(seeded.directory, changes));
  return saved.event.id;
}

async function eventTimes(seeded: Seeded, id: number): Promise<{ start: string; end: string }> {
  const { start, end } = await seeded.api.events.get({ id });
  return { start, end };
}

test('a coordinator creates an event from the form and sees it in the week view', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await openWeek(page, server, seeded.coordinator);

  await page.getByRole('button', { name: 'Nouvelle activité' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle activité' });
  await dialog.getByRole('button', { name: "Créer l'activité" }).click();
  // Checked before sending, with the contract's rules: the required fields are named.
  await expect(dialog.getByText('Ce champ est obligatoire.').first()).toBeVisible();

  await pickOption(page, dialog, "Type d'activité", 'Atelier');
  await dialog.getByLabel('Titre').fill('Atelier « Préjugés »');
  await dialog.getByLabel('Début').fill('2026-12-03T09:00');
  await dialog.getByLabel('Fin').fill('2026-12-03T10:40');
  await dialog.getByLabel('Lieu').fill('Salle polyvalente');
  await pickOption(page, dialog, 'École', 'École communale de Droixhe', 'Droixhe');
  await pickOption(page, dialog, 'Classes', '5e primaire A');
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: "Créer l'activité" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Activité « Atelier « Préjugés » » créée.')).toBeVisible();

  const event = gridEvent(page, 'Atelier « Préjugés »');
  await expect(event).toBeVisible();
  await expect(event).toContainText('9:00–10:40');
  await expect(event).toContainText('5e primaire A');
  // Its accessible name says what the colour and the marks show.
  await expect(page.getByRole('button', { name: /^Atelier « Préjugés » — Planifiée — jeudi 3 décembre 2026, 9:00–10:40/ })).toBeVisible();
  const listed = await seeded.api.events.list({ from: '2026-11-30', to: '2026-12-06' });
  expect(listed).toMatchObject([{ start: '2026-12-03T09:00', end: '2026-12-03T10:40', location: 'Salle polyvalente' }]);
  expect(consoleErrors).toEqual([]);
});

test('a second event with the same class at an overlapping time is refused, and the form says why', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await createEvent(seeded);
  await openWeek(page, server, seeded.coordinator);

  // Selecting a slot opens the form on that slot.
  const from = await slot(page, '2026-12-02', '10:00');
  const to = await slot(page, '2026-12-02', '11:00');
  await page.mouse.move(from.x, from.top + 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.top + to.height - 2, { steps: 10 });
  await page.mouse.up();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle activité' });
  await expect(dialog.getByLabel('Début')).toHaveValue('2026-12-02T10:00');
  await expect(dialog.getByLabel('Fin')).toHaveValue('2026-12-02T11:30');
  // A new start keeps the length of the slot.
  await dialog.getByLabel('Début').fill('2026-12-03T10:00');
  await expect(dialog.getByLabel('Fin')).toHaveValue('2026-12-03T11:30');
  await pickOption(page, dialog, "Type d'activité", 'Projection de film');
  await dialog.getByLabel('Titre').fill('Ciné-débat');
  await pickOption(page, dialog, 'École', 'École communale de Droixhe');
  await pickOption(page, dialog, 'Classes', '5e primaire A');
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: "Créer l'activité" }).click();

  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText("Ce créneau n'est pas libre");
  await expect(alert).toContainText(
    'La classe 5e primaire A participe déjà à « Atelier « Préjugés » — École communale de Droixhe » le jeudi 3 décembre de 9:00 à 10:40.',
  );
  await expect(dialog).toBeVisible();
  expect(await seeded.api.events.list({ from: '2026-11-30', to: '2026-12-06' })).toHaveLength(1);
  expect(consoleErrors).toEqual([]);
});

test('dragging an event moves it; a drop on a taken slot reverts and explains', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await createEvent(seeded);
  const moving = await createEvent(seeded, { title: 'Visite de l’exposition', type: 'exhibition_visit', start: '2026-12-04T09:00', end: '2026-12-04T10:00' });
  await openWeek(page, server, seeded.coordinator);

  const event = gridEvent(page, 'Visite de l’exposition');
  await dragEventTo(page, event, { date: '2026-12-04', time: '09:00' }, { date: '2026-12-02', time: '11:00' });
  await expect(page.getByText(/Activité déplacée au mercredi 2 décembre 2026, 11:00–12:00/)).toBeVisible();
  await expect.poll(() => eventTimes(seeded, moving)).toEqual({ start: '2026-12-02T11:00', end: '2026-12-02T12:00' });

  // Onto Thursday 9:30: class 5e primaire A is already in the workshop from 9:00 to 10:40.
  await dragEventTo(page, gridEvent(page, 'Visite de l’exposition'), { date: '2026-12-02', time: '11:00' }, { date: '2026-12-03', time: '09:30' });
  const notice = page.locator('.mantine-Notification-root', { hasText: 'Déplacement refusé' });
  await expect(notice).toContainText(
    'La classe 5e primaire A participe déjà à « Atelier « Préjugés » — École communale de Droixhe » le jeudi 3 décembre de 9:00 à 10:40.',
  );
  expect(await eventTimes(seeded, moving)).toEqual({ start: '2026-12-02T11:00', end: '2026-12-02T12:00' });
  // Back where it was on screen too.
  const column = await page.locator('td.fc-timegrid-col[data-date="2026-12-02"]').boundingBox();
  const box = await gridEvent(page, 'Visite de l’exposition').boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(column!.x - 1);
  expect(box!.x + box!.width).toBeLessThanOrEqual(column!.x + column!.width + 1);
  expect(consoleErrors).toEqual([]);
});

test('an event moves by keyboard through the "Déplacer" form, with the same rules', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await createEvent(seeded);
  const moving = await createEvent(seeded, { title: 'Visite guidée', type: 'guided_visit', classIds: [seeded.directory.classA], start: '2026-12-04T09:00', end: '2026-12-04T10:00' });
  await openWeek(page, server, seeded.coordinator);

  // Events are focusable and open with Enter.
  await page.getByRole('button', { name: /^Visite guidée — / }).focus();
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('dialog', { name: 'Visite guidée' });
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Déplacer' }).focus();
  await page.keyboard.press('Enter');

  const form = page.getByRole('dialog', { name: "Déplacer l'activité" });
  await expect(form.getByLabel('Date')).toBeFocused();
  await form.getByLabel('Date').fill('2026-12-03');
  await form.getByLabel('Heure de début').fill('10:00');
  // A new start keeps the length of the event.
  await expect(form.getByLabel('Heure de fin')).toHaveValue('11:00');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toContainText('La classe 5e primaire A participe déjà à « Atelier « Préjugés »');
  expect(await eventTimes(seeded, moving)).toEqual({ start: '2026-12-04T09:00', end: '2026-12-04T10:00' });

  await form.getByLabel('Heure de début').fill('13:30');
  await form.getByLabel('Heure de fin').fill('15:00');
  await form.getByLabel('Heure de fin').press('Enter');
  await expect(form).toBeHidden();
  await expect.poll(() => eventTimes(seeded, moving)).toEqual({ start: '2026-12-03T13:30', end: '2026-12-03T15:00' });
  // Back on the event's sheet, which shows the new time.
  await expect(page.getByRole('dialog', { name: 'Visite guidée' })).toContainText('jeudi 3 décembre 2026, 13:30–15:00');
  expect(consoleErrors).toEqual([]);
});

test("a teacher linked to a class sees only that class's events, read-only", async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  const teacher: NewUser = { username: 'p.lambert', displayName: 'Paul Lambert', password: PASSWORD, roles: ['teacher'] };
  await createUser(server, teacher);
  const accounts = await seeded.api.contacts.teacherAccounts({});
  const userId = accounts.find((account) => account.displayName === 'Paul Lambert')!.id;
  const contact = await seeded.api.contacts.create({
    schoolId: seeded.directory.schoolId,
    kind: 'teacher',
    firstName: 'Paul',
    lastName: 'Lambert',
    email: '',
    phone: '',
    userId,
    notes: '',
  });
  await seeded.api.classes.update({
    id: seeded.directory.classA,
    schoolId: seeded.directory.schoolId,
    schoolYear: SCHOOL_YEAR,
    name: '5e primaire A',
    grade: '5P',
    pupilCount: 20,
    teacherIds: [contact.id],
  });
  const mine = await createEvent(seeded);
  await createEvent(seeded, { title: 'Atelier de la classe B', classIds: [seeded.directory.classB], start: '2026-12-03T13:30', end: '2026-12-03T15:00' });

  await openWeek(page, server, teacher);
  await expect(gridEvent(page, 'Atelier « Préjugés »')).toBeVisible();
  await expect(gridEvent(page, 'Atelier de la classe B')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nouvelle activité' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'École' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Type' })).toBeVisible();

  // Dragging does nothing: the event stays, nothing is sent.
  await dragEventTo(page, gridEvent(page, 'Atelier « Préjugés »'), { date: '2026-12-03', time: '09:00' }, { date: '2026-12-02', time: '11:00' });
  expect(await eventTimes(seeded, mine)).toEqual({ start: '2026-12-03T09:00', end: '2026-12-03T10:40' });

  await gridEvent(page, 'Atelier « Préjugés »').click();
  const sheet = page.getByRole('dialog', { name: 'Atelier « Préjugés »' });
  await expect(sheet).toContainText('Seule la coordination peut modifier cette activité.');
  await expect(sheet).toContainText('5e primaire A');
  await expect(sheet.getByRole('button', { name: 'Modifier' })).toHaveCount(0);
  await expect(sheet.getByRole('button', { name: 'Déplacer' })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('an event and the period on screen export as .ics, and the event sheet as a PDF', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await createEvent(seeded, { location: 'Salle polyvalente' });
  await openWeek(page, server, seeded.coordinator);

  const saved = async (click: () => Promise<void>): Promise<{ name: string; path: string }> => {
    const download = page.waitForEvent('download');
    await click();
    const file = await download;
    return { name: file.suggestedFilename(), path: (await file.path())! };
  };

  const period = await saved(() => page.getByRole('button', { name: 'Exporter la période (.ics)' }).click());
  expect(period.name).toBe('passerelle-2026-11-30-2026-12-06.ics');
  const periodText = readFileSync(period.path, 'utf8');
  expect(periodText).toContain('BEGIN:VCALENDAR');
  expect(periodText).toContain('DTSTART;TZID=Europe/Brussels:20261203T090000');

  await page.getByRole('button', { name: /^Atelier « Préjugés » — / }).click();
  const ics = await saved(() => page.getByRole('button', { name: 'Ajouter à mon agenda (.ics)' }).click());
  expect(ics.name).toBe('atelier-prejuges-2026-12-03.ics');
  expect(readFileSync(ics.path, 'utf8')).toContain('LOCATION:Salle polyvalente');

  const pdf = await saved(() => page.getByRole('button', { name: 'Fiche PDF' }).click());
  expect(pdf.name).toBe('fiche-atelier-prejuges-2026-12-03.pdf');
  expect(execFileSync('qpdf', ['--check', pdf.path], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Atelier « Préjugés »');
  expect(text).toContain('jeudi 3 décembre 2026, 9:00–10:40');
  expect(text).toContain('École communale de Droixhe');
  expect(consoleErrors).toEqual([]);
});

test('with the interface in English, the event sheet downloads as an English PDF', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await createEvent(seeded, { location: 'Salle polyvalente' });
  await openWeek(page, server, seeded.coordinator);

  await page.getByText('EN', { exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await gridEvent(page, 'Atelier « Préjugés »').click();
  const dialog = page.getByRole('dialog', { name: 'Atelier « Préjugés »' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'PDF sheet' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('sheet-atelier-prejuges-2026-12-03.pdf');
  const path = (await file.path())!;
  expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  // The event's own words as typed; every word of the sheet in English.
  for (const words of ['ACTIVITY SHEET · WORKSHOP · SCHOOL YEAR 2026–2027', 'Atelier « Préjugés »', 'Thursday 3 December 2026, 9:00–10:40', 'School École communale de Droixhe', 'Place Salle polyvalente', 'Attendance', 'City of Liège', 'made by Passerelle on']) {
    expect(text).toContain(words);
  }
  for (const french of ['FICHE', 'jeudi', 'Lieu', 'Participation', 'Ville de Liège', 'généré']) expect(text).not.toContain(french);
  expect(consoleErrors).toEqual([]);
});
