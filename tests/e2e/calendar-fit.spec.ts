import type { Page } from '@playwright/test';
import { activityInput } from '../helpers/event-input';
import { test, expect, schoolInput, seedCoordinator } from './fixtures';
import { CALENDAR_NOW, openWeek } from './calendar-view';

/**
 * Issue 17, point 7: the calendar fits a 1366×768 laptop. The week view shows the school day (8 h to 17 h)
 * without a second scroll bar, and a click on a slot opens the form at the hour the slot's label shows.
 */
const PASSWORD = 'mot-de-passe-e2e';

test.use({ viewport: { width: 1366, height: 768 }, serverClockStart: CALENDAR_NOW });

/** Every scrolling box of the calendar, and the page itself, whose content is taller than the box. */
async function overflowingScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.fc-scroller')].map((element) => ({ name: element.className, element }));
    boxes.push({ name: 'page', element: document.scrollingElement as HTMLElement });
    return boxes
      .filter(({ element }) => element.scrollHeight > element.clientHeight + 1)
      .map(({ name, element }) => `${name}: ${element.scrollHeight} > ${element.clientHeight}`);
  });
}

async function expectInViewport(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  expect(box, selector).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(768);
}

test('the week shows 8 h to 17 h without a scroll bar, and a click on 14 h opens the form at 14:00', async ({ page, server, consoleErrors }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const schoolId = (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  await api.events.create(activityInput({ schoolId, title: 'Atelier du matin', start: '2026-12-01T09:00', end: '2026-12-01T10:40' }));
  await openWeek(page, server, coordinator);
  await expect(page.locator('.fc-timegrid-event', { hasText: 'Atelier du matin' })).toBeVisible();

  const first = page.locator('td.fc-timegrid-slot-label[data-time="08:00:00"]');
  const last = page.locator('td.fc-timegrid-slot-label[data-time="17:00:00"]');
  await expect(first).toHaveText('08 h');
  await expect(last).toHaveText('17 h');
  await expectInViewport(page, 'td.fc-timegrid-slot-label[data-time="08:00:00"]');
  await expectInViewport(page, 'td.fc-timegrid-slot-label[data-time="17:00:00"]');
  await expect.poll(() => overflowingScrollers(page)).toEqual([]);

  // Clicked in the lower half of the 14 h row (where a quarter-hour snap used to give 14:15).
  const column = await page.locator('td.fc-timegrid-col[data-date="2026-12-03"]').boundingBox();
  const row = await page.locator('td.fc-timegrid-slot-lane[data-time="14:00:00"]').boundingBox();
  if (!column || !row) throw new Error('no 14 h slot on Thursday');
  await page.mouse.click(column.x + column.width / 2, row.y + row.height * 0.75);
  const dialog = page.getByRole('dialog', { name: 'Nouvelle activité' });
  await expect(dialog.getByLabel('Début')).toHaveValue('2026-12-03T14:00');
  await expect(dialog.getByLabel('Fin')).toHaveValue('2026-12-03T15:40');
  expect(consoleErrors).toEqual([]);
});

test('a week with an evening activity widens to its hours; the day and month views fit too', async ({ page, server, consoleErrors }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const schoolId = (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  await api.events.create(activityInput({ schoolId, title: 'Soirée des parents', start: '2026-12-09T18:30', end: '2026-12-09T20:00' }));
  await openWeek(page, server, coordinator);
  // The ordinary week ends with the 17 h row.
  await expect(page.locator('td.fc-timegrid-slot-label[data-time="17:00:00"]')).toBeVisible();
  await expect(page.locator('td.fc-timegrid-slot-label[data-time="18:00:00"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Période suivante' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /7 – 13 déc\. 2026/i })).toBeVisible();
  const evening = page.locator('.fc-timegrid-event', { hasText: 'Soirée des parents' });
  await expect(page.locator('td.fc-timegrid-slot-label[data-time="19:00:00"]')).toHaveText('19 h');
  await evening.scrollIntoViewIfNeeded();
  await expect(evening).toBeInViewport();
  await expect(page.locator('td.fc-timegrid-slot-label[data-time="08:00:00"]')).toHaveCount(1);

  await page.getByText('Jour', { exact: true }).click();
  await expect(page.locator('td.fc-timegrid-slot-label[data-time="17:00:00"]')).toBeVisible();
  await expect.poll(() => overflowingScrollers(page)).toEqual([]);

  await page.getByText('Mois', { exact: true }).click();
  await expect(page.locator('.fc-daygrid-body')).toBeVisible();
  await expect.poll(() => overflowingScrollers(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
