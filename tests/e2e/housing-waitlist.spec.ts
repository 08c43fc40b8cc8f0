import type { Locator, Page } from '@playwright/test';
import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';
import { unitInput } from '../helpers/housing';

// Saturday 28 November 2026 in Liège, on the page and on the server: the days waited read the same on any day.
const NOW = new Date('2026-11-28T10:00:00+01:00');
test.use({ serverClockStart: NOW });

const worker: NewUser = { username: 'l.martin', displayName: 'Lucie Martin', password: 'mot-de-passe-attente', roles: ['housing'] };

/** The data rows of the visible table, top to bottom. */
function dataRows(page: Page): Locator {
  return page.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell') });
}

async function addToList(page: Page, code: string, fill: (dialog: Locator) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: "Ajouter un ménage à la liste d'attente" });
  await dialog.getByRole('combobox', { name: 'Ménage' }).fill(code.slice(2));
  await page.getByRole('option').filter({ hasText: code }).click();
  await fill(dialog);
  // Submitted from the keyboard, from the date field.
  await dialog.getByLabel('Date de la demande').press('Enter');
  await expect(dialog).toBeHidden();
}

test('a housing worker ranks two households, withdraws one, finds it among those who left, puts it back, and places the other', async ({ page, server }) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: NOW });
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  const large = await api.housing.createHousehold({ size: 4, notes: '', people: [] });
  const small = await api.housing.createHousehold({ size: 2, notes: '', people: [] });
  await api.housing.createUnit(unitInput({ code: 'LT-0042', status: 'active', capacity: 4 }));

  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation').getByRole('link', { name: 'Logement' }).click();
  await page.getByRole('tab', { name: "Liste d'attente" }).click();
  await expect(page).toHaveURL(/tab=waitlist/);
  await expect(page.getByText("Personne n'attend une place")).toBeVisible();
  await expect(page.getByText('sa priorité puis la date de sa demande fixent son rang')).toBeVisible();

  // The large household first, normal priority, asked on 2 November: its places default to its size.
  await addToList(page, large.code, async (dialog) => {
    await expect(dialog.getByLabel('Places nécessaires')).toHaveValue('4');
    await dialog.getByLabel('Date de la demande').fill('2026-11-02');
  });
  // The small one, urgent, asked later (20 November), for a logement de transit.
  await addToList(page, small.code, async (dialog) => {
    await expect(dialog.getByLabel('Places nécessaires')).toHaveValue('2');
    await dialog.getByText('Urgente', { exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Types de logement souhaités' }).click();
    await page.getByRole('option', { name: 'Logement de transit', exact: true }).click();
    await dialog.getByRole('heading', { name: "Ajouter un ménage à la liste d'attente" }).click();
    await dialog.getByLabel('Date de la demande').fill('2026-11-20');
  });

  // Urgent first, though it asked later.
  const rows = dataRows(page);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(small.code);
  await expect(rows.nth(0).getByRole('cell').first()).toHaveText('1');
  await expect(rows.nth(0)).toContainText('Urgente');
  await expect(rows.nth(0)).toContainText('8 jours');
  await expect(rows.nth(0)).toContainText('Logement de transit');
  await expect(rows.nth(1)).toContainText(large.code);
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText('2');
  await expect(rows.nth(1)).toContainText('Normale');
  await expect(rows.nth(1)).toContainText('26 jours');
  await expect(rows.nth(1)).toContainText('Tous types');
  await page.screenshot({ path: '/tmp/pw-h4-waitlist.png', fullPage: true });

  // A household already waiting cannot be added twice: it is offered, marked, not selectable.
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  const again = page.getByRole('dialog', { name: "Ajouter un ménage à la liste d'attente" });
  await again.getByRole('combobox', { name: 'Ménage' }).fill(large.code.slice(2));
  await expect(page.getByRole('option').filter({ hasText: large.code })).toContainText('déjà sur la liste');
  await page.screenshot({ path: '/tmp/pw-h4-waitlist-form.png' });
  await again.getByRole('button', { name: 'Annuler' }).click();
  await expect(again).toBeHidden();

  // "Placer" opens the placement form for that household; Escape closes it.
  await page.getByRole('button', { name: `Placer le ménage ${small.code}` }).click();
  const placing = page.getByRole('dialog', { name: 'Placer un ménage' });
  await expect(placing.getByRole('combobox', { name: 'Ménage' })).toHaveValue(new RegExp(small.code));
  await page.keyboard.press('Escape');
  await expect(placing).toBeHidden();

  // Withdraw the large household: a day before its request is refused under the field, nothing changes.
  await page.getByRole('button', { name: `Autres actions pour le ménage ${large.code}` }).click();
  await page.getByRole('menuitem', { name: 'Retirer de la liste' }).click();
  const withdraw = page.getByRole('dialog', { name: `Retirer le ménage ${large.code} de la liste ?` });
  await withdraw.getByLabel('Date de sortie').fill('2026-11-01');
  await withdraw.getByLabel('Date de sortie').press('Enter');
  await expect(withdraw.getByText('Pas avant la date de la demande (2 novembre 2026).')).toBeVisible();
  await expect(withdraw).toBeVisible();
  await withdraw.getByLabel('Date de sortie').fill('2026-11-25');
  await withdraw.getByRole('button', { name: 'Retirer de la liste' }).click();
  await expect(withdraw).toBeHidden();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText(small.code);

  // Among those who left the list: withdrawn on 25 November, after 23 days.
  await page.getByText('Sortis de la liste', { exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText(large.code);
  await expect(rows.nth(0)).toContainText('Retiré');
  await expect(rows.nth(0)).toContainText('25 nov. 2026');
  await expect(rows.nth(0)).toContainText('23 jours');
  await page.screenshot({ path: '/tmp/pw-h4-waitlist-closed.png', fullPage: true });

  // Put back: it leaves this view and is second again among those waiting.
  await page.getByRole('button', { name: `Remettre le ménage ${large.code} sur la liste` }).click();
  await expect(page.getByText(`Ménage ${large.code} remis sur la liste (rang 2).`)).toBeVisible();
  await expect(page.getByText("Aucun ménage n'a encore quitté la liste")).toBeVisible();
  await page.getByText('En attente', { exact: true }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(large.code);
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText('2');
  await expect(rows.nth(1)).toContainText('26 jours');

  // Checked through the API too: the server's order, the entry waiting again.
  const waiting = await api.waitlist.list({});
  expect(waiting.map((entry) => [entry.rank, entry.householdCode, entry.status])).toEqual([
    [1, small.code, 'waiting'],
    [2, large.code, 'waiting'],
  ]);

  // Placing the urgent household in a unit takes it off the list: the other one moves up to rank 1.
  await page.getByRole('button', { name: `Placer le ménage ${small.code}` }).click();
  const place = page.getByRole('dialog', { name: 'Placer un ménage' });
  await place.getByRole('combobox', { name: 'Logement' }).click();
  await page.getByRole('option').filter({ hasText: 'LT-0042' }).click();
  await expect(place.getByLabel('Places (personnes placées)')).toHaveValue('2');
  await place.getByRole('button', { name: 'Placer le ménage' }).click();
  await expect(place).toBeHidden();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText(large.code);
  await expect(rows.nth(0).getByRole('cell').first()).toHaveText('1');
  await page.getByText('Sortis de la liste', { exact: true }).click();
  const housed = rows.filter({ hasText: small.code });
  await expect(housed).toContainText('Logé');
  await expect(housed).toContainText('28 nov. 2026');
  await expect(housed).toContainText('8 jours');
});
