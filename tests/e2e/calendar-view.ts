import type { Locator, Page } from '@playwright/test';
import { expect, logIn } from './fixtures';
import type { RunningServer } from './server';

/**
 * What the calendar specs share: the week of Monday 30 November to Sunday 6 December 2026 (the page's clock is
 * Wednesday 2 December), events found in the time grid, and real pointer drags as FullCalendar needs them.
 */
export const CALENDAR_NOW = new Date('2026-12-02T08:00:00+01:00');

export async function openWeek(page: Page, server: RunningServer, user: { username: string; password: string }): Promise<void> {
  await page.clock.install({ time: CALENDAR_NOW });
  await logIn(page, server, user.username, user.password);
  // A coordinator lands on the home screen, a teacher on the calendar: both reach it from the navigation.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendrier' })).toBeVisible();
  await page.getByText('Semaine', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /30 nov\. – 6 déc\. 2026/i })).toBeVisible();
}

/** The event in the time grid, found by its title (its accessible name starts with the type and title). */
export function gridEvent(page: Page, title: string): Locator {
  return page.locator('.fc-timegrid-event', { hasText: title });
}

/** Where a time slot of a day is on screen: the column's middle, the slot's top line and height. */
export async function slot(page: Page, date: string, time: string): Promise<{ x: number; top: number; height: number }> {
  const column = await page.locator(`td.fc-timegrid-col[data-date="${date}"]`).boundingBox();
  const row = await page.locator(`td.fc-timegrid-slot-lane[data-time="${time}:00"]`).boundingBox();
  if (!column || !row) throw new Error(`no slot ${date} ${time}`);
  return { x: column.x + column.width / 2, top: row.y, height: row.height };
}

/**
 * Drags an event, grabbed in the slot where it starts, to another slot, with real pointer moves in steps as
 * FullCalendar needs. FullCalendar snaps the start to the slot under the pointer, corrected by the distance
 * between the grab point and the middle of the first slot: grabbing just above that middle and dropping just
 * below a slot's top line lands the event exactly on that slot.
 */
export async function dragEventTo(page: Page, event: Locator, from: { date: string; time: string }, to: { date: string; time: string }): Promise<void> {
  await page.locator(`td.fc-timegrid-slot-lane[data-time="${to.time}:00"]`).scrollIntoViewIfNeeded();
  await event.scrollIntoViewIfNeeded();
  const origin = await slot(page, from.date, from.time);
  const target = await slot(page, to.date, to.time);
  const grabY = origin.top + origin.height / 2 - 2;
  await page.mouse.move(origin.x, grabY);
  await page.mouse.down();
  await page.mouse.move(origin.x + 10, grabY + 10, { steps: 5 });
  await page.mouse.move(target.x, target.top + 2, { steps: 20 });
  await page.mouse.up();
}

export async function pickOption(page: Page, dialog: Locator, label: string, option: string, search?: string): Promise<void> {
  const input = dialog.getByRole('combobox', { name: label, exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Whether the event is drawn in the day's column. */
export async function drawnOn(page: Page, title: string, date: string): Promise<boolean> {
  const column = await page.locator(`td.fc-timegrid-col[data-date="${date}"]`).boundingBox();
  const box = await gridEvent(page, title).boundingBox();
  return !!column && !!box && box.x >= column.x - 1 && box.x + box.width <= column.x + column.width + 1;
}
