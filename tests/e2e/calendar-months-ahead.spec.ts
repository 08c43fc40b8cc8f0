import type { Page } from '@playwright/test';
import { activityInput } from '../helpers/event-input';
import { test, expect, logIn, schoolInput, seedCoordinator } from './fixtures';
import { CALENDAR_NOW } from './calendar-view';

/**
 * Issue 19: the calendar fetches a month grid at a time and the months either side ahead, so that the next
 * month, or a week of the month, draws at once. What was fetched ahead never hides a change: one made in the
 * app, or by someone else meanwhile, shows when the month is opened. The page's clock is 2 December 2026.
 */
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: CALENDAR_NOW });

/** The events channel asked for a month grid (its first day), as the calendar asks it. */
function gridRequest(page: Page, from: string) {
  return page.waitForResponse((response) => response.url().endsWith('/api/events/list') && response.request().postDataJSON()?.from === from);
}

async function openMonth(page: Page, server: Parameters<typeof logIn>[1], user: { username: string; password: string }): Promise<void> {
  await page.clock.install({ time: CALENDAR_NOW });
  await logIn(page, server, user.username, user.password);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^décembre 2026$/i })).toBeVisible();
}

test('the next month, fetched ahead, shows an activity added meanwhile by someone else, and a move made in the app', async ({ page, server, consoleErrors }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const schoolId = (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  await api.events.create(activityInput({ schoolId, title: 'Visite guidée', type: 'guided_visit', start: '2026-12-04T09:00', end: '2026-12-04T10:00' }));
  // January's grid (from Monday 28 December) is fetched while December is on screen.
  const januaryAhead = gridRequest(page, '2026-12-28');
  await openMonth(page, server, coordinator);
  await januaryAhead;

  // Someone else (another session) plans an activity in January after it was fetched ahead: January, once
  // opened, is asked again, and shows it.
  await api.events.create(activityInput({ schoolId, title: 'Ciné-débat', type: 'film_screening', start: '2027-01-13T13:30', end: '2027-01-13T15:00' }));
  await page.getByRole('button', { name: 'Période suivante' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^janvier 2027$/i })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Projection de film : Ciné-débat — Planifiée — mercredi 13 janvier 2027/ })).toBeVisible();
  await page.getByRole('button', { name: 'Période précédente' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^décembre 2026$/i })).toBeVisible();

  // This coordinator moves December's activity to January through the « Déplacer » form.
  const visit = page.getByRole('button', { name: /^Visite guidée — / });
  await visit.focus();
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('dialog', { name: 'Visite guidée' });
  await sheet.getByRole('button', { name: 'Déplacer' }).click();
  const form = page.getByRole('dialog', { name: "Déplacer l'activité" });
  await form.getByLabel('Date').fill('2027-01-14');
  await form.getByLabel('Heure de début').fill('09:00');
  await form.getByLabel('Heure de fin').fill('10:00');
  await form.getByLabel('Heure de fin').press('Enter');
  await expect(form).toBeHidden();
  await expect.poll(async () => (await api.events.list({ from: '2027-01-14', to: '2027-01-14' })).map((event) => event.title)).toContain('Visite guidée');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(visit).toHaveCount(0);

  await page.getByRole('button', { name: 'Période suivante' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^janvier 2027$/i })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Visite guidée — Planifiée — jeudi 14 janvier 2027, 9:00–10:00/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Projection de film : Ciné-débat/ })).toBeVisible();

  await page.getByRole('button', { name: 'Période précédente' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^décembre 2026$/i })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Visite guidée — / })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('a week of the month shows its own activities: the empty-week notice, then the week that has one', async ({ page, server, consoleErrors }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const schoolId = (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  await api.events.create(activityInput({ schoolId, title: 'Atelier « Préjugés »', start: '2026-12-16T09:00', end: '2026-12-16T10:40' }));
  await openMonth(page, server, coordinator);
  await expect(page.getByRole('button', { name: /^Atelier « Préjugés » — / })).toBeVisible();
  await expect(page.getByText('Aucune activité sur cette période.')).toHaveCount(0);

  // The week of today (30 November – 6 December) is inside December's grid, and has no activity.
  await page.getByText('Semaine', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /30 nov\. – 6 déc\. 2026/i })).toBeVisible();
  await expect(page.getByText('Aucune activité sur cette période.')).toBeVisible();
  await expect(page.locator('.fc-timegrid-event')).toHaveCount(0);

  await page.getByRole('button', { name: 'Période suivante' }).click();
  await page.getByRole('button', { name: 'Période suivante' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /14 – 20 déc\. 2026/i })).toBeVisible();
  await expect(page.locator('.fc-timegrid-event', { hasText: 'Atelier « Préjugés »' })).toBeVisible();
  await expect(page.getByText('Aucune activité sur cette période.')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
