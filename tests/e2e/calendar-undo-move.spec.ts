import { activityInput } from '../helpers/event-input';
import { test, expect, schoolInput, seedCoordinator } from './fixtures';
import { CALENDAR_NOW, openWeek } from './calendar-view';

/** Issue 17, point 1: a move is confirmed with "Annuler", which puts the activity back where it was. */
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: CALENDAR_NOW });

test('a move through the Move dialog, then "Annuler", puts the activity back at its time', async ({ page, server, consoleErrors }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const schoolId = (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  const id = (await api.events.create(activityInput({ schoolId, title: 'Visite guidée', type: 'guided_visit', start: '2026-12-04T09:00', end: '2026-12-04T10:00' }))).event.id;
  const times = async () => {
    const { start, end } = await api.events.get({ id });
    return { start, end };
  };
  await openWeek(page, server, coordinator);

  // Events open with Enter (a click on the grid's event can wait for FullCalendar's layout to settle).
  await page.getByRole('button', { name: /^Visite guidée — / }).focus();
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('dialog', { name: 'Visite guidée' });
  await sheet.getByRole('button', { name: 'Déplacer' }).click();
  const form = page.getByRole('dialog', { name: "Déplacer l'activité" });
  await form.getByLabel('Date').fill('2026-12-03');
  await form.getByLabel('Heure de début').fill('13:30');
  await form.getByLabel('Heure de fin').fill('14:30');
  await form.getByLabel('Heure de fin').press('Enter');
  await expect(form).toBeHidden();
  await expect.poll(times).toEqual({ start: '2026-12-03T13:30', end: '2026-12-03T14:30' });

  const notice = page.locator('.mantine-Notification-root', { hasText: 'Activité déplacée au' });
  await notice.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByText(/Activité remise au vendredi 4 décembre/)).toBeVisible();
  await expect.poll(times).toEqual({ start: '2026-12-04T09:00', end: '2026-12-04T10:00' });
  expect(consoleErrors).toEqual([]);
});

test('after a move to another month, the reopened sheet shows the new day, not the old one', async ({ page, server, consoleErrors }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const schoolId = (await api.schools.create(schoolInput('École communale de Sclessin'))).id;
  await api.events.create(activityInput({ schoolId, title: 'Atelier contes', type: 'workshop', start: '2026-12-04T09:00', end: '2026-12-04T10:00' }));
  await openWeek(page, server, coordinator);

  await page.getByRole('button', { name: /^Atelier contes — / }).focus();
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('dialog', { name: 'Atelier contes' });
  await expect(sheet).toContainText('4 décembre');
  await sheet.getByRole('button', { name: 'Déplacer' }).click();
  const form = page.getByRole('dialog', { name: "Déplacer l'activité" });
  await form.getByLabel('Date').fill('2027-01-14');
  await form.getByLabel('Heure de début').fill('13:30');
  await form.getByLabel('Heure de fin').fill('14:30');
  await form.getByLabel('Heure de fin').press('Enter');
  await expect(form).toBeHidden();

  // The activity has left the week on screen; its sheet comes back with what the move saved.
  const reopened = page.getByRole('dialog', { name: 'Atelier contes' });
  await expect(reopened).toContainText('14 janvier');
  await expect(reopened).toContainText('13:30');
  await expect(reopened).not.toContainText('4 décembre');
  expect(consoleErrors).toEqual([]);
});
