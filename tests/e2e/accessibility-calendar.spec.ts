import type { Locator, Page } from '@playwright/test';
import { activityInput } from '../helpers/event-input';
import { test, expect, schoolInput, seedCoordinator } from './fixtures';
import { CALENDAR_NOW, openWeek } from './calendar-view';
import { expectAccessible, followSystemColorScheme } from './axe';

/**
 * Issue 21: the calendar with a keyboard and a screen reader. A busy Tuesday (8 December 2026: seven activities,
 * the first a training whose title starts with its type) fills the month cell's "+N" link; an evening activity
 * on Wednesday 9 makes the week's hours longer than the card. Axe (WCAG 2.1 AA, light and dark) on the week,
 * month and list views and on the open "+N" dialog; the dialog by keyboard only.
 */
const PASSWORD = 'mot-de-passe-e2e';

test.use({ viewport: { width: 1366, height: 768 }, serverClockStart: CALENDAR_NOW });

const TUESDAY = [
  { type: 'training', title: 'Formation des enseignants', start: '08:30', end: '09:20' },
  { type: 'workshop', title: 'Atelier « Préjugés »', start: '09:00', end: '10:40' },
  { type: 'workshop', title: 'Atelier « Migrations »', start: '10:00', end: '11:00' },
  { type: 'film_screening', title: 'Projection « Welcome »', start: '11:00', end: '12:00' },
  { type: 'guided_visit', title: 'Visite de la Cité miroir', start: '13:00', end: '14:00' },
  { type: 'theatre', title: 'Spectacle « Ailleurs »', start: '14:00', end: '15:00' },
  { type: 'other', title: 'Rencontre avec les parents', start: '15:00', end: '16:00' },
] as const;

async function seed(page: Page, server: Parameters<typeof seedCoordinator>[0]) {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const schoolId = (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  for (const item of TUESDAY) {
    await api.events.create(activityInput({ schoolId, type: item.type, title: item.title, start: `2026-12-08T${item.start}`, end: `2026-12-08T${item.end}` }));
  }
  await api.events.create(activityInput({ schoolId, title: 'Soirée des parents', start: '2026-12-09T18:30', end: '2026-12-09T20:00' }));
  await followSystemColorScheme(page);
  await openWeek(page, server, coordinator);
  await page.getByRole('button', { name: 'Période suivante' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /7 – 13 déc\. 2026/i })).toBeVisible();
}

/** The accessible name of the element that has focus. */
function focused(page: Page): Locator {
  return page.locator('*:focus');
}

test('the "+N" link names its day and opens a labelled dialog whose events follow it; the views pass axe', async ({ page, server, consoleErrors }) => {
  // Eight axe runs (four states, light and dark) of a few seconds each on a busy machine.
  test.setTimeout(300_000);
  await seed(page, server);

  // Week: the evening makes the hours scroll inside the card; the keyboard reaches the scroll area and scrolls it.
  await expect(page.locator('.fc-timegrid-event', { hasText: 'Soirée des parents' })).toBeAttached();
  const hours = page.getByRole('region', { name: 'Activités de la période' });
  await expect(hours).toHaveAttribute('tabindex', '0');
  await hours.focus();
  await page.keyboard.press('PageDown');
  await expect.poll(() => hours.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  // Each thing said once: a training titled « Formation des enseignants » is not « Formation : Formation … ».
  await expect(page.getByRole('button', { name: /^Formation des enseignants — Planifiée — mardi 8 décembre 2026, 8:30–9:20/ })).toHaveCount(1);
  await expect(page.getByRole('button', { name: /Formation : Formation/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Atelier : Soirée des parents — / })).toHaveCount(1);
  await expectAccessible(page, 'calendar, week view with hours longer than the card');

  await page.getByText('Mois', { exact: true }).click();
  const more = page.getByRole('button', { name: /^\+\d+ autres activités le mardi 8 décembre$/ });
  await expect(more).toBeVisible();
  // Label in name: what is shown (« +4 autres ») starts what is announced.
  const shown = (await more.innerText()).trim();
  expect(shown).toMatch(/^\+\d+ autres$/);
  expect(await more.getAttribute('aria-label')).toContain(shown);
  await expect(more).toHaveAttribute('aria-haspopup', 'dialog');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expectAccessible(page, 'calendar, month view with a "+N" link');

  // Keyboard: Enter on the link opens the dialog named by its date; focus is on its first event.
  await more.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Mardi 8 décembre 2026' });
  await expect(dialog).toBeVisible();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(more).toHaveAttribute('aria-controls', (await dialog.getAttribute('id')) ?? 'no id');
  const items = dialog.getByRole('listitem');
  await expect(items).toHaveCount(TUESDAY.length);
  await expect(dialog.getByRole('button', { name: /^Formation des enseignants — Planifiée — / })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: /^Atelier « Préjugés » — Planifiée — / })).toBeFocused();
  // FullCalendar's own popover is not drawn.
  await expect(page.locator('.fc-popover')).toHaveCount(0);
  await expectAccessible(page, 'calendar, month view, the "+N" dialog open');
  await expect(dialog).toBeVisible();
  await dialog.screenshot({ path: test.info().outputPath('more-dialog.png') });

  // Esc closes it and gives focus back to the link.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(more).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  // Its close button comes before the events (Shift+Tab from the first), is named « Fermer », and gives focus back.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  const close = dialog.getByRole('button', { name: 'Fermer', exact: true });
  await expect(close).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(more).toBeFocused();

  // Tab order: the link, its day's events, then what follows the link in the grid (Wednesday's evening).
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button').nth(1)).toBeFocused();
  const order: string[] = [];
  for (let index = 0; index < TUESDAY.length; index += 1) {
    order.push((await focused(page).getAttribute('aria-label'))?.split(' — ')[0] ?? '?');
    await page.keyboard.press('Tab');
  }
  expect(order).toEqual(TUESDAY.map((item) => expect.stringContaining(item.title)));
  await expect(page.getByRole('button', { name: /^Atelier : Soirée des parents — / })).toBeFocused();
  // Focus left the dialog: it closed.
  await expect(dialog).toBeHidden();

  // Enter on an event of the dialog opens its sheet.
  await more.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Atelier « Préjugés »' })).toBeVisible();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Atelier « Préjugés »' })).toBeHidden();

  // In English the link and the dialog speak English.
  await page.getByText('EN', { exact: true }).first().click();
  const moreEn = page.getByRole('button', { name: /^\+\d+ more activities on Tuesday 8 December$/ });
  await expect(moreEn).toBeVisible();
  await moreEn.focus();
  await page.keyboard.press('Enter');
  const dialogEn = page.getByRole('dialog', { name: 'Tuesday, 8 December 2026' });
  await expect(dialogEn.getByRole('button', { name: 'Close', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(moreEn).toBeFocused();
  await page.getByText('FR', { exact: true }).first().click();

  await page.getByText('Liste', { exact: true }).click();
  await expect(page.locator('.fc-list')).toBeVisible();
  await expectAccessible(page, 'calendar, list view');
  expect(consoleErrors).toEqual([]);
});
