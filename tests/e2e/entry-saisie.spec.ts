import { test, expect, createUser, logIn, schoolInput, seedActivity, seedCoordinator, type NewUser } from './fixtures';

/**
 * Issue 17, Saisie: a teacher opening the entry sees the activities they can enter — those with a questionnaire
 * open for a class they teach, the server decides — each opening its grid; with none open, the page says who
 * opens a questionnaire and where instead of staying empty.
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: NOW });

test('a teacher is told who opens a questionnaire, then sees the activities of their classes to enter, each opening its grid', async ({ page, server, consoleErrors }) => {
  const { api } = await seedCoordinator(server, PASSWORD);
  const teacher: NewUser = { username: 'p.lambert', displayName: 'Paul Lambert', password: PASSWORD, roles: ['teacher'] };
  await createUser(server, teacher);
  const accounts = await api.contacts.teacherAccounts({});
  const schoolId = (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  const { id: contactId } = await api.contacts.create({
    schoolId,
    kind: 'teacher',
    firstName: 'Paul',
    lastName: 'Lambert',
    email: '',
    phone: '',
    userId: accounts.find((account) => account.displayName === 'Paul Lambert')!.id,
    notes: '',
  });
  const template = (await api.questionnaires.templates({})).find((candidate) => candidate.audience === 'pupil')!;
  // The teacher's class, at an activity with no questionnaire open yet; another class's activity has one.
  const mine = await seedActivity(api, {
    schoolId,
    classes: [{ name: '6e primaire B', grade: '6P', pupilCount: 22, teacherIds: [contactId] }],
    event: { title: 'Atelier « Migrations »', themes: [] },
  });
  await seedActivity(api, {
    schoolId,
    classes: [{ name: '5e primaire A', pupilCount: 20 }],
    event: { title: 'Visite « Exil »', themes: [], start: '2026-12-04T09:00', end: '2026-12-04T10:40' },
    templateId: template.id,
  });

  await page.clock.install({ time: NOW });
  await logIn(page, server, teacher.username, teacher.password);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Questionnaires' }).click();

  // None open for their classes: the page says who opens one, and where.
  const none = page.getByTestId('no-open-questionnaire');
  await expect(none).toContainText("Aucun questionnaire n'est ouvert pour vos classes. La coordination ouvre un questionnaire depuis l'activité dans le calendrier");
  await expect(none.getByRole('link', { name: 'Aller au calendrier' })).toBeVisible();
  await expect(page.getByText('Visite « Exil »')).toHaveCount(0);

  // The coordination opens the questionnaire of the teacher's class; back on Saisie, it is listed.
  const { id: administrationId } = await api.questionnaires.createAdministration({
    templateId: template.id,
    eventId: mine.eventId,
    classId: mine.classId,
    phase: 'before',
    date: '2026-12-03',
  });
  await page.reload();
  const list = page.getByRole('table', { name: 'Activités dont un questionnaire est ouvert' });
  await expect(list).toBeVisible();
  await expect(none).toHaveCount(0);
  const line = list.locator(`tr[data-administration="${administrationId}"]`);
  await expect(line).toContainText('Atelier « Migrations »');
  await expect(line).toContainText('03/12/2026 · École communale de Droixhe');
  await expect(line).toContainText('6e primaire B');
  await expect(line).toContainText('Avant');
  await expect(line).toContainText('0 / 22');
  // Only the teacher's class: the other activity's questionnaire is not theirs to enter.
  await expect(list.locator('tbody tr')).toHaveCount(1);
  await expect(list).not.toContainText('Visite « Exil »');
  await page.screenshot({ path: 'test-results/entry-saisie.png' });

  // One click opens its grid; back, the list again.
  await line.getByRole('button', { name: /^Encoder — Atelier « Migrations », 6e primaire B, Avant$/ }).click();
  await expect(page).toHaveURL(new RegExp(`administration=${administrationId}`));
  await expect(page.locator('[data-cell="0-0"]')).toBeFocused();
  await expect(page.getByTestId('grid-count')).toHaveText('0 / 22 saisi');
  await page.getByRole('button', { name: 'Retour aux activités' }).click();
  await expect(list).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
