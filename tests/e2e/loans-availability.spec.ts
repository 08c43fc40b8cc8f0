import type { Page } from '@playwright/test';
import { addDays } from '../../shared/domain/dates';
import { test, expect, createUser, logIn, schoolInput, seedCoordinator, type SeedApi, type NewUser } from './fixtures';
import type { RunningServer } from './server';
import { schoolLoanInput } from '../helpers/loan-input';

/**
 * The coordinator's home reminders, the availability tab (dates first, year grid) and the loans on the
 * calendar. The page's and the server's clocks start on Wednesday 2 December 2026; the home reminders are
 * seeded around the day the server reports (some tests do not fix the page's clock).
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
// The server's day starts at the page's clock too, so the file reads the same whatever day it runs.
test.use({ serverClockStart: NOW });
const PASSWORD = 'mot-de-passe-e2e';

interface Seeded {
  coordinator: { username: string; password: string };
  api: SeedApi;
  schools: { droixhe: number; waha: number };
  exhibitions: { history: number; prejudices: number; circuit: number };
  items: { history: number[]; prejudices: number[] };
}

async function seed(server: RunningServer): Promise<Seeded> {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const school = async (name: string) => (await api.schools.create(schoolInput(name))).id;
  // A new installation holds CRIPEL's two exhibitions; the history one is given three buffer days here.
  const existing = await api.exhibitions.list({});
  const history = existing.find((item) => item.title.startsWith('Une brève histoire'))!;
  const circuit = existing.find((item) => item.title === 'Démocratie, Tolérance et Libertés')!;
  await api.exhibitions.update({
    id: history.id,
    title: history.title,
    owner: history.owner,
    kind: history.kind,
    description: history.description,
    audience: history.audience,
    languages: history.languages,
    items: history.items.map(({ id, number, kind, label }) => ({ id, number, kind, label })),
    transportNotes: history.transportNotes,
    setupNotes: history.setupNotes,
    insuranceValue: history.insuranceValue,
    minLoanDays: history.minLoanDays,
    maxLoanDays: history.maxLoanDays,
    bufferDays: 3,
    notes: history.notes,
    archived: false,
  });
  const prejudices = await api.exhibitions.create({
    title: 'Au-delà des préjugés',
    owner: 'Ville de Liège',
    kind: 'loanable',
    description: '',
    audience: '',
    languages: ['fr'],
    items: [
      { id: null, number: 1, kind: 'panel', label: 'Introduction' },
      { id: null, number: 2, kind: 'panel', label: 'Les mots qui blessent' },
    ],
    transportNotes: '',
    setupNotes: '',
    insuranceValue: null,
    minLoanDays: null,
    maxLoanDays: null,
    bufferDays: 2,
    notes: '',
    archived: false,
  });
  return {
    coordinator,
    api,
    schools: { droixhe: await school('École communale de Droixhe'), waha: await school('Athénée Léonie de Waha') },
    exhibitions: { history: history.id, prejudices: prejudices.id, circuit: circuit.id },
    items: { history: history.items.map((item) => item.id), prejudices: prejudices.items.map((item) => item.id) },
  };
}

/** A request for an exhibition, shown from delivery to pick-up. */
async function requestLoan(seeded: Seeded, exhibitionId: number, schoolId: number, deliveryDate: string, pickupDate: string): Promise<number> {
  const loan = await seeded.api.loans.create(schoolLoanInput(exhibitionId, schoolId, deliveryDate, pickupDate));
  return loan.id;
}

async function approve(seeded: Seeded, id: number): Promise<void> {
  await seeded.api.loans.approve({ id });
}

async function deliver(seeded: Seeded, id: number, date: string, items: number[]): Promise<void> {
  await seeded.api.loans.checkOut({
    id,
    date,
    items: items.map((itemId) => ({ itemId, condition: 'good', note: '' })),
    notes: '',
  });
}

async function openSection(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a coordinator lands on the home screen, which says there is nothing to report and remembers the days chosen', async ({
  page,
  server,
  consoleErrors,
}) => {
  const seeded = await seed(server);
  await logIn(page, server, seeded.coordinator.username, seeded.coordinator.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: "Prêts d'exposition" })).toBeVisible();
  await expect(page.getByText('Rien à signaler pour les 14 prochains jours')).toBeVisible();

  await page.getByRole('radiogroup', { name: 'Rappels pour les prochains jours' }).getByText('30 jours').click();
  await expect(page.getByText('Rien à signaler pour les 30 prochains jours')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Rien à signaler pour les 30 prochains jours')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the home screen lists a late delivery, an overdue return and a request, each linking to its loan', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  const { today } = await seeded.api.loans.reminders({ days: 14 });
  // Went out 20 days ago, should have come back 2 days ago.
  const overdue = await requestLoan(seeded, seeded.exhibitions.history, seeded.schools.droixhe, addDays(today, -20), addDays(today, -2));
  await approve(seeded, overdue);
  await deliver(seeded, overdue, addDays(today, -20), seeded.items.history);
  // Approved, to deliver 3 days ago: not done yet.
  const late = await requestLoan(seeded, seeded.exhibitions.prejudices, seeded.schools.waha, addDays(today, -3), addDays(today, 8));
  await approve(seeded, late);
  // A request waiting for a decision.
  const request = await requestLoan(seeded, seeded.exhibitions.history, seeded.schools.waha, addDays(today, 20), addDays(today, 30));

  await logIn(page, server, seeded.coordinator.username, seeded.coordinator.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await expect(page.getByText('2 choses sont en retard : à traiter en premier.')).toBeVisible();

  const returns = page.getByRole('region', { name: 'Retours en retard' });
  await expect(returns.getByRole('link')).toHaveCount(1);
  await expect(returns.getByRole('link')).toContainText("Une brève histoire de l'immigration en Belgique");
  await expect(returns.getByRole('link')).toContainText('École communale de Droixhe');
  await expect(returns.getByRole('link')).toContainText('2 jours de retard');
  await expect(returns.getByRole('link')).toHaveAttribute('href', `#/exhibitions?tab=loans&loan=${overdue}`);

  const deliveries = page.getByRole('region', { name: 'Livraisons à faire' });
  await expect(deliveries.getByRole('link')).toContainText('Au-delà des préjugés');
  await expect(deliveries.getByRole('link')).toContainText('Athénée Léonie de Waha');
  await expect(deliveries.getByRole('link')).toContainText('3 jours de retard');

  // Requests wait for a decision whatever the window: this one is 20 days ahead.
  const requests = page.getByRole('region', { name: 'Demandes à approuver' });
  await expect(requests.getByRole('link')).toContainText('dans 20 jours');
  await expect(requests.getByRole('link')).toHaveAttribute('href', `#/exhibitions?tab=loans&loan=${request}`);

  // The exhibitions section opens the loan's detail (and tidies its address).
  await expect(deliveries.getByRole('link')).toHaveAttribute('href', `#/exhibitions?tab=loans&loan=${late}`);
  await deliveries.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Expositions' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: /Athénée Léonie de Waha/ })).toBeVisible();
  await expect(page).toHaveURL(/#\/exhibitions$/);
  expect(consoleErrors).toEqual([]);
});

test('"dates first" says which exhibition is free; the grid shows a loan and its buffer weeks; a free week fills the dates', async ({
  page,
  server,
  consoleErrors,
}) => {
  const seeded = await seed(server);
  // The default dates are next Monday to the Friday of the week after: 7 to 18 December 2026.
  const held = await requestLoan(seeded, seeded.exhibitions.history, seeded.schools.droixhe, '2026-12-07', '2026-12-18');
  await approve(seeded, held);
  await requestLoan(seeded, seeded.exhibitions.prejudices, seeded.schools.waha, '2027-02-01', '2027-02-12');

  await page.clock.install({ time: NOW });
  await logIn(page, server, seeded.coordinator.username, seeded.coordinator.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await openSection(page, 'Expositions');
  await page.getByRole('tab', { name: 'Disponibilités' }).click();

  const dates = page.getByRole('region', { name: "Choisir les dates d'abord" });
  await expect(dates.getByLabel('Livraison')).toHaveValue('2026-12-07');
  await expect(dates.getByLabel('Reprise')).toHaveValue('2026-12-18');
  const list = dates.getByRole('list', { name: 'Expositions à prêter' });
  const history = list.getByRole('listitem').filter({ hasText: 'Une brève histoire' });
  const prejudices = list.getByRole('listitem').filter({ hasText: 'Au-delà des préjugés' });
  await expect(history).toContainText('Pas libre');
  await expect(history).toContainText('Prêtée à École communale de Droixhe : 7–18 décembre 2026 (approuvé)');
  await expect(history).toContainText('3 jours restent libres entre deux prêts');
  await expect(history.getByRole('button', { name: /^Demander ce prêt/ })).toHaveCount(0);
  await expect(prejudices).toContainText('Libre');
  await expect(prejudices.getByRole('button', { name: /^Demander ce prêt/ })).toBeVisible();
  await expect(dates.getByText('Libres à ces dates : 1 sur 2')).toBeVisible();
  await expect(dates.getByText('Démocratie, Tolérance et Libertés')).toBeVisible();
  await expect(dates.getByText('réservé comme visite guidée au calendrier')).toBeVisible();

  // The grid of the school year: the loan's weeks, its buffer weeks before and after.
  const grid = page.getByRole('grid', { name: 'Disponibilités des expositions, année scolaire 2026–2027' });
  await expect(grid.getByRole('rowheader')).toHaveText([/Au-delà des préjugés/, /Une brève histoire/]);
  const historyRow = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Une brève histoire/ }) });
  await expect(
    historyRow.getByRole('gridcell', { name: 'Semaine du 7 décembre 2026 : prêtée à École communale de Droixhe (7–18 décembre 2026, approuvé)' }),
  ).toHaveAttribute('data-tone', 'loan');
  await expect(historyRow.getByRole('gridcell', { name: /^Semaine du 14 décembre 2026 : prêtée à École communale de Droixhe/ })).toBeVisible();
  await expect(historyRow.getByRole('gridcell', { name: 'Semaine du 30 novembre 2026 : battement entre deux prêts' })).toHaveAttribute(
    'data-tone',
    'buffer',
  );
  await expect(historyRow.getByRole('gridcell', { name: /^Semaine du 21 décembre 2026.* : battement entre deux prêts$/ })).toHaveAttribute(
    'data-tone',
    'buffer',
  );
  const prejudicesRow = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Au-delà des préjugés/ }) });
  await expect(prejudicesRow.getByRole('gridcell', { name: /^Semaine du 1er février 2027 : demandée par Athénée Léonie de Waha/ })).toHaveAttribute(
    'data-tone',
    'requested',
  );

  // Keyboard: one tab stop, arrows move, Enter chooses a free week (Monday to Friday).
  const january = historyRow.getByRole('gridcell', { name: /^Semaine du 11 janvier 2027 : libre, Entrée pour la choisir$/ });
  await january.click();
  await expect(dates.getByLabel('Livraison')).toHaveValue('2027-01-11');
  await expect(dates.getByLabel('Reprise')).toHaveValue('2027-01-15');
  await expect(history).toContainText('Libre');
  await expect(dates.getByText('Libres à ces dates : 2 sur 2')).toBeVisible();
  await january.focus();
  await page.keyboard.press('ArrowRight');
  await expect(historyRow.getByRole('gridcell', { name: /^Semaine du 18 janvier 2027/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dates.getByLabel('Livraison')).toHaveValue('2027-01-18');
  await expect(dates.getByLabel('Reprise')).toHaveValue('2027-01-22');

  // "Demander ce prêt" opens the loan form with the exhibition and the dates.
  await history.getByRole('button', { name: /^Demander ce prêt/ }).click();
  const form = page.getByRole('dialog');
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Livraison', exact: true })).toHaveValue('2027-01-18');
  await expect(form.getByRole('textbox', { name: 'Reprise', exact: true })).toHaveValue('2027-01-22');
  expect(consoleErrors).toEqual([]);
});

test('loans show on the month calendar from delivery to pick-up, can be hidden, and open the loan', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  const held = await requestLoan(seeded, seeded.exhibitions.history, seeded.schools.droixhe, '2026-12-07', '2026-12-18');
  await approve(seeded, held);
  await requestLoan(seeded, seeded.exhibitions.prejudices, seeded.schools.waha, '2026-12-14', '2026-12-16');

  await page.clock.install({ time: NOW });
  await logIn(page, server, seeded.coordinator.username, seeded.coordinator.password);
  await openSection(page, 'Calendrier');
  await page.getByText('Mois', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /décembre 2026/i })).toBeVisible();

  const loanBars = page.locator('a.pa-loan');
  // An approved loan over two weeks draws one bar per week row; the request is drawn once.
  await expect(loanBars.filter({ hasText: "Prêt : Une brève histoire de l'immigration en Belgique — École communale de Droixhe" })).toHaveCount(2);
  await expect(loanBars.filter({ hasText: 'Prêt : Au-delà des préjugés — Athénée Léonie de Waha' })).toHaveCount(1);
  await expect(page.locator('a.pa-loan--requested')).toHaveCount(1);
  // From Monday 7 to Friday 18 December included: the bar starts on the 7th and ends on the 18th.
  const first = await page.locator('td.fc-daygrid-day[data-date="2026-12-07"]').boundingBox();
  const bar = await loanBars.first().boundingBox();
  expect(Math.abs(bar!.x - first!.x)).toBeLessThan(6);
  await expect(page.getByRole('link', { name: /^Prêt d'exposition : Une brève histoire.*7–18 décembre 2026 — Approuvé/ }).first()).toBeVisible();
  await expect(page.getByText("Prêt d'exposition, de la livraison à la reprise")).toBeVisible();

  await page.getByLabel("Prêts d'exposition").uncheck({ force: true });
  await expect(loanBars).toHaveCount(0);
  await page.getByLabel("Prêts d'exposition").check({ force: true });
  await expect(loanBars).toHaveCount(3);

  await expect(loanBars.first()).toHaveAttribute('href', `#/exhibitions?tab=loans&loan=${held}`);
  await loanBars.first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Expositions' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: /École communale de Droixhe/ })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a teacher sees no loan on the calendar and no loan filter', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  const held = await requestLoan(seeded, seeded.exhibitions.history, seeded.schools.droixhe, '2026-12-07', '2026-12-18');
  await approve(seeded, held);
  const teacher: NewUser = { username: 'p.lambert', displayName: 'Paul Lambert', password: PASSWORD, roles: ['teacher'] };
  await createUser(server, teacher);

  await page.clock.install({ time: NOW });
  await logIn(page, server, teacher.username, teacher.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Calendrier' })).toBeVisible();
  await page.getByText('Mois', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /décembre 2026/i })).toBeVisible();
  await expect(page.getByLabel("Prêts d'exposition")).toHaveCount(0);
  await expect(page.locator('a.pa-loan')).toHaveCount(0);
  await expect(page.getByText("Prêt d'exposition, de la livraison à la reprise")).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('the grid follows today: past loans are dimmed, this week is marked', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  const past = await requestLoan(seeded, seeded.exhibitions.prejudices, seeded.schools.waha, '2026-11-02', '2026-11-06');
  await approve(seeded, past);
  await page.clock.install({ time: NOW });
  await logIn(page, server, seeded.coordinator.username, seeded.coordinator.password);
  await openSection(page, 'Expositions');
  await page.getByRole('tab', { name: 'Disponibilités' }).click();
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('columnheader', { name: 'Semaine du 30 novembre 2026' })).toHaveAttribute('data-current', 'true');
  await expect(grid.getByRole('gridcell', { name: /^Semaine du 2 novembre 2026 : prêtée à Athénée/ })).toHaveAttribute('data-past', 'true');
  // Only one cell of the grid is in the tab order.
  await expect(grid.locator('td[tabindex="0"]')).toHaveCount(1);
  // The week before this one, free and past, cannot be chosen.
  await expect(grid.getByRole('gridcell', { name: 'Semaine du 23 novembre 2026 : libre, passée' }).first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
