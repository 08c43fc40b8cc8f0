import type { Locator, Page } from '@playwright/test';
import { activityInput } from '../helpers/event-input';
import { schoolLoanInput } from '../helpers/loan-input';
import { test, expect, schoolInput, seedCoordinator } from './fixtures';
import { CALENDAR_NOW, openWeek } from './calendar-view';

/**
 * Issue 21, reflow (WCAG 1.4.10): a 1366×768 screen zoomed to 200 % is a 683×384 window, to 400 % 341×192. There
 * the week is not a three-hour inner scroll, the month is not mostly "+N", and the loans table does not make the
 * page scroll sideways. Screenshots of each state go to test-results (the lead looks at them).
 */
const PASSWORD = 'mot-de-passe-e2e';
const EXHIBITION = "Une brève histoire de l'immigration en Belgique";
const SCHOOL = 'École communale de Droixhe';
const ZOOMS = [
  { zoom: '200', width: 683, height: 384 },
  { zoom: '400', width: 341, height: 192 },
] as const;
const TUESDAY = ['Formation des enseignants', 'Atelier « Préjugés »', 'Atelier « Migrations »', 'Projection « Welcome »', 'Visite de la Cité miroir', 'Spectacle « Ailleurs »'];

test.use({ viewport: { width: 1366, height: 768 }, serverClockStart: CALENDAR_NOW });

/** The page scrolls sideways: its content is wider than the window. */
async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth + 1;
  });
}

/** FullCalendar's scroll boxes whose content is taller than the box (an inner scroll). */
async function innerScrolls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.pa-calendar-root, .pa-calendar .fc-scroller')]
      .filter((box) => getComputedStyle(box).overflowY !== 'hidden' && getComputedStyle(box).overflowY !== 'visible')
      .filter((box) => box.scrollHeight > box.clientHeight + 1)
      .map((box) => `${box.className}: ${box.scrollHeight} > ${box.clientHeight}`),
  );
}

/** The element lies inside the window's width (readable without scrolling sideways). */
async function expectWithinWidth(element: Locator, width: number): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  expect(box, 'drawn').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

/** Texts cut by their box (a button whose label does not fit shows « Aujour »). */
async function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.pa-calendar-card .mantine-Button-label, .pa-calendar-card h2')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.textContent ?? ''),
  );
}

async function expectReflowed(page: Page, width: number): Promise<void> {
  expect(await pageScrollsSideways(page), 'the page scrolls sideways').toBe(false);
  // The toolbar wraps: nothing of it is cut by the card's edge (« Décembre 2026 » whole, « Aujourd'hui » whole).
  const card = await page.locator('.pa-calendar-card').boundingBox();
  for (const part of [page.locator('.pa-calendar-card h2'), page.getByRole('button', { name: "Aujourd'hui" })]) {
    await expectWithinWidth(part, width);
    const box = await part.boundingBox();
    expect(box!.x + box!.width, 'inside the card').toBeLessThanOrEqual(card!.x + card!.width);
  }
  await expect.poll(() => innerScrolls(page), 'no scroll box inside the calendar').toEqual([]);
  expect(await clippedTexts(page), 'texts cut short').toEqual([]);
}

/**
 * Two pictures of a state: the whole calendar card (stitched by Playwright, the fixed header repeats in it) and
 * the window as the user sees it, scrolled to the card's top just under the header.
 */
async function shoot(page: Page, name: string): Promise<void> {
  await page.locator('.pa-calendar-card').screenshot({ path: test.info().outputPath(`${name}-card.png`) });
  await page.evaluate(() => {
    const card = document.querySelector('.pa-calendar-card');
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    if (card) window.scrollBy(0, card.getBoundingClientRect().top - header);
  });
  await page.screenshot({ path: test.info().outputPath(`${name}-window.png`) });
}

test('at 200 % and 400 % the week and the month become lists, the day and the loans fit the width', async ({ page, server, consoleErrors }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const school = await api.schools.create(schoolInput(SCHOOL));
  for (const [index, title] of TUESDAY.entries()) {
    const hour = String(8 + index).padStart(2, '0');
    await api.events.create(activityInput({ schoolId: school.id, type: index === 0 ? 'training' : 'workshop', title, start: `2026-12-08T${hour}:00`, end: `2026-12-08T${hour}:50` }));
  }
  const exhibition = (await api.exhibitions.list({})).find((item) => item.title === EXHIBITION)!;
  const loan = await api.loans.create(schoolLoanInput(exhibition.id, school.id, '2027-01-11', '2027-01-22'));
  await api.loans.approve({ id: loan.id });

  await openWeek(page, server, coordinator);
  await page.getByRole('button', { name: 'Période suivante' }).click();
  const weekTitle = page.getByRole('heading', { level: 2, name: /7 – 13 déc\. 2026/i });
  await expect(weekTitle).toBeVisible();
  // At full size the week is the time grid and the month a grid with a "+N" on the busy Tuesday.
  await expect(page.locator('.fc-timegrid')).toBeVisible();

  for (const { zoom, width, height } of ZOOMS) {
    await page.setViewportSize({ width, height });

    // Week: a list of the same week, every activity of Tuesday readable, the page scrolls instead of the grid.
    await expect(page.locator('.fc-list')).toBeVisible();
    await expect(page.locator('.fc-timegrid')).toHaveCount(0);
    await expect(weekTitle).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Semaine' })).toBeChecked();
    for (const title of TUESDAY) await expectWithinWidth(page.locator('.pa-list-ev__title', { hasText: title }), width);
    await expectReflowed(page, width);
    await shoot(page, `week-${zoom}`);

    // Month: the month's activities as a list, no "+N".
    await page.getByText('Mois', { exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: /décembre 2026/i })).toBeVisible();
    await expect(page.locator('.fc-list')).toBeVisible();
    await expect(page.locator('.fc-more-link')).toHaveCount(0);
    for (const title of TUESDAY) await expectWithinWidth(page.locator('.pa-list-ev__title', { hasText: title }), width);
    await expectReflowed(page, width);
    await shoot(page, `month-${zoom}`);

    // Day: one column of hours, as tall as the day, the page scrolls.
    await page.getByText('Jour', { exact: true }).click();
    await expect(page.locator('.fc-timegrid')).toBeVisible();
    await expect(page.locator('td.fc-timegrid-slot-label[data-time="17:00:00"]')).toBeAttached();
    await expectReflowed(page, width);
    await shoot(page, `day-${zoom}`);

    await page.getByText('Semaine', { exact: true }).click();
    await expect(weekTitle).toBeVisible();
  }

  // Back to full size: the week the user chose is the time grid again.
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.locator('.fc-timegrid')).toBeVisible();
  await expect(page.locator('.fc-list')).toHaveCount(0);

  // Loans: a table at full size; cards when narrow, nothing wider than the window.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Expositions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Expositions' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Prêts' })).toBeVisible();
  for (const { zoom, width, height } of ZOOMS) {
    await page.setViewportSize({ width, height });
    const cards = page.getByRole('list', { name: 'Prêts' });
    await expect(cards).toBeVisible();
    await expect(page.getByRole('table', { name: 'Prêts' })).toHaveCount(0);
    await expect(cards.getByRole('listitem')).toHaveCount(1);
    const card = cards.getByRole('listitem').first();
    await expectWithinWidth(card, width);
    await expectWithinWidth(card.getByRole('button', { name: SCHOOL, exact: true }), width);
    await expectWithinWidth(card.getByText(EXHIBITION), width);
    await expect(card.getByRole('button', { name: `Ouvrir la fiche du prêt à ${SCHOOL}` })).toBeVisible();
    // Sorting stays at hand: the delivery order, newest first, said in words.
    await expect(page.getByRole('group', { name: 'Trier par' }).getByRole('button', { name: 'Livraison → reprise, ordre décroissant' })).toBeVisible();
    expect(await pageScrollsSideways(page), 'the page scrolls sideways').toBe(false);
    await page.screenshot({ path: test.info().outputPath(`loans-${zoom}.png`) });
    await card.screenshot({ path: test.info().outputPath(`loan-card-${zoom}.png`) });
  }
  expect(consoleErrors).toEqual([]);
});
